"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { Button } from "@/components/ui/Button";
import { Badge, TableWrap, td, th } from "@/components/ui/Page";
import type { MobileAppFieldsFragment } from "@/gql/graphql";
import { formatDateTime } from "@/lib/format";
import { CopyKeyButton } from "./CopyKeyButton";

/** The apps with their keys in full (they are public: the point is to copy them into the app). */
export function MobileAppsTable({
  apps,
  revoking,
  onRevoke,
}: {
  apps: readonly MobileAppFieldsFragment[];
  revoking: string | null;
  onRevoke: (app: MobileAppFieldsFragment) => void;
}) {
  const { t, fmt } = useI18n();
  return (
    <TableWrap label={t("mobileApps.list.title")}>
      <thead className="bg-slate-50">
        <tr>
          <th scope="col" className={th}>{t("mobileApps.col.name")}</th>
          <th scope="col" className={th}>{t("mobileApps.col.key")}</th>
          <th scope="col" className={th}>{t("mobileApps.col.status")}</th>
          <th scope="col" className={th}>{t("mobileApps.col.created")}</th>
          <th scope="col" className={th}>{t("mobileApps.col.revoked")}</th>
          {/* Visible, as in the team's tables. */}
          <th scope="col" className={th}>{t("mobileApps.col.actions")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="mobile-apps-table">
        {apps.map((app) => (
          <tr key={app.id} data-testid="mobile-app-row" data-id={app.id} data-active={app.active}>
            <td className={`${td} font-medium`} data-testid="mobile-app-name">{app.name}</td>
            <td className={td}>
              <div className="flex min-w-[19rem] flex-col gap-1">
                <code className={`select-all break-all font-mono text-xs ${app.active ? "text-slate-900" : "text-slate-500 line-through"}`} data-testid="mobile-app-key">
                  {app.publicKey}
                </code>
                {app.active ? <CopyKeyButton value={app.publicKey} appName={app.name} /> : null}
              </div>
            </td>
            <td className={td}>
              <Badge tone={app.active ? "green" : "slate"}>{t(app.active ? "mobileApps.active" : "mobileApps.revoked")}</Badge>
            </td>
            <td className={`${td} whitespace-nowrap`}>{formatDateTime(app.createdAt, fmt)}</td>
            <td className={`${td} whitespace-nowrap`} data-testid="mobile-app-revoked-at">
              {app.revokedAt ? formatDateTime(app.revokedAt, fmt) : "—"}
            </td>
            <td className={td}>
              {app.active ? (
                <Button small variant="ghost" className="text-red-800" busy={revoking === app.id} onClick={() => onRevoke(app)} aria-label={t("mobileApps.revokeNamed", { name: app.name })} data-testid="mobile-app-revoke">
                  {t("mobileApps.revoke")}
                </Button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </TableWrap>
  );
}
