"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { Alert } from "@/components/ui/Alert";
import { Badge, Card, TableWrap, td, th } from "@/components/ui/Page";
import type { MessageKey } from "@/lib/i18n";
import { formatNumber } from "@/lib/format";
import { rowErrorKey, STATUS_TONES, type ImportReport } from "../csv";

const COUNTS = ["rows", "created", "updated", "unchanged", "errorRows", "blankRows", "balancesCredited"] as const;

/** The validation report of an import: what happened, the counts, and each refused row with why. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, fmt } = useI18n();
  const statusKey = `import.status.${report.status}` as MessageKey;
  return (
    <Card title={t("import.report")}>
      <div className="space-y-4" data-testid="import-report">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={STATUS_TONES[report.status] ?? "slate"}>
            <span data-testid="import-status">{t(statusKey) === statusKey ? report.status : t(statusKey)}</span>
          </Badge>
          {report.fileName ? <span className="text-sm text-slate-700">{report.fileName}</span> : null}
        </div>
        {!report.written ? <Alert kind="info">{t("import.nothingWritten")}</Alert> : null}
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {COUNTS.filter((key) => key !== "balancesCredited" || report.counts.balancesCredited > 0).map((key) => (
            <div key={key} className="rounded-md bg-slate-50 p-3">
              <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{t(`import.count.${key}`)}</dt>
              <dd className="mt-1 text-lg font-semibold tabular-nums text-slate-900" data-testid={`import-count-${key}`}>
                {formatNumber(report.counts[key], fmt.locale)}
              </dd>
            </div>
          ))}
        </dl>
        {report.errors.length > 0 ? (
          <div className="space-y-2">
            <h3 className="font-semibold text-slate-900">{t("import.errors")}</h3>
            {report.errorsTruncated ? <p className="text-sm text-slate-700">{t("import.errorsTruncated", { shown: report.errors.length, total: report.errorCount })}</p> : null}
            <TableWrap label={t("import.errors")}>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className={`${th} text-right`}>{t("import.col.row")}</th>
                  <th scope="col" className={th}>{t("import.col.column")}</th>
                  <th scope="col" className={th}>{t("import.col.problem")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="import-errors">
                {report.errors.map((error, i) => {
                  const key = rowErrorKey(error.code);
                  return (
                    <tr key={`${error.row}-${error.code}-${i}`} data-testid="import-error-row">
                      <td className={`${td} text-right tabular-nums`}>{error.row}</td>
                      <td className={td}>{error.column ?? "—"}</td>
                      <td className={td}>{key ? t(key) : error.message || error.code}</td>
                    </tr>
                  );
                })}
              </tbody>
            </TableWrap>
          </div>
        ) : null}
        {report.notes.length > 0 ? (
          <div>
            <h3 className="font-semibold text-slate-900">{t("import.notes")}</h3>
            <ul className="list-disc pl-5 text-sm text-slate-700">
              {report.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
