"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { formatNumber } from "@/lib/format";

/**
 * One count in a row of figures (a <dt>/<dd> pair inside a <dl>), in the panel's number format, with an
 * optional note under it; `compact` for a narrow side panel.
 */
export function Figure({ label, value, testId, note, compact = false }: { label: string; value: number; testId: string; note?: string; compact?: boolean }) {
  const { fmt } = useI18n();
  return (
    <div className={`rounded-md bg-slate-50 ${compact ? "p-2" : "p-3"} text-center`}>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className={`${compact ? "text-lg" : "text-xl"} font-semibold tabular-nums text-slate-900`} data-testid={testId}>
        {formatNumber(value, fmt.locale, 0)}
      </dd>
      {note ? <dd className="text-xs text-slate-600">{note}</dd> : null}
    </div>
  );
}
