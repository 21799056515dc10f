"use client";

import Link from "next/link";
import { useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/Field";
import { Badge, Card, TableWrap, td, th } from "@/components/ui/Page";
import { PushSendNotificationsDocument, type NotificationStatus, type PushSendNotificationsQuery } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { EMPTY, formatDateTime } from "@/lib/format";
import { useCursorPages } from "@/lib/hooks/useCursorPages";
import { NOTIFICATIONS_PAGE_SIZE } from "../history";

type NotificationNode = PushSendNotificationsQuery["pushSend"]["notifications"]["edges"][number]["node"];

const STATUSES: readonly NotificationStatus[] = ["QUEUED", "SENDING", "SENT", "FAILED", "CANCELLED"];

export function notificationTone(status: NotificationStatus): "slate" | "green" | "amber" | "red" | "indigo" {
  return status === "SENT" ? "green" : status === "FAILED" ? "red" : status === "CANCELLED" ? "slate" : "amber";
}

/** The send's notifications (one per device), filtered by status, with FCM's error code when one failed. */
export function SendNotifications({ sendId, version }: { sendId: string; /** changes when the figures do: reload */ version: string }) {
  const { t, fmt } = useI18n();
  const [status, setStatus] = useState<NotificationStatus | "">("");
  const { rows, hasMore, loading, errors, loadMore } = useCursorPages<NotificationNode>(
    async (after) =>
      (await request(PushSendNotificationsDocument, { id: sendId, first: NOTIFICATIONS_PAGE_SIZE, after, status: status || null })).pushSend.notifications,
    `${status}|${version}`,
  );

  return (
    <Card title={t("push.detail.notifications")}>
      <SelectField id="notifications-status" className="mb-3 max-w-xs" label={t("push.history.status")} value={status} onValue={(v) => setStatus(v as NotificationStatus | "")}>
        <option value="">{t("push.history.anyStatus")}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`push.status.${s}`)}
          </option>
        ))}
      </SelectField>
      <AlertList messages={errors} />
      {rows !== null && rows.length === 0 && !loading ? (
        <p className="text-sm text-slate-700" data-testid="notifications-empty">{t("push.detail.noNotifications")}</p>
      ) : (
        <TableWrap label={t("push.detail.notifications")}>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={th}>{t("push.col.customer")}</th>
              <th scope="col" className={th}>{t("push.col.device")}</th>
              <th scope="col" className={th}>{t("push.col.status")}</th>
              <th scope="col" className={th}>{t("push.col.error")}</th>
              <th scope="col" className={`${th} text-right`}>{t("push.col.attempts")}</th>
              <th scope="col" className={th}>{t("push.col.times")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="notifications-table">
            {(rows ?? []).map((n) => (
              <tr key={n.id} data-testid="notification-row">
                <td className={td}>
                  <Link href={`/customers/${n.customer.id}`} className="text-indigo-800 underline">
                    {n.customer.displayName}
                  </Link>
                </td>
                <td className={td}>{t(`push.platform.${n.device.platform}`)}</td>
                <td className={td}>
                  <Badge tone={notificationTone(n.status)}>{t(`push.status.${n.status}`)}</Badge>
                  {n.heldReason && n.status === "QUEUED" ? <div className="text-xs text-slate-600">{t(`push.hold.${n.heldReason}`)}</div> : null}
                </td>
                <td className={`${td} font-mono text-xs`}>{n.errorCode ?? EMPTY}</td>
                <td className={`${td} text-right tabular-nums`}>{n.attempts}</td>
                <td className={`${td} whitespace-nowrap text-xs`}>
                  {[n.sentAt, n.receivedAt, n.openedAt].map((at) => (at ? formatDateTime(at, fmt) : EMPTY)).join(" / ")}
                </td>
              </tr>
            ))}
          </tbody>
        </TableWrap>
      )}
      {hasMore ? (
        <Button className="mt-2" small variant="secondary" busy={loading} onClick={loadMore}>
          {t("push.detail.loadMore")}
        </Button>
      ) : null}
    </Card>
  );
}
