"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Badge, Card, DetailRow, PageHeader } from "@/components/ui/Page";
import { CancelPushSendDocument, PushSendDocument, type PushSendDetailFieldsFragment } from "@/gql/graphql";
import { useMutation, useQuery } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { EMPTY, formatDateTime, formatNumber } from "@/lib/format";
import { flash } from "@/stores/flash";
import { isLive, LIVE_POLL_MS, statusTone } from "../history";
import { ProgressBar, SendFigures } from "./SendFigures";
import { SendNotifications } from "./SendNotifications";
import { SendSkips } from "./SendSkips";
import { audienceWords } from "../audience";

/** Cancel with a confirmation in place (no browser dialog), for Admins and the send's own sender. */
export function CancelSend({ send, onCancelled }: { send: PushSendDetailFieldsFragment; onCancelled: (send: PushSendDetailFieldsFragment, notSent: number) => void }) {
  const { t, fmt } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [cancel, cancelling] = useMutation(CancelPushSendDocument);
  const [errors, setErrors] = useState<string[]>([]);

  async function confirm() {
    const before = send.counts.queued + send.counts.sending;
    const result = await cancel({ id: send.id });
    if (!result.ok) {
      setErrors(result.errors.map((e) => describeError(e, t, fmt).message));
      return;
    }
    setConfirming(false);
    onCancelled(result.data.cancelPushSend, Math.max(result.data.cancelPushSend.counts.cancelled, before));
  }

  if (!confirming) {
    return (
      <Button variant="danger" onClick={() => setConfirming(true)} data-testid="send-cancel">
        {t("push.detail.cancel")}
      </Button>
    );
  }
  return (
    <div role="alertdialog" aria-labelledby="cancel-question" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900" data-testid="send-cancel-confirm">
      <p id="cancel-question">{t("push.detail.confirmCancel", { title: send.title })}</p>
      <AlertList messages={errors} />
      <div className="mt-2 flex gap-2">
        <Button small variant="danger" busy={cancelling} onClick={() => void confirm()} data-testid="send-cancel-yes">
          {t("push.detail.cancelYes")}
        </Button>
        <Button small variant="secondary" onClick={() => setConfirming(false)} data-testid="send-cancel-no">
          {t("push.detail.cancelNo")}
        </Button>
      </div>
    </div>
  );
}

/** One send: live figures while it delivers (polled), the message, skips with reasons and the notifications. */
export function PushSendDetail({ initial }: { initial: PushSendDetailFieldsFragment }) {
  const { t, fmt } = useI18n();
  const [live, setLive] = useState(isLive(initial.status, initial.scheduledAt));
  const query = useQuery(PushSendDocument, { id: initial.id }, { initialData: { pushSend: initial }, pollMs: live ? LIVE_POLL_MS : undefined });
  // The cancel mutation's answer is shown until the next fetch brings a newer one.
  const [override, setOverride] = useState<{ send: PushSendDetailFieldsFragment; seen: unknown } | null>(null);
  const send = override && override.seen === query.data ? override.send : (query.data?.pushSend ?? initial);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => setNotice(flash.getState().take()), []);
  useEffect(() => setLive(isLive(send.status, send.scheduledAt)), [send.status, send.scheduledAt]);
  const version = `${send.status}|${send.counts.total}|${send.counts.sent}|${send.counts.failed}|${send.counts.cancelled}`;

  return (
    <div className="space-y-4">
      <PageHeader
        title={<span data-testid="send-title">{send.title}</span>}
        actions={
          send.canCancel ? (
            <CancelSend
              send={send}
              onCancelled={(cancelled, notSent) => {
                setOverride({ send: cancelled, seen: query.data });
                setNotice(t("push.detail.cancelled", { count: formatNumber(notSent, fmt.locale, 0) }));
                void query.refetch();
              }}
            />
          ) : null
        }
      >
        <span className="flex flex-wrap items-center gap-2">
          <Link href="/push" className="text-indigo-800 underline">
            {t("push.detail.back")}
          </Link>
          <Badge tone={statusTone(send.status)}>
            <span data-testid="send-status">{t(`push.sendStatus.${send.status}`)}</span>
          </Badge>
        </span>
      </PageHeader>
      {notice ? <Alert kind="success" testId="send-notice">{notice}</Alert> : null}
      <AlertList messages={(query.errors ?? []).map((e) => describeError(e, t, fmt).message)} />

      <Card title={t("push.detail.figures")}>
        <div className="space-y-3">
          <ProgressBar counts={send.counts} status={send.status} />
          <SendFigures counts={send.counts} skipped={send.skipped} recipients={send.recipients} />
          {live ? <p className="text-xs text-slate-600" data-testid="send-live">{t("push.detail.live")}</p> : null}
        </div>
      </Card>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("push.detail.message")}>
          <dl className="divide-y divide-slate-100">
            <DetailRow label={t("push.detail.audience")}>{audienceWords(send, { t, fmt })}</DetailRow>
            <DetailRow label={t("push.message.body")}>
              <span className="whitespace-pre-wrap" data-testid="send-body">{send.body}</span>
            </DetailRow>
            {send.imageUrl ? <DetailRow label={t("push.detail.image")}>{send.imageUrl}</DetailRow> : null}
            {send.deepLink ? <DetailRow label={t("push.detail.deepLink")}>{send.deepLink}</DetailRow> : null}
            {send.data.length > 0 ? (
              <DetailRow label={t("push.detail.data")}>
                <ul>
                  {send.data.map((d) => (
                    <li key={d.key} className="font-mono text-xs">
                      {d.key} = {d.value}
                    </li>
                  ))}
                </ul>
              </DetailRow>
            ) : null}
            <DetailRow label={t("push.detail.createdBy")}>{send.createdByName ?? (send.campaignId ? t("push.detail.campaign") : t("push.detail.system"))}</DetailRow>
            <DetailRow label={t("push.detail.createdAt")}>{formatDateTime(send.createdAt, fmt)}</DetailRow>
            <DetailRow label={t("push.detail.scheduledAt")}>{formatDateTime(send.scheduledAt, fmt)}</DetailRow>
            <DetailRow label={t("push.detail.completedAt")}>{send.completedAt ? formatDateTime(send.completedAt, fmt) : EMPTY}</DetailRow>
            {send.cancelledAt ? <DetailRow label={t("push.detail.cancelledAt")}>{formatDateTime(send.cancelledAt, fmt)}</DetailRow> : null}
          </dl>
        </Card>
        <SendSkips sendId={send.id} skipCounts={send.skipCounts} />
      </div>
      <SendNotifications sendId={send.id} version={version} />
    </div>
  );
}
