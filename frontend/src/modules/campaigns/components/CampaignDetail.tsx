"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button, buttonClass } from "@/components/ui/Button";
import { Badge, Card, DetailRow, PageHeader } from "@/components/ui/Page";
import {
  ActivateCampaignDocument,
  ArchiveCampaignDocument,
  PauseCampaignDocument,
  ResumeCampaignDocument,
  type CampaignFieldsFragment,
} from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { EMPTY, formatDateTime } from "@/lib/format";
import { flash } from "@/stores/flash";
import { isEditable } from "../builder";
import { lifecycleErrors } from "../errors";
import { conditionWords, segmentName } from "../segmentParts";
import { actionsFor, showsDryRun, showsFunnel, type LifecycleAction } from "../lifecycle";
import type { NameLookup } from "../words";
import { kindWords, statusTone } from "../words";
import { DryRunPanel } from "./DryRun";
import { FunnelPanel } from "./Funnel";

/** The campaign's settings in words. */
export function CampaignSettings({ campaign, lookup }: { campaign: CampaignFieldsFragment; lookup?: NameLookup }) {
  const { t, fmt } = useI18n();
  return (
    <dl className="divide-y divide-slate-100" data-testid="campaign-settings">
      <DetailRow label={t("campaigns.field.kind")}>{t(`campaigns.kind.${campaign.kind}`)}</DetailRow>
      <DetailRow label={campaign.kind === "TRIGGERED" ? t("campaigns.builder.trigger") : t("campaigns.schedule.title")} testId="settings-when">
        {kindWords(campaign, t, fmt, lookup)}
      </DetailRow>
      <DetailRow label={t("campaigns.field.segment")} testId="settings-segment">
        {campaign.segment ? (
          <>
            <span className="font-medium">{segmentName(campaign.segment, t)}</span>
            <span className="block text-xs text-slate-600" data-testid="settings-segment-words">
              {conditionWords(campaign.segment.condition, { t, fmt, locations: lookup?.locations })}
            </span>
          </>
        ) : (
          t("campaigns.segment.everyone")
        )}
      </DetailRow>
      <DetailRow label={t("campaigns.field.locations")}>{campaign.locations.length > 0 ? campaign.locations.map((l) => l.name).join(", ") : t("campaigns.field.allLocations")}</DetailRow>
      <DetailRow label={t("campaigns.field.period")}>
        {t("campaigns.detail.period", {
          from: campaign.startsAt ? formatDateTime(campaign.startsAt, fmt) : t("campaigns.detail.fromActivation"),
          to: campaign.endsAt ? formatDateTime(campaign.endsAt, fmt) : t("campaigns.detail.openEnded"),
        })}
      </DetailRow>
      <DetailRow label={t("campaigns.col.nextRun")} testId="settings-next-run">{campaign.nextRunAt ? formatDateTime(campaign.nextRunAt, fmt) : EMPTY}</DetailRow>
      <DetailRow label={t("campaigns.detail.lastRun")}>{campaign.lastRunAt ? formatDateTime(campaign.lastRunAt, fmt) : EMPTY}</DetailRow>
      <DetailRow label={t("campaigns.detail.activatedAt")}>{campaign.activatedAt ? formatDateTime(campaign.activatedAt, fmt) : EMPTY}</DetailRow>
      <DetailRow label={t("push.message.titleField")} testId="settings-title">{campaign.message.title}</DetailRow>
      <DetailRow label={t("push.message.body")}>
        <span className="whitespace-pre-wrap">{campaign.message.body}</span>
      </DetailRow>
      {campaign.message.deepLink ? <DetailRow label={t("push.message.deepLink")}>{campaign.message.deepLink}</DetailRow> : null}
    </dl>
  );
}

const DOCUMENTS = {
  activate: ActivateCampaignDocument,
  pause: PauseCampaignDocument,
  resume: ResumeCampaignDocument,
  archive: ArchiveCampaignDocument,
} as const;

