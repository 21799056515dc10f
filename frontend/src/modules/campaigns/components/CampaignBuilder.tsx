"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/Page";
import { CreateCampaignDocument, UpdateCampaignDocument, type CampaignFieldsFragment } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { messagesFor } from "@/lib/validation";
import { flash } from "@/stores/flash";
import { emptyBuilder, fromCampaign, isEditable, validateBuilder, type BuilderField, type BuilderValues } from "../builder";
import { builderErrorsFromApi } from "../errors";
import type { BuilderOptions } from "../options";
import { CampaignForm, type BuilderErrors } from "./CampaignForm";

/** Which form fields a change to these values clears the error of. */
const CLEARS: Partial<Record<keyof BuilderValues, BuilderField[]>> = {
  trigger: ["trigger", "triggerDays", "triggerHours", "triggerLocalTime", "geofenceIds", "cooldownHours", "points", "programId", "rewardId"],
  schedule: ["schedule", "sendAt", "frequency", "scheduleDays", "dayOfMonth", "scheduleLocalTime"],
  segmentId: ["segment"],
  startsLocal: ["startsAt"],
  endsLocal: ["endsAt"],
};

/** A campaign not editable in its status: why, and the way back (its page). */
export function CampaignLocked({ campaign }: { campaign: Pick<CampaignFieldsFragment, "id" | "name" | "status"> }) {
  const { t } = useI18n();
  return (
    <div className="space-y-4">
      <PageHeader title={campaign.name} />
      <Alert kind="warning" testId="campaign-locked">
        <p>{t("campaigns.builder.locked", { status: t(`campaigns.status.${campaign.status}`) })}</p>
        <Link href={`/campaigns/${campaign.id}`} className={`${buttonClass("secondary", true)} mt-2`}>
          {t("campaigns.builder.backToCampaign")}
        </Link>
      </Alert>
    </div>
  );
}

/** New campaign or the edit of a DRAFT / PAUSED one; saves a DRAFT (activation is on the campaign's page). */
export function CampaignBuilder({ campaign, options }: { campaign?: CampaignFieldsFragment | null; options: BuilderOptions }) {
  const { t, fmt } = useI18n();
  const router = useRouter();
  const timeZone = useSession((s) => s.business?.timeZone ?? fmt.timeZone);
  const [values, setValues] = useState<BuilderValues>(() => (campaign ? fromCampaign(campaign, timeZone) : emptyBuilder()));
  const [errors, setErrors] = useState<BuilderErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [create, creating] = useMutation(CreateCampaignDocument);
  const [update, updating] = useMutation(UpdateCampaignDocument);
  const inFlight = useRef(false);

  if (campaign && !isEditable(campaign.status)) return <CampaignLocked campaign={campaign} />;

  const change = (changes: Partial<BuilderValues>) => {
    setValues((v) => ({ ...v, ...changes }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(changes) as Array<keyof BuilderValues>) {
        for (const field of CLEARS[key] ?? [key as BuilderField]) delete next[field];
      }
      if ("kind" in changes) for (const field of [...(CLEARS.trigger ?? []), ...(CLEARS.schedule ?? [])]) delete next[field];
      return next;
    });
  };

  async function save() {
    if (inFlight.current) return;
    const checked = validateBuilder(values, timeZone);
    if (!checked.ok) {
      setErrors(messagesFor(checked.errors, t));
      setFormErrors([t("campaigns.builder.fixFields")]);
      return;
    }
    inFlight.current = true;
    try {
      const result = campaign ? await update({ id: campaign.id, input: checked.value }) : await create({ input: checked.value });
      if (!result.ok) {
        const mapped = builderErrorsFromApi(result.errors, t, fmt);
        setErrors(mapped.fields);
        setFormErrors(mapped.form.length > 0 ? mapped.form : [t("campaigns.builder.fixFields")]);
        return;
      }
      const saved = "createCampaign" in result.data ? result.data.createCampaign : result.data.updateCampaign;
      flash.getState().show(t(campaign ? "campaigns.notice.updated" : "campaigns.notice.created", { name: saved.name }));
      router.push(`/campaigns/${saved.id}`);
    } finally {
      inFlight.current = false;
    }
  }

  return (
    <div className="space-y-4">
      <PageHeader title={campaign ? t("campaigns.builder.editTitle", { name: campaign.name }) : t("campaigns.builder.newTitle")}>
        <Link href={campaign ? `/campaigns/${campaign.id}` : "/campaigns"} className="text-indigo-800 underline">
          {campaign ? t("campaigns.builder.backToCampaign") : t("campaigns.detail.back")}
        </Link>
        {campaign?.status === "PAUSED" ? <p className="mt-1">{t("campaigns.builder.pausedHint")}</p> : null}
      </PageHeader>
      <CampaignForm
        values={values}
        onChange={change}
        errors={errors}
        formErrors={formErrors}
        options={options}
        timeZone={timeZone}
        saving={creating || updating}
        onSubmit={() => void save()}
        submitLabel={campaign ? t("campaigns.builder.saveChanges") : t("campaigns.builder.saveDraft")}
      />
    </div>
  );
}
