"use client";

import Link from "next/link";
import { useI18n } from "@/components/providers/I18nProvider";
import { AlertList } from "@/components/ui/Alert";
import { Badge, Card } from "@/components/ui/Page";
import { CustomerPushDocument } from "@/gql/graphql";
import { useQuery } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { formatDateTime } from "@/lib/format";
import { notificationTone } from "./SendNotifications";

/** A customer's devices, latest notifications and the sends that skipped them, with the reasons. */
export function CustomerPushPanel({ customerId, pushConsent }: { customerId: string; pushConsent: boolean | null }) {
  const { t, fmt } = useI18n();
  const { data, errors, loading } = useQuery(CustomerPushDocument, { id: customerId });
  const customer = data?.customer;
  return (
    <Card title={t("push.customer.title")}>
      <div className="space-y-4" data-testid="customer-push">
        {pushConsent !== true ? (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="customer-push-no-consent">
            {t("push.customer.noConsent")}
          </p>
        ) : null}
        <AlertList messages={(errors ?? []).map((e) => describeError(e, t, fmt).message)} />
        {loading && !customer ? <p className="text-sm text-slate-700">{t("app.loading")}</p> : null}
        {customer ? (
          <>
            <section>
              <h3 className="text-sm font-semibold text-slate-900">{t("push.customer.devices")}</h3>
              {customer.devices.length === 0 ? (
                <p className="text-sm text-slate-700" data-testid="customer-no-devices">{t("push.customer.noDevices")}</p>
              ) : (
                <ul className="mt-1 space-y-1" data-testid="customer-devices">
                  {customer.devices.map((d) => (
                    <li key={d.id} className="flex flex-wrap items-center gap-2 text-sm">
                      <span className="font-medium">{t(`push.platform.${d.platform}`)}</span>
                      {d.appVersion ? <span className="text-slate-600">{d.appVersion}</span> : null}
                      <Badge tone={d.active ? "green" : "slate"}>{d.active ? t("push.customer.active") : t("push.customer.inactive")}</Badge>
                      {d.active && d.stale ? <Badge tone="amber">{t("push.customer.stale")}</Badge> : null}
                      {!d.active && d.deactivationReason ? <span className="font-mono text-xs text-slate-600">{d.deactivationReason}</span> : null}
                      <span className="text-xs text-slate-600">{t("push.customer.refreshed", { date: formatDateTime(d.refreshedAt, fmt) })}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section>
              <h3 className="text-sm font-semibold text-slate-900">{t("push.customer.latest")}</h3>
              {customer.notifications.edges.length === 0 ? (
                <p className="text-sm text-slate-700">{t("push.customer.noNotifications")}</p>
              ) : (
                <ul className="mt-1 divide-y divide-slate-100" data-testid="customer-notifications">
                  {customer.notifications.edges.map(({ node }) => (
                    <li key={node.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5 text-sm">
                      <span className="min-w-0">
                        {node.send ? (
                          <Link href={`/push/sends/${node.send.id}`} className="text-indigo-800 underline">
                            {node.title}
                          </Link>
                        ) : (
                          node.title
                        )}
                        <span className="block text-xs text-slate-600">{formatDateTime(node.sentAt ?? node.createdAt, fmt)}</span>
                      </span>
                      <span className="flex items-center gap-2">
                        {node.errorCode ? <span className="font-mono text-xs text-red-800">{node.errorCode}</span> : null}
                        {node.heldReason && node.status === "QUEUED" ? <span className="text-xs text-slate-600">{t(`push.hold.${node.heldReason}`)}</span> : null}
                        <Badge tone={notificationTone(node.status)}>{t(`push.status.${node.status}`)}</Badge>
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section>
              <h3 className="text-sm font-semibold text-slate-900">{t("push.customer.skips")}</h3>
              {customer.pushSkips.edges.length === 0 ? (
                <p className="text-sm text-slate-700">{t("push.customer.noSkips")}</p>
              ) : (
                <ul className="mt-1 divide-y divide-slate-100" data-testid="customer-skips">
                  {customer.pushSkips.edges.map(({ node }) => (
                    <li key={node.id} className="py-1.5 text-sm">
                      <Link href={`/push/sends/${node.send.id}`} className="text-indigo-800 underline">
                        {node.send.title}
                      </Link>
                      <span className="block text-xs text-slate-700">
                        {formatDateTime(node.createdAt, fmt)} · {t(`push.skip.${node.reason}`)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        ) : null}
      </div>
    </Card>
  );
}
