"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { Figure } from "@/components/ui/Figure";
import type { PreviewPushQuery } from "@/gql/graphql";
import { formatNumber } from "@/lib/format";
import { payloadShare, PUSH_LIMITS } from "../compose";

export type PushPreviewData = PreviewPushQuery["previewPush"];

/** The notification as a phone's lock screen would show it (sample personalised text). */
export function PhoneMock({ appName, title, body, imageUrl }: { appName: string; title: string; body: string; imageUrl?: string | null }) {
  const { t } = useI18n();
  return (
    <figure className="mx-auto w-full max-w-xs rounded-[2rem] border-4 border-slate-800 bg-gradient-to-b from-indigo-900 to-slate-800 p-3 pt-8" aria-label={t("push.preview.phone")}>
      <div className="rounded-xl bg-white/95 p-3 shadow" data-testid="phone-notification">
        <div className="flex items-center justify-between text-[0.7rem] text-slate-600">
          <span className="truncate font-medium uppercase tracking-wide">{appName}</span>
          <span>{t("push.preview.now")}</span>
        </div>
        <p className="mt-1 break-words text-sm font-semibold text-slate-900" data-testid="phone-title">
          {title}
        </p>
        <p className="line-clamp-4 break-words text-sm text-slate-800" data-testid="phone-body">
          {body}
        </p>
        {imageUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- any https URL the business gives; not optimisable
          <img src={imageUrl} alt="" className="mt-2 max-h-32 w-full rounded-md object-cover" />
        ) : null}
      </div>
      <figcaption className="mt-2 text-center text-[0.7rem] text-slate-200">{t("push.preview.sample")}</figcaption>
    </figure>
  );
}

/** Reach of the message (customers, reachable, devices, skips in words), the sample and the payload size. */
export function PushPreviewPanel({ preview, loading, incomplete, appName }: { preview: PushPreviewData | null; loading: boolean; incomplete: boolean; appName: string }) {
  const { t, fmt } = useI18n();
  if (incomplete && !preview) return <p className="text-sm text-slate-700" data-testid="preview-incomplete">{t("push.preview.incomplete")}</p>;
  if (!preview) return <p className="text-sm text-slate-700">{t("push.preview.loading")}</p>;
  const skippedTotal = preview.skipped.reduce((sum, s) => sum + s.count, 0);
  const payload = payloadShare(preview.payloadBytes);
  const n = (value: number) => formatNumber(value, fmt.locale, 0);
  return (
    <div className={`space-y-4 ${loading ? "opacity-60 transition-opacity" : ""}`} aria-busy={loading || undefined} data-testid="push-preview">
      <dl className="grid grid-cols-2 gap-2">
        <Figure label={t("push.preview.customers")} value={preview.customers} testId="preview-customers" compact />
        <Figure label={t("push.preview.reachable")} value={preview.reachableCustomers} testId="preview-reachable" compact />
        <Figure label={t("push.preview.devices")} value={preview.devices} testId="preview-devices" compact />
        <Figure label={t("push.preview.skippedTotal")} value={skippedTotal} testId="preview-skipped" compact />
      </dl>
      <p className="text-sm text-slate-800" role="status" data-testid="preview-summary">
        {preview.reachableCustomers === 0
          ? t("push.preview.nobody")
          : t("push.preview.summary", { reachable: n(preview.reachableCustomers), customers: n(preview.customers), devices: n(preview.devices) })}
      </p>
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{t("push.preview.skipped")}</h3>
        {preview.skipped.filter((s) => s.count > 0).length === 0 ? (
          <p className="text-sm text-slate-700">{t("push.preview.noSkips")}</p>
        ) : (
          <ul className="mt-1 space-y-1 text-sm" data-testid="preview-skips">
            {preview.skipped
              .filter((s) => s.count > 0)
              .map((s) => (
                <li key={s.reason} className="flex justify-between gap-2" data-testid={`preview-skip-${s.reason}`}>
                  <span>{t(`push.skip.${s.reason}`)}</span>
                  <span className="font-semibold tabular-nums">{n(s.count)}</span>
                </li>
              ))}
          </ul>
        )}
      </div>
      <div>
        <div className="flex justify-between text-xs text-slate-700">
          <span data-testid="preview-payload">{t("push.preview.payload", { bytes: n(preview.payloadBytes), max: n(PUSH_LIMITS.payloadBytes) })}</span>
        </div>
        <div
          className="mt-1 h-2 w-full overflow-hidden rounded-full bg-slate-200"
          role="meter"
          aria-valuemin={0}
          aria-valuemax={PUSH_LIMITS.payloadBytes}
          aria-valuenow={preview.payloadBytes}
          aria-label={t("push.preview.payload", { bytes: preview.payloadBytes, max: PUSH_LIMITS.payloadBytes })}
        >
          <div className={`h-full ${payload.over ? "bg-red-600" : payload.share > 0.8 ? "bg-amber-500" : "bg-green-600"}`} style={{ width: `${Math.round(payload.share * 100)}%` }} />
        </div>
        {payload.over ? (
          <p className="mt-1 text-sm text-red-700" role="alert" data-testid="preview-payload-over">
            {t("push.preview.payloadOver", { bytes: n(preview.payloadBytes), max: n(PUSH_LIMITS.payloadBytes) })}
          </p>
        ) : null}
      </div>
      <PhoneMock appName={appName} title={preview.sample.title} body={preview.sample.body} imageUrl={preview.sample.imageUrl} />
    </div>
  );
}
