"use client";

import Link from "next/link";
import { useI18n } from "@/components/providers/I18nProvider";
import { Button } from "@/components/ui/Button";
import { formatDate, formatNumber } from "@/lib/format";
import { countOf, formatCount } from "../count";
import type { SegmentPreviewState } from "../hooks/useSegmentPreview";
import { conditionWords } from "../words";

/**
 * The live count beside the editor: how many customers match the condition now, the condition counted
 * in words (the panel's language; `locations` names the locations it tests), and up to five of the
 * customers (most recent visit first).
 */
export function SegmentPreviewPanel({ state, invalid, locations }: { state: SegmentPreviewState; invalid: boolean; locations?: ReadonlyMap<string, string> }) {
  const { t, fmt } = useI18n();
  const { preview, updating, incomplete } = state;
  const count = preview ? countOf(preview) : null;
  const showCount = count !== null && !incomplete && !invalid;
  return (
    <section className="rounded-md border border-indigo-200 bg-indigo-50/60 p-3" aria-labelledby="segment-preview-title" data-testid="segment-preview" aria-busy={updating || undefined}>
      <h3 id="segment-preview-title" className="text-sm font-semibold text-slate-900">
        {t("segments.preview.title")}
      </h3>
      <div aria-live="polite" className="mt-1">
        {incomplete ? (
          <p className="text-sm text-slate-700" data-testid="segment-preview-incomplete">
            {t("segments.preview.incomplete")}
          </p>
        ) : invalid ? (
          <p className="text-sm text-red-800" data-testid="segment-preview-invalid">
            {t("segments.preview.invalid")}
          </p>
        ) : showCount ? (
          <p className={updating ? "opacity-60" : ""}>
            <span className="text-3xl font-semibold text-indigo-900" data-testid="segment-count" data-count={count.value} data-exact={String(count.exact)} aria-label={t("segments.preview.countLabel", { count: formatCount(count, fmt.locale) })}>
              {formatCount(count, fmt.locale)}
            </span>{" "}
            <span className="text-sm text-slate-700">{t(count.value === 1 && count.exact ? "segments.preview.customer" : "segments.preview.customers")}</span>
          </p>
        ) : null}
        {showCount && !count.exact ? (
          <div className="mt-1 space-y-1" data-testid="segment-count-capped">
            <p className="text-xs text-slate-700">{t("segments.preview.cappedHint", { cap: formatCount({ value: count.value, exact: true }, fmt.locale) })}</p>
            <Button small variant="secondary" busy={updating} onClick={state.countExactly} data-testid="segment-count-exact">
              {t("segments.preview.countExactly")}
            </Button>
          </div>
        ) : null}
        <p className="text-xs text-slate-600" role="status" data-testid="segment-updating">
          {updating ? t("segments.preview.updating") : ""}
        </p>
      </div>
      {preview && showCount ? (
        <>
          <h4 className="mt-3 text-xs font-semibold uppercase tracking-wide text-slate-700">{t("segments.preview.words")}</h4>
          <p className="text-sm text-slate-900" data-testid="segment-description">
            {state.counted ? conditionWords(state.counted, { t, fmt, locations }) : null}
          </p>
          <h4 className="mt-3 text-xs font-semibold uppercase tracking-wide text-slate-700">{t("segments.preview.sample")}</h4>
          {preview.sample.length === 0 ? (
            <p className="text-sm text-slate-700" data-testid="segment-sample-empty">
              {t("segments.preview.sampleEmpty")}
            </p>
          ) : (
            <ul className="mt-1 space-y-1 text-sm" data-testid="segment-sample">
              {preview.sample.map((c) => (
                <li key={c.id} data-testid="segment-sample-customer">
                  <Link href={`/customers/${c.id}`} className="font-medium text-indigo-800 underline">
                    {c.displayName}
                  </Link>{" "}
                  <span className="text-slate-700">
                    · {c.visitCount === 1 ? t("segments.preview.oneVisit") : t("segments.preview.visits", { count: formatNumber(c.visitCount, fmt.locale) })}
                    {c.lastVisitAt ? ` · ${t("segments.preview.lastVisit", { date: formatDate(c.lastVisitAt, fmt) })}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}
