"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { AlertList } from "@/components/ui/Alert";
import { Card, TableWrap, td, th } from "@/components/ui/Page";
import { RecentActivityDocument } from "@/gql/graphql";
import { useQuery } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { formatDateTime } from "@/lib/format";

/** Live data: fetched in the browser and refreshed every 30 s while the tab is visible. */
export function ActivityFeed() {
  const { t, fmt } = useI18n();
  const { data, errors, loading } = useQuery(RecentActivityDocument, { first: 15 }, { pollMs: 30_000 });
  const entries = data?.activityLog.edges.map((e) => e.node) ?? [];
  return (
    <Card title={t("dashboard.activity")}>
      <p className="mb-3 text-xs text-slate-600">{t("dashboard.activityLive")}</p>
      {errors ? <AlertList messages={errors.map((e) => describeError(e, t, fmt).message)} /> : null}
      {loading && !data ? <p role="status">{t("app.loading")}</p> : null}
      {data && entries.length === 0 ? <p className="text-sm text-slate-700">{t("dashboard.activityEmpty")}</p> : null}
      {entries.length > 0 ? (
        <TableWrap label={t("dashboard.activity")}>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={th}>{t("dashboard.activity.when")}</th>
              <th scope="col" className={th}>{t("dashboard.activity.action")}</th>
              <th scope="col" className={th}>{t("dashboard.activity.entity")}</th>
              <th scope="col" className={th}>{t("dashboard.activity.ip")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className={`${td} whitespace-nowrap`}>{formatDateTime(entry.occurredAt, fmt)}</td>
                <td className={td}>
                  <code className="text-xs">{entry.action}</code>
                </td>
                <td className={td}>{entry.entityType}</td>
                <td className={td}>{entry.ip ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </TableWrap>
      ) : null}
    </Card>
  );
}
