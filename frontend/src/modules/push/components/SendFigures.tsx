"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import type { PushSendStatus } from "@/gql/graphql";
import { formatNumber } from "@/lib/format";
import { FIGURES, progressOf, type Counts } from "../history";

/** How far delivery went: a progress bar over the notifications that reached an end state. */
export function ProgressBar({ counts, status, compact = false }: { counts: Counts; status: PushSendStatus; compact?: boolean }) {
  const { t, fmt } = useI18n();
  const progress = progressOf(counts, status);
  const n = (value: number) => formatNumber(value, fmt.locale, 0);
  const label = t("push.progress", { done: n(progress.done), total: n(progress.total), percent: progress.percent });
  const width = (value: number) => (progress.total > 0 ? `${(value / progress.total) * 100}%` : "0%");
  return (
    <div className="min-w-32">
      <div className="flex h-2 w-full overflow-hidden rounded-full bg-slate-200" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress.percent} aria-label={label} data-testid="send-progress">
        <div className="h-full bg-green-600" style={{ width: width(counts.sent) }} />
        <div className="h-full bg-red-600" style={{ width: width(counts.failed) }} />
        <div className="h-full bg-slate-400" style={{ width: width(counts.cancelled) }} />
      </div>
      <p className="mt-1 text-xs text-slate-700" data-testid="send-progress-label">
        {compact ? t("push.progressShort", { sent: n(counts.sent), total: n(progress.total) }) : label}
      </p>
    </div>
  );
}

/** The send's figures: notifications per state, received, opened, held back, and customers skipped. */
export function SendFigures({ counts, skipped, recipients }: { counts: Counts; skipped: number; recipients: number }) {
  const { t, fmt } = useI18n();
  const items: Array<{ key: string; label: string; value: number }> = [
    { key: "recipients", label: t("push.figure.recipients"), value: recipients },
    ...FIGURES.map((key) => ({ key, label: t(`push.figure.${key}`), value: counts[key] })),
    { key: "skipped", label: t("push.figure.skipped"), value: skipped },
  ];
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5" data-testid="send-figures">
      {items.map((item) => (
        <div key={item.key} className="rounded-md bg-slate-50 p-2">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{item.label}</dt>
          <dd className="text-lg font-semibold tabular-nums text-slate-900" data-testid={`figure-${item.key}`}>
            {formatNumber(item.value, fmt.locale, 0)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The figures of one send on one line for the history's rows ("5 Enviadas · 1 Fallidas · ..."), zeros left out. */
export function CompactFigures({ counts }: { counts: Counts }) {
  const { t, fmt } = useI18n();
  const shown = FIGURES.filter((key) => counts[key] > 0);
  if (shown.length === 0) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-x-2 text-xs text-slate-700" data-testid="send-row-figures">
      {shown.map((key) => (
        <li key={key}>
          <span className="font-semibold tabular-nums">{formatNumber(counts[key], fmt.locale, 0)}</span> {t(`push.figure.${key}`).toLowerCase()}
        </li>
      ))}
    </ul>
  );
}
