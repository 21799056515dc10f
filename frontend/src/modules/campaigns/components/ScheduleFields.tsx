"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { CheckboxGroup, SelectField, TextField } from "@/components/ui/Field";
import type { CampaignKind, RecurrenceFrequency, Weekday } from "@/gql/graphql";
import { nowLocal } from "@/modules/push/compose";
import { CAMPAIGN_LIMITS, FREQUENCIES, WEEKDAYS, type BuilderField, type ScheduleValues } from "../builder";

/** When a one-off goes out (on activation or at a time) or how a recurring one repeats, in the business's zone. */
export function ScheduleFields({
  kind,
  value,
  onChange,
  errors,
  timeZone,
}: {
  kind: CampaignKind;
  value: ScheduleValues;
  onChange: (changes: Partial<ScheduleValues>) => void;
  errors: Partial<Record<BuilderField, string>>;
  timeZone: string;
}) {
  const { t } = useI18n();
  if (kind === "ONE_OFF") {
    return (
      <fieldset className="space-y-3" data-testid="schedule-one-off">
        <legend className="sr-only">{t("campaigns.schedule.title")}</legend>
        <div className="flex flex-wrap gap-4">
          {(["activation", "at"] as const).map((when) => (
            <label key={when} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="radio" name="campaign-when" value={when} checked={value.when === when} onChange={() => onChange({ when })} data-testid={`schedule-${when}`} />
              {t(`campaigns.schedule.${when}`)}
            </label>
          ))}
        </div>
        {value.when === "at" ? (
          <TextField
            id="schedule-send-at"
            type="datetime-local"
            className="max-w-xs"
            label={t("campaigns.schedule.sendAt", { zone: timeZone })}
            min={nowLocal(timeZone)}
            value={value.sendAtLocal}
            onValue={(sendAtLocal) => onChange({ sendAtLocal })}
            error={errors.sendAt}
            required
          />
        ) : errors.sendAt || errors.schedule ? (
          <p className="text-sm text-red-700" data-field-error>
            {errors.sendAt ?? errors.schedule}
          </p>
        ) : null}
      </fieldset>
    );
  }
  return (
    <div className="space-y-3" data-testid="schedule-recurring">
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField id="schedule-frequency" label={t("campaigns.schedule.frequency")} value={value.frequency} onValue={(frequency) => onChange({ frequency: frequency as RecurrenceFrequency })} error={errors.frequency ?? errors.schedule}>
          {FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {t(`campaigns.frequency.${f}`)}
            </option>
          ))}
        </SelectField>
        <TextField id="schedule-local-time" type="time" label={t("campaigns.schedule.localTime", { zone: timeZone })} value={value.localTime} onValue={(localTime) => onChange({ localTime })} error={errors.scheduleLocalTime} required />
        {value.frequency === "MONTHLY" ? (
          <TextField
            id="schedule-day-of-month"
            type="number"
            inputMode="numeric"
            min={CAMPAIGN_LIMITS.dayOfMonth.min}
            max={CAMPAIGN_LIMITS.dayOfMonth.max}
            label={t("campaigns.schedule.dayOfMonth")}
            hint={t("campaigns.schedule.dayOfMonthHint")}
            value={value.dayOfMonth}
            onValue={(dayOfMonth) => onChange({ dayOfMonth })}
            error={errors.dayOfMonth}
            required
          />
        ) : null}
      </div>
      {value.frequency === "WEEKLY" ? (
        <CheckboxGroup
          id="schedule-days"
          legend={t("campaigns.schedule.days")}
          options={WEEKDAYS.map((d) => ({ value: d, label: t(`campaigns.weekdayLong.${d}`) }))}
          selected={value.days}
          onChange={(days) => onChange({ days: days as Weekday[] })}
          error={errors.scheduleDays}
        />
      ) : null}
    </div>
  );
}
