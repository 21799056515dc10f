import { useMemo } from "react";
import { encodeQr, qrPath } from "../qr";

const QUIET = 4;

/** The card's QR code as an SVG (crisp at any size, printable); the payload text when it cannot be encoded. */
export function QrCode({ value, label, size = 144 }: { value: string; label: string; size?: number }) {
  const matrix = useMemo(() => encodeQr(value), [value]);
  if (!matrix) return <code className="break-all text-xs">{value}</code>;
  const extent = matrix.length + QUIET * 2;
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${extent} ${extent}`}
      shapeRendering="crispEdges"
      className="rounded border border-slate-200 bg-white"
      data-testid="card-qr"
      data-modules={matrix.length}
    >
      <rect width={extent} height={extent} fill="#fff" />
      <path d={qrPath(matrix, QUIET)} fill="#000" />
    </svg>
  );
}
