"use client";

import { useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Card, PageHeader } from "@/components/ui/Page";
import { MobileAppsDocument, RevokeMobileAppDocument, type MobileAppFieldsFragment, type MobileAppsQuery } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { useMutation } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { formatNumber } from "@/lib/format";
import { useCursorPages } from "@/lib/hooks/useCursorPages";
import { MOBILE_APPS_PAGE_SIZE } from "../mobileApps";
import { CreateMobileAppForm } from "./CreateMobileAppForm";
import { MobileApiGuide } from "./MobileApiGuide";
import { MobileAppsTable } from "./MobileAppsTable";
import { SettingsTabs } from "./SettingsTabs";

/** The list's key as the server rendered it: active apps only, nothing changed yet. */
const INITIAL_KEY = "false:0";

/**
 * Settings → Mobile apps (Admins): the business's apps with their public keys, oldest first, revoked
 * ones on request; registering an app, revoking one after a confirmation, and how an app uses its key.
 * The server renders the first page of active apps; the client reads the list again (useCursorPages)
 * whenever the toggle, a new app or a revocation changes it.
 */
export function MobileAppsPanel({ initial, apiBaseUrl }: { initial: MobileAppsQuery; apiBaseUrl: string }) {
  const { t, fmt } = useI18n();
  const [showRevoked, setShowRevoked] = useState(false);
  const [version, setVersion] = useState(0);
  const [totals, setTotals] = useState<Record<string, number>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [revoke] = useMutation(RevokeMobileAppDocument);
  const key = `${showRevoked}:${version}`;
  const pages = useCursorPages<MobileAppFieldsFragment>(async (after) => {
    const { mobileApps } = await request(MobileAppsDocument, { first: MOBILE_APPS_PAGE_SIZE, after, includeRevoked: showRevoked });
    // Kept per key: a slow answer for an older filter cannot overwrite the count of the current one.
    setTotals((all) => ({ ...all, [key]: mobileApps.totalCount }));
    return mobileApps;
  }, key);
  const apps = pages.rows ?? initial.mobileApps.edges.map((e) => e.node);
  const hasMore = pages.rows ? pages.hasMore : initial.mobileApps.pageInfo.hasNextPage;
  const total = totals[key] ?? (key === INITIAL_KEY ? initial.mobileApps.totalCount : null);
  const sampleKey = apps.filter((app) => app.active).at(-1)?.publicKey ?? null;
  const reload = () => setVersion((v) => v + 1);

  async function revokeApp(app: MobileAppFieldsFragment) {
    if (!window.confirm(t("mobileApps.confirmRevoke", { name: app.name }))) return;
    setRevoking(app.id);
    setNotice(null);
    const result = await revoke({ id: app.id });
    setRevoking(null);
    if (!result.ok) {
      setErrors(result.errors.map((e) => describeError(e, t, fmt).message));
      return;
    }
    setErrors([]);
    setNotice(t("mobileApps.revokedNotice", { name: app.name }));
    reload();
  }

  return (
    <div className="max-w-5xl space-y-6">
      <PageHeader title={t("settings.title")} />
      <SettingsTabs active="mobileApps" />
      <p className="text-sm text-slate-700">{t("mobileApps.subtitle")}</p>
      {notice ? <Alert kind="success" testId="mobile-apps-notice">{notice}</Alert> : null}
      <AlertList messages={[...errors, ...pages.errors]} testId="mobile-apps-errors" />

      <Card title={t("mobileApps.list.title")}>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              id="mobile-apps-revoked"
              checked={showRevoked}
              onChange={(e) => setShowRevoked(e.target.checked)}
              data-testid="mobile-apps-show-revoked"
            />
            {t("mobileApps.showRevoked")}
          </label>
          {total !== null ? (
            <span className="text-sm text-slate-700" data-testid="mobile-apps-count">
              {t("mobileApps.count", { count: formatNumber(total, fmt.locale) })}
            </span>
          ) : null}
        </div>
        {apps.length === 0 ? (
          <p className="text-sm text-slate-700" data-testid="mobile-apps-empty">
            {t(showRevoked ? "mobileApps.emptyAll" : "mobileApps.empty")}
          </p>
        ) : (
          <MobileAppsTable apps={apps} revoking={revoking} onRevoke={(app) => void revokeApp(app)} />
        )}
        {hasMore ? (
          <div className="mt-3">
            <Button small variant="secondary" busy={pages.loading} onClick={pages.loadMore} data-testid="mobile-apps-more">
              {t("app.loadMore")}
            </Button>
          </div>
        ) : null}
      </Card>

      <Card title={t("mobileApps.create.title")}>
        <CreateMobileAppForm
          onCreated={(app) => {
            setErrors([]);
            setNotice(t("mobileApps.created", { name: app.name }));
            reload();
          }}
        />
      </Card>

      <MobileApiGuide baseUrl={apiBaseUrl} sampleKey={sampleKey} />
    </div>
  );
}
