"use client";

import type { ReactNode } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { focusRing } from "@/components/ui/Button";
import type { ConsentType, DevicePlatform, SegmentFact, SegmentOperator } from "@/gql/graphql";
import { dayIn, startOfDayIn } from "../dates";
import type { NodeError } from "../errors";
import { CONSENTS, type Condition, FACTS, type FactField, fieldsOf, operatorsOf, PLATFORMS, pathId, SEGMENT_LIMITS } from "../tree";

// One fact's own fields: what it tests (the fact), how (the operator) and the value its operator takes.
// Each control's id is derived from the node's path (seg-all-1-days), so labels, errors and the browser
// tests find it.

const control = `block rounded-md border bg-white px-2 py-1.5 text-sm text-slate-900 shadow-sm disabled:bg-slate-50 disabled:text-slate-700 ${focusRing}`;

function Control({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <div className="mt-0.5">{children}</div>
    </div>
  );
}

/** A whole number typed in a field, undefined when empty (the editor then asks for it). */
function parseWhole(text: string): number | undefined {
  if (text.trim() === "") return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

export interface FactFieldsProps {
  node: Condition;
  path: string;
  errors: readonly NodeError[];
  readOnly: boolean;
  tags: readonly string[];
  tagListId: string;
  locations: ReadonlyArray<{ id: string; name: string }>;
  onFact: (fact: SegmentFact) => void;
  onField: <K extends FactField>(field: K, value: Condition[K] | undefined) => void;
}

export function FactFields({ node, path, errors, readOnly, tagListId, locations, onFact, onField }: FactFieldsProps) {
  const { t, fmt } = useI18n();
  const fact = node.fact!;
  const pid = pathId(path);
  const id = (field: string) => `seg-${pid}-${field}`;
  const errorsId = `seg-${pid}-errors`;
  const invalid = (field: FactField) => errors.some((e) => e.field === field);
  const attrs = (field: FactField) => ({
    id: id(field === "locationId" ? "location" : field),
    disabled: readOnly,
    "aria-invalid": invalid(field) || undefined,
    "aria-describedby": errors.length > 0 ? errorsId : undefined,
    className: `${control} ${invalid(field) ? "border-red-600" : "border-slate-300"}`,
  });
  const operators = operatorsOf(fact);
  const { required, optional } = fieldsOf(fact, node.op);
  const takes = (field: FactField) => required.includes(field) || optional.includes(field);
  const monthName = (month: number) => new Intl.DateTimeFormat(fmt.locale, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month - 1, 1)));
  const locationKnown = !node.locationId || locations.some((l) => l.id === node.locationId);

  return (
    <div className="flex flex-wrap items-end gap-2">
      <Control id={id("fact")} label={t("segments.field.fact")}>
        <select id={id("fact")} disabled={readOnly} className={`${control} border-slate-300`} value={fact} onChange={(e) => onFact(e.target.value as SegmentFact)}>
          {FACTS.map((f) => (
            <option key={f} value={f}>
              {t(`segments.fact.${f}`)}
            </option>
          ))}
        </select>
      </Control>

      {operators.length > 0 ? (
        <Control id={id("op")} label={t("segments.field.op")}>
          <select {...attrs("op")} value={node.op ?? ""} onChange={(e) => onField("op", e.target.value as SegmentOperator)}>
            {operators.map((op) => (
              <option key={op} value={op}>
                {t(`segments.op.${op}`)}
              </option>
            ))}
          </select>
        </Control>
      ) : null}

      {takes("number") ? (
        <Control id={id("number")} label={t("segments.field.number")}>
          <input {...attrs("number")} type="number" inputMode="numeric" min={0} max={SEGMENT_LIMITS.number} step={1} value={node.number ?? ""} onChange={(e) => onField("number", parseWhole(e.target.value))} />
        </Control>
      ) : null}

      {takes("days") ? (
        <Control id={id("days")} label={t(fact === "VISITED_LOCATION" ? "segments.field.optionalDays" : "segments.field.days")}>
          <input {...attrs("days")} type="number" inputMode="numeric" min={1} max={SEGMENT_LIMITS.days} step={1} value={node.days ?? ""} onChange={(e) => onField("days", parseWhole(e.target.value))} />
        </Control>
      ) : null}

      {takes("date") ? (
        <Control id={id("date")} label={t("segments.field.date")}>
          <input {...attrs("date")} type="date" value={dayIn(node.date, fmt.timeZone)} onChange={(e) => onField("date", startOfDayIn(e.target.value, fmt.timeZone) ?? undefined)} />
        </Control>
      ) : null}

      {takes("tag") ? (
        <Control id={id("tag")} label={t("segments.field.tag")}>
          <input {...attrs("tag")} type="text" list={tagListId} maxLength={SEGMENT_LIMITS.tag + 10} autoComplete="off" value={node.tag ?? ""} onChange={(e) => onField("tag", e.target.value)} />
        </Control>
      ) : null}

      {takes("locationId") ? (
        <Control id={id("location")} label={t("segments.field.location")}>
          <select {...attrs("locationId")} value={node.locationId ?? ""} onChange={(e) => onField("locationId", e.target.value)}>
            <option value="">{locations.length === 0 ? t("segments.field.noLocations") : t("segments.field.chooseLocation")}</option>
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
            {locationKnown ? null : <option value={node.locationId!}>{node.locationId}</option>}
          </select>
        </Control>
      ) : null}

      {takes("month") ? (
        <Control id={id("month")} label={t("segments.field.month")}>
          <select {...attrs("month")} value={node.month ?? ""} onChange={(e) => onField("month", e.target.value ? Number(e.target.value) : undefined)}>
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
              <option key={m} value={m}>
                {monthName(m)}
              </option>
            ))}
          </select>
        </Control>
      ) : null}

      {takes("consent") ? (
        <Control id={id("consent")} label={t("segments.field.consent")}>
          <select {...attrs("consent")} value={node.consent ?? ""} onChange={(e) => onField("consent", e.target.value as ConsentType)}>
            {CONSENTS.map((c) => (
              <option key={c} value={c}>
                {t(`segments.consent.${c}`)}
              </option>
            ))}
          </select>
        </Control>
      ) : null}

      {takes("platform") ? (
        <Control id={id("platform")} label={t("segments.field.platform")}>
          <select {...attrs("platform")} value={node.platform ?? ""} onChange={(e) => onField("platform", e.target.value as DevicePlatform)}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {t(`segments.platform.${p}`)}
              </option>
            ))}
          </select>
        </Control>
      ) : null}
    </div>
  );
}
