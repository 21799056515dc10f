"use client";

import { useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { extentOf, fromLocal, handleOf, insertionIndex, niceLength, radiusFromHandle, toLocal, type Extent, type LatLng, type Local } from "../geometry";
import { distanceLabel, editPoints, pathOf, svgPoint, viewBoxOf, zonePoints } from "../mapView";

// The location and its zones drawn by the panel itself (SVG in metres around the location's point,
// north up, with a scale bar): no tile server is needed, so it works offline and behind any firewall.
// While a zone is edited: drag its centre or its radius handle (circle), click to add a vertex and
// drag vertices (polygon); the handles also take the arrow keys. The typed fields stay the source of truth.

export interface MapZone {
  id: string;
  name: string;
  shape: "CIRCLE" | "POLYGON";
  center: LatLng;
  radiusMeters: number;
  polygon: readonly LatLng[] | null;
  holes: ReadonlyArray<readonly LatLng[]>;
  active: boolean;
}

/** The zone being edited, from the form's fields (null where a field does not hold a valid value). */
export interface MapEdit {
  shape: "CIRCLE" | "POLYGON";
  center: LatLng | null;
  radius: number | null;
  vertices: readonly LatLng[];
  holes?: ReadonlyArray<readonly LatLng[]>;
}

export interface MapChange {
  center?: LatLng;
  radius?: number;
  vertices?: LatLng[];
}

type Drag = { kind: "center" } | { kind: "radius" } | { kind: "vertex"; index: number };

export function ZoneMap({
  origin,
  locationName,
  zones,
  selectedId,
  edit,
  onEdit,
  hrefOf,
}: {
  origin: LatLng;
  locationName: string;
  zones: readonly MapZone[];
  selectedId?: string;
  edit?: MapEdit;
  /** Absent: the map is read-only. */
  onEdit?: (change: MapChange) => void;
  /** Read-only maps: where a click on a zone leads (its page). */
  hrefOf?: (zoneId: string) => string;
}) {
  const { t, fmt } = useI18n();
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<Drag | null>(null);
  // The click that ends a drag is not a click on the map (it would add a vertex where the drag ended).
  const endedDrag = useRef(false);
  // The view stays put while something is dragged (it would otherwise grow under the pointer).
  const [frozen, setFrozen] = useState<Extent | null>(null);
  const editable = Boolean(onEdit && edit);

  const all = [...zones.flatMap((z) => zonePoints(z, origin)), ...editPoints(edit, origin)];
  const extent = frozen ?? extentOf(all);
  const view = viewBoxOf(extent);
  const unit = view.height / 100;
  const scale = niceLength(view.width / 5);

  const center = edit?.center ? toLocal(edit.center, origin) : null;
  const vertices = edit ? edit.vertices.map((p) => toLocal(p, origin)) : [];

  function localAt(clientX: number, clientY: number): Local | null {
    const element = svg.current;
    const matrix = element?.getScreenCTM();
    if (!element || !matrix) return null;
    const point = element.createSVGPoint();
    point.x = clientX;
    point.y = clientY;
    const p = point.matrixTransform(matrix.inverse());
    return { x: p.x, y: -p.y };
  }

  function apply(target: Drag, at: Local) {
    if (!onEdit || !edit) return;
    if (target.kind === "center") onEdit({ center: fromLocal(at, origin) });
    else if (target.kind === "radius" && center) onEdit({ radius: radiusFromHandle(center, at) });
    else if (target.kind === "vertex") {
      onEdit({ vertices: edit.vertices.map((v, i) => (i === target.index ? fromLocal(at, origin) : { ...v })) });
    }
  }

  function start(target: Drag) {
    return (event: PointerEvent<SVGElement>) => {
      if (!editable) return;
      event.stopPropagation();
      event.preventDefault();
      drag.current = target;
      setFrozen(extent);
      svg.current?.setPointerCapture?.(event.pointerId);
    };
  }

  function move(event: PointerEvent<SVGSVGElement>) {
    const target = drag.current;
    if (!target) return;
    const at = localAt(event.clientX, event.clientY);
    if (at) apply(target, at);
  }

  function end(event: PointerEvent<SVGSVGElement>) {
    if (!drag.current) return;
    drag.current = null;
    endedDrag.current = true;
    setTimeout(() => {
      endedDrag.current = false;
    }, 0);
    setFrozen(null);
    svg.current?.releasePointerCapture?.(event.pointerId);
  }

  /** A click anywhere on the map but on a handle (inside the polygon or on another zone too) adds a vertex. */
  function addVertex(event: MouseEvent<SVGSVGElement>) {
    if (!editable || !edit || edit.shape !== "POLYGON" || !onEdit) return;
    if (endedDrag.current || (event.target as Element).closest?.("[data-handle]")) return;
    const at = localAt(event.clientX, event.clientY);
    if (!at) return;
    const index = vertices.length >= 3 ? insertionIndex(vertices, at) : vertices.length;
    const next = edit.vertices.map((v) => ({ ...v }));
    next.splice(index, 0, fromLocal(at, origin));
    onEdit({ vertices: next });
  }

  /** Arrow keys: the centre and vertices move by a step of the view, the radius grows or shrinks by 10 m (Shift: 100 m). */
  function keys(target: Drag) {
    return (event: KeyboardEvent<SVGElement>) => {
      if (!editable || !edit || !onEdit) return;
      const big = event.shiftKey;
      if (target.kind === "vertex" && (event.key === "Delete" || event.key === "Backspace")) {
        event.preventDefault();
        onEdit({ vertices: edit.vertices.filter((_, i) => i !== target.index).map((v) => ({ ...v })) });
        return;
      }
      const dir = { ArrowUp: [0, 1], ArrowDown: [0, -1], ArrowRight: [1, 0], ArrowLeft: [-1, 0] }[event.key];
      if (!dir) return;
      event.preventDefault();
      if (target.kind === "radius") {
        if (edit.radius === null || !center) return;
        const step = (big ? 100 : 10) * (dir[0]! + dir[1]!);
        onEdit({ radius: radiusFromHandle(center, handleOf(center, edit.radius + step)) });
        return;
      }
      const step = (big ? 10 : 1) * unit;
      const from = target.kind === "center" ? center : vertices[target.index];
      if (from) apply(target, { x: from.x + dir[0]! * step, y: from.y + dir[1]! * step });
    };
  }

  const originPoint = svgPoint({ x: 0, y: 0 });
  const handle = center && edit?.radius ? svgPoint(handleOf(center, edit.radius)) : null;

  return (
    <figure className="space-y-1">
      <svg
        ref={svg}
        role="application"
        aria-label={t("geofences.map.label", { name: locationName })}
        data-testid="zone-map"
        viewBox={`${view.minX} ${view.minY} ${view.width} ${view.height}`}
        className={`aspect-[16/10] w-full touch-none select-none rounded-md border border-slate-300 bg-slate-50 ${editable && edit?.shape === "POLYGON" ? "cursor-crosshair" : ""}`}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
        onClick={addVertex}
      >
        <rect
          x={view.minX}
          y={view.minY}
          width={view.width}
          height={view.height}
          fill="#f8fafc"
          className={editable && edit?.shape === "POLYGON" ? "cursor-crosshair" : undefined}
          data-testid="zone-map-background"
        />
        {zones.map((zone) => {
          const selected = zone.id === selectedId;
          const stroke = selected ? "#4338ca" : zone.active ? "#0f766e" : "#64748b";
          const common = {
            fill: selected ? "rgba(67,56,202,0.12)" : zone.active ? "rgba(15,118,110,0.10)" : "rgba(100,116,139,0.08)",
            stroke,
            strokeWidth: unit * 0.4,
            strokeDasharray: zone.active ? undefined : `${unit * 1.5} ${unit}`,
          };
          const c = svgPoint(toLocal(zone.center, origin));
          const shape = (
            <g key={zone.id} data-testid="map-zone" data-zone-id={zone.id} data-shape={zone.shape}>
              <title>{zone.name}</title>
              {zone.shape === "POLYGON" && zone.polygon ? (
                <path d={[zone.polygon, ...zone.holes].map((ring) => pathOf(ring.map((p) => toLocal(p, origin)))).join(" ")} fillRule="evenodd" {...common} />
              ) : (
                <circle cx={c.x} cy={c.y} r={zone.radiusMeters} {...common} />
              )}
              <text x={c.x} y={c.y - unit * 2} fontSize={unit * 3.2} textAnchor="middle" fill={stroke} className="pointer-events-none">
                {zone.name}
              </text>
            </g>
          );
          return hrefOf && !editable ? (
            <a key={zone.id} href={hrefOf(zone.id)} aria-label={zone.name} className="cursor-pointer">
              {shape}
            </a>
          ) : (
            shape
          );
        })}
        {edit ? (
          <g data-testid="map-edit" data-shape={edit.shape}>
            {edit.shape === "CIRCLE" && center && edit.radius ? (
              <circle cx={center.x} cy={-center.y} r={edit.radius} fill="rgba(79,70,229,0.15)" stroke="#4338ca" strokeWidth={unit * 0.5} data-testid="map-edit-circle" data-radius={edit.radius} />
            ) : null}
            {edit.shape === "POLYGON" && vertices.length >= 2 ? (
              <path
                d={[vertices, ...(edit.holes ?? []).map((ring) => ring.map((p) => toLocal(p, origin)))].map(pathOf).join(" ")}
                fillRule="evenodd"
                fill="rgba(79,70,229,0.15)"
                stroke="#4338ca"
                strokeWidth={unit * 0.5}
                data-testid="map-edit-polygon"
                data-vertices={vertices.length}
              />
            ) : null}
            {editable && edit.shape === "CIRCLE" && center ? (
              <>
                <circle
                  cx={center.x}
                  cy={-center.y}
                  r={unit * 1.8}
                  fill="#4338ca"
                  stroke="white"
                  strokeWidth={unit * 0.4}
                  className="cursor-move"
                  tabIndex={0}
                  role="button"
                  aria-label={t("geofences.map.centerHandle")}
                  data-testid="map-center-handle"
                  data-handle
                  onPointerDown={start({ kind: "center" })}
                  onKeyDown={keys({ kind: "center" })}
                />
                {handle ? (
                  <circle
                    cx={handle.x}
                    cy={handle.y}
                    r={unit * 1.8}
                    fill="white"
                    stroke="#4338ca"
                    strokeWidth={unit * 0.6}
                    className="cursor-ew-resize"
                    tabIndex={0}
                    role="slider"
                    aria-label={t("geofences.map.radiusHandle")}
                    aria-valuemin={50}
                    aria-valuemax={5000}
                    aria-valuenow={edit.radius ?? undefined}
                    data-testid="map-radius-handle"
                    data-handle
                    onPointerDown={start({ kind: "radius" })}
                    onKeyDown={keys({ kind: "radius" })}
                  />
                ) : null}
              </>
            ) : null}
            {editable && edit.shape === "POLYGON"
              ? vertices.map((v, index) => (
                  <circle
                    key={index}
                    cx={v.x}
                    cy={-v.y}
                    r={unit * 1.5}
                    fill="white"
                    stroke="#4338ca"
                    strokeWidth={unit * 0.5}
                    className="cursor-move"
                    tabIndex={0}
                    role="button"
                    aria-label={t("geofences.map.vertexHandle", { n: index + 1 })}
                    data-testid="map-vertex"
                    data-handle
                    onPointerDown={start({ kind: "vertex", index })}
                    onKeyDown={keys({ kind: "vertex", index })}
                  />
                ))
              : null}
          </g>
        ) : null}
        <g data-testid="map-location" className="pointer-events-none">
          <circle cx={originPoint.x} cy={originPoint.y} r={unit * 1.2} fill="#b91c1c" stroke="white" strokeWidth={unit * 0.3} />
          <text x={originPoint.x + unit * 2} y={originPoint.y + unit * 3.5} fontSize={unit * 3} fill="#7f1d1d">
            {locationName}
          </text>
        </g>
        <g className="pointer-events-none" data-testid="map-scale" data-metres={scale}>
          <line x1={view.minX + unit * 4} x2={view.minX + unit * 4 + scale} y1={view.minY + view.height - unit * 5} y2={view.minY + view.height - unit * 5} stroke="#0f172a" strokeWidth={unit * 0.6} />
          <text x={view.minX + unit * 4} y={view.minY + view.height - unit * 7} fontSize={unit * 3} fill="#0f172a">
            {distanceLabel(scale, fmt.locale)}
          </text>
          <text x={view.minX + view.width - unit * 5} y={view.minY + unit * 6} fontSize={unit * 4} fill="#0f172a" textAnchor="middle">
            N↑
          </text>
        </g>
      </svg>
      <figcaption className="text-xs text-slate-600">
        {editable ? t(edit?.shape === "POLYGON" ? "geofences.map.polygonHint" : "geofences.map.circleHint") : t("geofences.map.readHint")}
      </figcaption>
    </figure>
  );
}
