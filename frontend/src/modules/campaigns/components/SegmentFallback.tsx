"use client";

import { useEffect, useRef, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { Button } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import { CampaignSegmentOptionsDocument, CampaignSegmentPreviewDocument, type SegmentConditionInput, type SegmentFact } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { asApiErrors, type ApiError } from "@/lib/api/errors";
import { useQuery } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { formatNumber } from "@/lib/format";
import { useDebouncedValue } from "@/lib/hooks/useDebouncedValue";

// Stand-ins for the segments module's SegmentPicker and SegmentEditor, with the same props, used until
// that module is on main (../segmentParts.ts swaps them with one import). Deliberately small: a flat
// "all of" list of the commonest facts.

/** Saved and ready-made segments to choose from; "" = every customer. */
export function SegmentPicker({ value, onChange, id = "segment-picker", error }: { value: string | null; onChange: (id: string | null) => void; id?: string; error?: string | null }) {
  const { t, fmt } = useI18n();
  const query = useQuery(CampaignSegmentOptionsDocument, { first: 50 });
  const segments = query.data?.segments.edges.map((e) => e.node) ?? [];
  const known = value === null || segments.some((s) => String(s.id) === value);
  // A segment saved a moment ago (the inline editor) is not in the first answer: ask again.
  useEffect(() => {
    if (!known && !query.loading) void query.refetch();
  }, [known, value]);
  const label = (s: (typeof segments)[number]) => `${s.name} · ${t("campaigns.segment.count", { count: formatNumber(s.customerCount, fmt.locale, 0) })}`;
  return (
    <SelectField id={id} label={t("campaigns.segment.pick")} value={value ?? ""} onValue={(v) => onChange(v === "" ? null : v)} error={error} data-testid="segment-picker">
      <option value="">{t("campaigns.segment.everyone")}</option>
      {value !== null && !known ? <option value={value}>{t("app.loading")}</option> : null}
      <optgroup label={t("campaigns.segment.saved")}>
        {segments
          .filter((s) => !s.builtIn)
          .map((s) => (
            <option key={s.id} value={String(s.id)}>
              {label(s)}
            </option>
          ))}
      </optgroup>
      <optgroup label={t("campaigns.segment.builtIn")}>
        {segments
          .filter((s) => s.builtIn)
          .map((s) => (
            <option key={s.id} value={String(s.id)}>
              {label(s)}
            </option>
          ))}
      </optgroup>
    </SelectField>
  );
}

type Row = { fact: SegmentFact } & Omit<SegmentConditionInput, "all" | "any" | "not">;

const FACTS: readonly SegmentFact[] = ["LAST_VISIT", "VISIT_COUNT", "TAG", "POINTS_BALANCE", "BIRTHDAY_MONTH", "CONSENT"];

function defaultRow(fact: SegmentFact): Row {
  switch (fact) {
    case "LAST_VISIT":
      return { fact, op: "MORE_THAN_DAYS_AGO", days: 30 };
    case "VISIT_COUNT":
    case "POINTS_BALANCE":
      return { fact, op: "GTE", number: 1 };
    case "TAG":
      return { fact, tag: "" };
    case "BIRTHDAY_MONTH":
      return { fact, month: 1 };
    case "CONSENT":
      return { fact, consent: "PUSH" };
    default:
      return { fact };
  }
}

function rowsOf(value: SegmentConditionInput): Row[] {
  if (value.all) return value.all.filter((c): c is Row => !!c.fact);
  return value.fact ? [value as Row] : [];
}

/** The live count of a condition (debounced segmentPreview), with the API's refusal in words. */
function LiveCount({ value }: { value: SegmentConditionInput }) {
  const { t, fmt } = useI18n();
  const key = useDebouncedValue(JSON.stringify(value), 500);
  const [count, setCount] = useState<{ customers: number; exact: boolean; description: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ticket = useRef(0);
  useEffect(() => {
    const mine = ++ticket.current;
    request(CampaignSegmentPreviewDocument, { condition: JSON.parse(key) as SegmentConditionInput })
      .then((data) => {
        if (mine !== ticket.current) return;
        setCount({ customers: data.segmentPreview.customerCount, exact: data.segmentPreview.customerCountIsExact, description: data.segmentPreview.description });
        setError(null);
      })
      .catch((thrown: unknown) => {
        if (mine !== ticket.current) return;
        setCount(null);
        const first = asApiErrors(thrown)[0];
        setError(first ? (first.code === "BAD_USER_INPUT" ? t("campaigns.errors.field", { detail: first.message || "?" }) : describeError(first, t, fmt).message) : null);
      });
  }, [key]);
  if (error) {
    return (
      <p className="text-sm text-red-700" data-field-error data-testid="segment-count-error">
        {error}
      </p>
    );
  }
  return (
    <p className="text-sm text-slate-800" role="status" data-testid="segment-count" data-count={count?.customers}>
      {count ? t("campaigns.segment.liveCount", { count: `${formatNumber(count.customers, fmt.locale, 0)}${count.exact ? "" : "+"}`, description: count.description }) : t("app.loading")}
    </p>
  );
}

/** Conditions that all must hold; each row a fact with its value; the live count below; a save's refusal last. */
export function SegmentEditor({ value, onChange, serverError }: { value: SegmentConditionInput; onChange: (value: SegmentConditionInput) => void; serverError?: readonly ApiError[] | null }) {
  const { t, fmt } = useI18n();
  const rows = rowsOf(value);
  const set = (next: Row[]) => onChange({ all: next });
  const update = (index: number, changes: Partial<Row>) => set(rows.map((r, i) => (i === index ? { ...r, ...changes } : r)));
  const num = (text: string) => (text.trim() === "" || Number.isNaN(Number(text)) ? null : Math.trunc(Number(text)));
  return (
    <div className="space-y-2" data-testid="segment-editor">
      <p className="text-xs text-slate-600">{t("campaigns.segment.allOf")}</p>
      <ul className="space-y-2">
        {rows.map((row, index) => (
          <li key={index} className="grid items-end gap-2 sm:grid-cols-[12rem_minmax(0,1fr)_auto]" data-testid="segment-row">
            <SelectField id={`segment-fact-${index}`} label={t("campaigns.segment.fact")} value={row.fact} onValue={(fact) => set(rows.map((r, i) => (i === index ? defaultRow(fact as SegmentFact) : r)))}>
              {FACTS.map((fact) => (
                <option key={fact} value={fact}>
                  {t(`campaigns.segmentFact.${fact as "TAG"}`)}
                </option>
              ))}
            </SelectField>
            {row.fact === "LAST_VISIT" ? (
              <TextField id={`segment-days-${index}`} type="number" min={1} max={3650} label={t("campaigns.segment.moreThanDays")} value={row.days ?? ""} onValue={(v) => update(index, { days: num(v) })} />
            ) : row.fact === "VISIT_COUNT" || row.fact === "POINTS_BALANCE" ? (
              <TextField id={`segment-number-${index}`} type="number" min={0} label={t("campaigns.segment.atLeast")} value={row.number ?? ""} onValue={(v) => update(index, { number: num(v) })} />
            ) : row.fact === "TAG" ? (
              <TextField id={`segment-tag-${index}`} label={t("campaigns.segment.tag")} value={row.tag ?? ""} onValue={(tag) => update(index, { tag })} />
            ) : row.fact === "BIRTHDAY_MONTH" ? (
              <TextField id={`segment-month-${index}`} type="number" min={1} max={12} label={t("campaigns.segment.month")} value={row.month ?? ""} onValue={(v) => update(index, { month: num(v) })} />
            ) : (
              <SelectField id={`segment-consent-${index}`} label={t("campaigns.segment.consent")} value={row.consent ?? "PUSH"} onValue={(consent) => update(index, { consent: consent as Row["consent"] })}>
                {(["PUSH", "LOCATION", "MARKETING"] as const).map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </SelectField>
            )}
            <Button small variant="ghost" aria-label={t("campaigns.segment.removeRow", { n: index + 1 })} onClick={() => set(rows.filter((_, i) => i !== index))}>
              ×
            </Button>
          </li>
        ))}
      </ul>
      <Button small variant="secondary" onClick={() => set([...rows, defaultRow("LAST_VISIT")])} data-testid="segment-add-row">
        {t("campaigns.segment.addRow")}
      </Button>
      <LiveCount value={value} />
      {(serverError ?? []).map((e) => (
        <p key={e.message} className="text-sm text-red-700" data-field-error>
          {e.code === "BAD_USER_INPUT" ? t("campaigns.errors.field", { detail: e.message || "?" }) : describeError(e, t, fmt).message}
        </p>
      ))}
    </div>
  );
}