/** Activate / pause / resume / archive, each confirmed in place; Admins only. */
export function LifecycleActions({ campaign, onChanged }: { campaign: CampaignFieldsFragment; onChanged: (campaign: CampaignFieldsFragment, action: LifecycleAction) => void }) {
  const { t, fmt } = useI18n();
  const [confirming, setConfirming] = useState<LifecycleAction | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [activate, activating] = useMutation(DOCUMENTS.activate);
  const [pause, pausing] = useMutation(DOCUMENTS.pause);
  const [resume, resuming] = useMutation(DOCUMENTS.resume);
  const [archive, archiving] = useMutation(DOCUMENTS.archive);
  const busy = activating || pausing || resuming || archiving;

  async function run(action: LifecycleAction) {
    const variables = { id: campaign.id };
    const result =
      action === "activate"
        ? await activate(variables).then((r) => (r.ok ? { ok: true as const, data: r.data.activateCampaign } : r))
        : action === "pause"
          ? await pause(variables).then((r) => (r.ok ? { ok: true as const, data: r.data.pauseCampaign } : r))
          : action === "resume"
            ? await resume(variables).then((r) => (r.ok ? { ok: true as const, data: r.data.resumeCampaign } : r))
            : await archive(variables).then((r) => (r.ok ? { ok: true as const, data: r.data.archiveCampaign } : r));
    if (!result.ok) {
      setErrors(lifecycleErrors(result.errors, t, fmt));
      return;
    }
    setErrors([]);
    setConfirming(null);
    onChanged(result.data, action);
  }

  const actions = actionsFor(campaign.status);
  return (
    <div className="space-y-2" data-testid="campaign-actions">
      <div className="flex flex-wrap gap-2">
        {isEditable(campaign.status) ? (
          <Link href={`/campaigns/${campaign.id}/edit`} className={buttonClass("secondary")} data-testid="campaign-edit">
            {t("campaigns.action.edit")}
          </Link>
        ) : null}
        {actions.map((action) => (
          <Button key={action} variant={action === "archive" ? "danger" : action === "pause" ? "secondary" : "primary"} disabled={busy} onClick={() => (setConfirming(action), setErrors([]))} data-testid={`campaign-${action}`}>
            {t(`campaigns.action.${action}`)}
          </Button>
        ))}
      </div>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="campaign-confirm-question" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="campaign-confirm">
          <p id="campaign-confirm-question">{t(`campaigns.confirm.${confirming}`, { name: campaign.name })}</p>
          <div className="mt-2 flex gap-2">
            <Button small variant={confirming === "archive" ? "danger" : "primary"} busy={busy} onClick={() => void run(confirming)} data-testid="campaign-confirm-yes">
              {t(`campaigns.action.${confirming}`)}
            </Button>
            <Button small variant="secondary" onClick={() => setConfirming(null)} data-testid="campaign-confirm-no">
              {t("campaigns.confirm.no")}
            </Button>
          </div>
        </div>
      ) : null}
      <AlertList messages={errors} testId="campaign-action-errors" />
    </div>
  );
}

/** A campaign: status and actions, settings in words, the dry run before it sends, its funnel after. */
export function CampaignDetail({ initial, lookup }: { initial: CampaignFieldsFragment; lookup?: NameLookup }) {
  const { t } = useI18n();
  const canManage = useSession((s) => s.can("campaigns.manage"));
  const [campaign, setCampaign] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => setNotice(flash.getState().take()), []);
  const version = `${campaign.status}|${campaign.updatedAt}`;

  return (
    <div className="space-y-4">
      <PageHeader title={<span data-testid="campaign-name">{campaign.name}</span>} actions={canManage ? <LifecycleActions campaign={campaign} onChanged={(c, action) => (setCampaign(c), setNotice(t(`campaigns.notice.${action}`, { name: c.name })))} /> : null}>
        <span className="flex flex-wrap items-center gap-2">
          <Link href="/campaigns" className="text-indigo-800 underline">
            {t("campaigns.detail.back")}
          </Link>
          <Badge tone={statusTone(campaign.status)}>
            <span data-testid="campaign-status">{t(`campaigns.status.${campaign.status}`)}</span>
          </Badge>
        </span>
      </PageHeader>
      {notice ? <Alert kind="success" testId="campaign-notice">{notice}</Alert> : null}
      {canManage ? null : (
        <p className="text-sm text-slate-700" data-testid="campaign-read-only">
          {t("campaigns.readOnly")}
        </p>
      )}
      {canManage && !isEditable(campaign.status) && campaign.status !== "ARCHIVED" && campaign.status !== "COMPLETED" ? (
        <p className="text-sm text-slate-700" data-testid="campaign-edit-hint">
          {t("campaigns.detail.pauseToEdit")}
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("campaigns.detail.settings")}>
          <CampaignSettings campaign={campaign} lookup={lookup} />
        </Card>
        {showsDryRun(campaign.status) ? <DryRunPanel key={version} campaignId={campaign.id} /> : null}
      </div>
      {showsFunnel(campaign.status) ? <FunnelPanel key={version} campaignId={campaign.id} /> : null}
    </div>
  );
}
