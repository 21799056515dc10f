"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { Button, focusRing } from "@/components/ui/Button";
import { ZONE_LIMITS } from "../geometry";
import type { VertexValues } from "../zone";

const control = `block w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-slate-900 shadow-sm ${focusRing}`;

/** The polygon's vertices as typed coordinates (the map's clicks and drags land here too). */
export function VertexList({
  vertices,
  onChange,
  onSquare,
  error,
}: {
  vertices: readonly VertexValues[];
  onChange: (vertices: VertexValues[]) => void;
  /** Replaces the vertices with a square around the centre (a quick start to reshape). */
  onSquare: () => void;
  error?: string;
}) {
  const { t } = useI18n();
  const set = (index: number, changes: Partial<VertexValues>) => onChange(vertices.map((v, i) => (i === index ? { ...v, ...changes } : v)));
  const move = (index: number, by: number) => {
    const next = [...vertices];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
  };
  return (
    <fieldset aria-describedby={error ? "zone-vertices-error" : "zone-vertices-hint"} aria-invalid={error ? true : undefined} data-testid="zone-vertices">
      <legend className="text-sm font-medium text-slate-800">{t("geofences.form.vertices", { count: vertices.length })}</legend>
      <p id="zone-vertices-hint" className="text-xs text-slate-600">
        {t("geofences.form.verticesHint", { min: ZONE_LIMITS.verticesMin, max: ZONE_LIMITS.verticesMax })}
      </p>
      <ol className="mt-2 space-y-2">
        {vertices.map((v, index) => (
          <li key={index} className="flex items-center gap-2" data-testid="vertex-row">
            <span className="w-6 text-right text-sm tabular-nums text-slate-600">{index + 1}</span>
            <input
              aria-label={t("geofences.form.vertexLatitude", { n: index + 1 })}
              inputMode="decimal"
              className={control}
              value={v.latitude}
              onChange={(e) => set(index, { latitude: e.target.value })}
              data-testid={`vertex-${index}-latitude`}
            />
            <input
              aria-label={t("geofences.form.vertexLongitude", { n: index + 1 })}
              inputMode="decimal"
              className={control}
              value={v.longitude}
              onChange={(e) => set(index, { longitude: e.target.value })}
              data-testid={`vertex-${index}-longitude`}
            />
            <Button small variant="ghost" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t("geofences.form.vertexUp", { n: index + 1 })}>
              ↑
            </Button>
            <Button small variant="ghost" disabled={index === vertices.length - 1} onClick={() => move(index, 1)} aria-label={t("geofences.form.vertexDown", { n: index + 1 })}>
              ↓
            </Button>
            <Button small variant="ghost" onClick={() => onChange(vertices.filter((_, i) => i !== index))} aria-label={t("geofences.form.vertexRemove", { n: index + 1 })} data-testid={`vertex-${index}-remove`}>
              ×
            </Button>
          </li>
        ))}
      </ol>
      <div className="mt-2 flex flex-wrap gap-2">
        {vertices.length < ZONE_LIMITS.verticesMax ? (
          <Button small variant="secondary" onClick={() => onChange([...vertices, { latitude: "", longitude: "" }])} data-testid="vertex-add">
            {t("geofences.form.addVertex")}
          </Button>
        ) : null}
        <Button small variant="ghost" onClick={onSquare} data-testid="vertex-square">
          {t("geofences.form.square")}
        </Button>
      </div>
      {error ? (
        <p id="zone-vertices-error" className="mt-1 text-sm text-red-700" data-field-error>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
