"use client";

import { useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { CheckboxGroup, TextField } from "@/components/ui/Field";
import { Card } from "@/components/ui/Page";
import type { CampaignKind } from "@/gql/graphql";
import { MessageFields } from "@/modules/push/components/MessageFields";
import { PhoneMock } from "@/modules/push/components/PushPreviewPanel";
import { CAMPAIGN_KINDS, personalise, type BuilderField, type BuilderValues } from "../builder";
import type { BuilderOptions } from "../options";
import { SegmentPicker } from "../segmentParts";
import { NewSegment } from "./NewSegment";
import { ScheduleFields } from "./ScheduleFields";
import { TriggerFields } from "./TriggerFields";

export type BuilderErrors = Partial<Record<BuilderField, string>>;

/** The builder's form as drawn for given values and errors (state and saving live in CampaignBuilder). */
export function CampaignForm({
  values,
  onChange,
  errors,
  formErrors,
  options,
  timeZone,
  saving,
  onSubmit,
  submitLabel,
}: {
  values: BuilderValues;
  onChange: (changes: Partial<BuilderValues>) => void;
  errors: BuilderErrors;
  formErrors: string[];
  options: BuilderOptions;
  timeZone: string;
  saving: boolean;
  onSubmit: () => void;
  submitLabel: string;
}) {
  const { t } = useI18n();
  const businessName = useSession((s) => s.business?.name ?? "");
  const [writingSegment, setWritingSegment] = useState(false);
  const sample = { firstName: "Ana", lastName: "Gómez", displayName: "Ana Gómez", points: "120", businessName };
  return (
    <form
      noValidate
      className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      data-testid="campaign-form"
    >
      <div className="space-y-4">
        <AlertList messages={formErrors} testId="campaign-form-errors" />
        <Card title={t("campaigns.builder.basics")}>
          <div className="space-y-3">
            <TextField id="campaign-name" label={t("campaigns.field.name")} value={values.name} onValue={(name) => onChange({ name })} error={errors.name} maxLength={170} required />
            <fieldset aria-describedby={errors.kind ? "campaign-kind-error" : undefined}>
              <legend className="text-sm font-medium text-slate-800">{t("campaigns.field.kind")}</legend>
              <div className="mt-1 grid gap-2 sm:grid-cols-3">
                {CAMPAIGN_KINDS.map((kind: CampaignKind) => (
                  <label key={kind} className={`flex cursor-pointer items-start gap-2 rounded-md border p-2 text-sm ${values.kind === kind ? "border-indigo-600 bg-indigo-50" : "border-slate-300"}`}>
                    <input type="radio" name="campaign-kind" value={kind} checked={values.kind === kind} onChange={() => onChange({ kind })} data-testid={`kind-${kind}`} className="mt-1" />
                    <span>
                      <span className="block font-medium text-slate-900">{t(`campaigns.kind.${kind}`)}</span>
                      <span className="block text-xs text-slate-600">{t(`campaigns.kindHint.${kind}`)}</span>
                    </span>
                  </label>
                ))}
              </div>
              {errors.kind ? (
                <p id="campaign-kind-error" className="mt-1 text-sm text-red-700" data-field-error>
                  {errors.kind}
                </p>
              ) : null}
            </fieldset>
          </div>
        </Card>

        {values.kind === "TRIGGERED" ? (
          <Card title={t("campaigns.builder.trigger")}>
            <TriggerFields value={values.trigger} onChange={(changes) => onChange({ trigger: { ...values.trigger, ...changes } })} errors={errors} options={options} />
          </Card>
        ) : (
          <Card title={t("campaigns.schedule.title")}>
            <ScheduleFields kind={values.kind} value={values.schedule} onChange={(changes) => onChange({ schedule: { ...values.schedule, ...changes } })} errors={errors} timeZone={timeZone} />
          </Card>
        )}

        <Card title={t("campaigns.builder.audience")}>
          <div className="space-y-3">
            <SegmentPicker value={values.segmentId} onChange={(segmentId) => onChange({ segmentId })} error={errors.segment} />
            {writingSegment ? (
              <NewSegment
                onCreated={(segment) => {
                  setWritingSegment(false);
                  onChange({ segmentId: segment.id });
                }}
                onCancel={() => setWritingSegment(false)}
              />
            ) : (
              <Button small variant="secondary" onClick={() => setWritingSegment(true)} data-testid="segment-new">
                {t("campaigns.segment.new")}
              </Button>
            )}
            <CheckboxGroup
              id="campaign-locations"
              legend={t("campaigns.field.locations")}
              hint={t("campaigns.field.locationsHint")}
              options={options.locations.map((l) => ({ value: l.id, label: l.name }))}
              selected={values.locationIds}
              onChange={(locationIds) => onChange({ locationIds })}
              error={errors.locationIds}
            />
          </div>
        </Card>

        <Card title={t("campaigns.builder.message")}>
          <MessageFields values={values} onChange={onChange} errors={errors} />
        </Card>

        <Card title={t("campaigns.builder.dates")}>
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField id="campaign-starts-at" type="datetime-local" label={t("campaigns.field.startsAt", { zone: timeZone })} hint={t("campaigns.field.startsAtHint")} value={values.startsLocal} onValue={(startsLocal) => onChange({ startsLocal })} error={errors.startsAt} />
            <TextField id="campaign-ends-at" type="datetime-local" label={t("campaigns.field.endsAt", { zone: timeZone })} hint={t("campaigns.field.endsAtHint")} value={values.endsLocal} onValue={(endsLocal) => onChange({ endsLocal })} error={errors.endsAt} />
          </div>
        </Card>

        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" busy={saving} data-testid="campaign-save">
            {submitLabel}
          </Button>
          <p className="text-xs text-slate-600">{t("campaigns.builder.draftHint")}</p>
        </div>
      </div>
      <div>
        <Card title={t("campaigns.builder.preview")} className="lg:sticky lg:top-20">
          {values.title.trim() || values.body.trim() ? (
            <PhoneMock appName={businessName} title={personalise(values.title, sample)} body={personalise(values.body, sample)} imageUrl={values.imageUrl.trim() || null} />
          ) : (
            <p className="text-sm text-slate-700" data-testid="campaign-preview-empty">
              {t("campaigns.builder.previewEmpty")}
            </p>
          )}
        </Card>
      </div>
    </form>
  );
}
