import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { encodeQr, qrPath, type QrMatrix } from "./qr";

// The encoder's structure, and (where zbar-tools is installed) a real decoder reading it back.

function hasZbar(): boolean {
  try {
    execFileSync("zbarimg", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The symbol as a plain PBM image, 8 pixels per module with a 4-module quiet zone. */
function toPbm(matrix: QrMatrix, scale = 8, quiet = 4): string {
  const size = (matrix.length + quiet * 2) * scale;
  const rows: string[] = [];
  for (let py = 0; py < size; py++) {
    const y = Math.floor(py / scale) - quiet;
    const row: string[] = [];
    for (let px = 0; px < size; px++) {
      const x = Math.floor(px / scale) - quiet;
      row.push(matrix[y]?.[x] ? "1" : "0");
    }
    rows.push(row.join(" "));
  }
  return `P1\n${size} ${size}\n${rows.join("\n")}\n`;
}

function decode(matrix: QrMatrix): string {
  const file = join(mkdtempSync(join(tmpdir(), "qr-")), "code.pbm");
  writeFileSync(file, toPbm(matrix));
  return execFileSync("zbarimg", ["--quiet", "--raw", file], { encoding: "utf8" }).trim();
}

describe("QR encoder", () => {
  it("sizes the symbol by the payload: 14 bytes fit version 1, a card payload version 3 (29 modules)", () => {
    expect(encodeQr("radar:card:AB")!.length).toBe(21);
    expect(encodeQr("radar:card:AB12")!.length).toBe(25);
    expect(encodeQr("radar:card:HAKU3COHFYQAB7MQPOJYYK3DTQ")!.length).toBe(29);
    expect(encodeQr("x".repeat(213))!.length).toBe(57);
    expect(encodeQr("x".repeat(214))).toBeNull();
  });

  it("draws the finder patterns in three corners and the timing lines", () => {
    const m = encodeQr("radar:card:HAKU3COHFYQAB7MQPOJYYK3DTQ")!;
    const n = m.length;
    for (const [x, y] of [[0, 0], [n - 7, 0], [0, n - 7]] as const) {
      expect(m[y]![x]).toBe(true);
      expect(m[y + 1]![x + 1]).toBe(false);
      expect(m[y + 3]![x + 3]).toBe(true);
    }
    for (let i = 8; i < n - 8; i++) expect(m[6]![i]).toBe(i % 2 === 0);
    expect(m[n - 8]![8]).toBe(true); // the dark module
  });

  it("draws one square per dark module", () => {
    const m = encodeQr("A")!;
    const dark = m.flat().filter(Boolean).length;
    expect(qrPath(m).match(/M/g)).toHaveLength(dark);
  });

  it.skipIf(!hasZbar())("is read back by a real decoder (zbar), short and long payloads, version 7+ included", () => {
    for (const text of ["radar:card:AB12", "radar:card:HAKU3COHFYQAB7MQPOJYYK3DTQ", `radar:card:${"Z9".repeat(40)}`, "ñandú ☕ café".repeat(8), "x".repeat(200)]) {
      expect(decode(encodeQr(text)!)).toBe(text);
    }
  });
});
