"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { SelectField, TextField } from "@/components/ui/Field";
import type { CampaignTrigger } from "@/gql/graphql";
import { CAMPAIGN_LIMITS, TRIGGER_FIELDS, TRIGGERS, type BuilderField, type TriggerValues } from "../builder";
import type { BuilderOptions } from "../options";

/** The trigger picker and the fields of the chosen trigger only (days, hours, a local time, zones...). */
export function TriggerFields({
  value,
  onChange,
  errors,
  options,
}: {
  value: TriggerValues;
  onChange: (changes: Partial<TriggerValues>) => void;
  errors: Partial<Record<BuilderField, string>>;
  options: BuilderOptions;
}) {
  const { t } = useI18n();
  const fields = TRIGGER_FIELDS[value.type];
  const program = options.programs.find((p) => p.id === value.programId);
  const rewards = program ? program.rewards : options.programs.flatMap((p) => p.rewards);
  const zoneCount = options.locations.reduce((n, l) => n + l.zones.length, 0);
  return (
    <div className="space-y-3" data-testid="trigger-fields" data-trigger={value.type}>
      <SelectField id="campaign-trigger" label={t("campaigns.trigger.type")} value={value.type} onValue={(type) => onChange({ type: type as CampaignTrigger })} error={errors.trigger} hint={t(`campaigns.triggerHint.${value.type}`)}>
        {TRIGGERS.map((type) => (
          <option key={type} value={type}>
            {t(`campaigns.triggerName.${type}`)}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-3 sm:grid-cols-2">
        {fields.includes("days") ? (
          <TextField
            id="trigger-days"
            type="number"
            inputMode="numeric"
            min={CAMPAIGN_LIMITS.inactivityDays.min}
            max={CAMPAIGN_LIMITS.inactivityDays.max}
            label={t("campaigns.trigger.days")}
            hint={t("campaigns.trigger.daysHint", { min: CAMPAIGN_LIMITS.inactivityDays.min, max: CAMPAIGN_LIMITS.inactivityDays.max })}
            value={value.days}
            onValue={(days) => onChange({ days })}
            error={errors.triggerDays}
            required
          />
        ) : null}
        {fields.includes("hours") ? (
          <TextField
            id="trigger-hours"
            type="number"
            inputMode="numeric"
            min={CAMPAIGN_LIMITS.hours.min}
            max={CAMPAIGN_LIMITS.hours.max}
            label={t(value.type === "WELCOME" ? "campaigns.trigger.hoursAfterJoin" : "campaigns.trigger.hoursAfterVisit")}
            hint={t("campaigns.trigger.hoursHint", { max: CAMPAIGN_LIMITS.hours.max })}
            value={value.hours}
            onValue={(hours) => onChange({ hours })}
            error={errors.triggerHours}
            required
          />
        ) : null}
        {fields.includes("localTime") ? (
          <TextField id="trigger-local-time" type="time" label={t("campaigns.trigger.localTime")} hint={t("campaigns.trigger.localTimeHint")} value={value.localTime} onValue={(localTime) => onChange({ localTime })} error={errors.triggerLocalTime} required />
        ) : null}
        {fields.includes("points") ? (
          <TextField id="trigger-points" type="number" inputMode="numeric" min={1} label={t("campaigns.trigger.points")} value={value.points} onValue={(points) => onChange({ points })} error={errors.points} required />
        ) : null}
        {fields.includes("programId") ? (
          <SelectField id="trigger-program" label={t("campaigns.trigger.program")} value={value.programId} onValue={(programId) => onChange({ programId, rewardId: "" })} error={errors.programId}>
            <option value="">{t("campaigns.trigger.anyProgram")}</option>
            {options.programs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        {fields.includes("rewardId") ? (
          <SelectField id="trigger-reward" label={t("campaigns.trigger.reward")} value={value.rewardId} onValue={(rewardId) => onChange({ rewardId })} error={errors.rewardId}>
            <option value="">{t("campaigns.trigger.anyReward")}</option>
            {rewards.map((r) => (
              <option key={r.id} value={r.id}>
                {t("campaigns.trigger.rewardOption", { name: r.name, cost: r.cost })}
              </option>
            ))}
          </SelectField>
        ) : null}
        {fields.includes("cooldownHours") ? (
          <TextField
            id="trigger-cooldown"
            type="number"
            inputMode="numeric"
            min={CAMPAIGN_LIMITS.cooldownHours.min}
            max={CAMPAIGN_LIMITS.cooldownHours.max}
            label={t("campaigns.trigger.cooldown")}
            hint={t("campaigns.trigger.cooldownHint")}
            value={value.cooldownHours}
            onValue={(cooldownHours) => onChange({ cooldownHours })}
            error={errors.cooldownHours}
          />
        ) : null}
      </div>
      {fields.includes("geofenceIds") ? (
        <fieldset aria-describedby={errors.geofenceIds ? "trigger-zones-error" : undefined} aria-invalid={errors.geofenceIds ? true : undefined} data-testid="trigger-zones">
          <legend className="text-sm font-medium text-slate-800">
            {t("campaigns.trigger.zones")}
            <span aria-hidden="true" className="text-red-700"> *</span>
          </legend>
          {zoneCount === 0 ? <p className="text-sm text-slate-700">{t("campaigns.trigger.noZones")}</p> : null}
          {options.locations
            .filter((l) => l.zones.length > 0)
            .map((location) => (
              <div key={location.id} className="mt-1">
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{location.name}</p>
                <div className="grid gap-1 sm:grid-cols-2">
                  {location.zones.map((zone) => {
                    const checked = value.geofenceIds.includes(zone.id);
                    return (
                      <label key={zone.id} className="flex items-center gap-2 text-sm text-slate-800">
                        <input
                          type="checkbox"
                          checked={checked}
                          data-testid={`zone-${zone.id}`}
                          onChange={() => onChange({ geofenceIds: checked ? value.geofenceIds.filter((id) => id !== zone.id) : [...value.geofenceIds, zone.id] })}
                        />
                        {zone.name}
                      </label>
                    );
                  })}
                </div>
              </div>
            ))}
          {errors.geofenceIds ? (
            <p id="trigger-zones-error" className="mt-1 text-sm text-red-700" data-field-error>
              {errors.geofenceIds}
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}
