"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { Button, focusRing } from "@/components/ui/Button";
import type { Weekday } from "@/gql/graphql";
import { WEEKDAYS, type ScheduleWindowValues } from "../zone";

const control = `mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-slate-900 shadow-sm ${focusRing}`;

/** Weekly windows in the business's time zone when GeoPush may fire; none means always. */
export function ScheduleEditor({
  windows,
  onChange,
  error,
  timeZone,
}: {
  windows: readonly ScheduleWindowValues[];
  onChange: (windows: ScheduleWindowValues[]) => void;
  error?: string;
  timeZone: string;
}) {
  const { t } = useI18n();
  const set = (index: number, changes: Partial<ScheduleWindowValues>) => onChange(windows.map((w, i) => (i === index ? { ...w, ...changes } : w)));
  const toggle = (index: number, day: Weekday) => {
    const days = windows[index]!.days;
    set(index, { days: days.includes(day) ? days.filter((d) => d !== day) : [...days, day] });
  };
  return (
    <fieldset aria-describedby={error ? "zone-schedule-error" : "zone-schedule-hint"} data-testid="zone-schedule">
      <legend className="text-sm font-medium text-slate-800">{t("geofences.form.schedule")}</legend>
      <p id="zone-schedule-hint" className="text-xs text-slate-600">
        {windows.length === 0 ? t("geofences.form.scheduleAlways") : t("geofences.form.scheduleHint", { timeZone })}
      </p>
      <ul className="mt-2 space-y-3">
        {windows.map((w, index) => (
          <li key={index} className="rounded-md border border-slate-200 p-3" data-testid="schedule-window">
            <div role="group" aria-label={t("geofences.form.scheduleDays", { n: index + 1 })} className="flex flex-wrap gap-2">
              {WEEKDAYS.map((day) => (
                <label key={day} className="flex items-center gap-1 text-sm text-slate-800">
                  <input type="checkbox" className={`h-4 w-4 ${focusRing}`} checked={w.days.includes(day)} onChange={() => toggle(index, day)} data-testid={`schedule-${index}-${day}`} />
                  {t(`geofences.day.${day}`)}
                </label>
              ))}
            </div>
            <div className="mt-2 flex flex-wrap items-end gap-3">
              <label className="text-sm text-slate-800">
                {t("geofences.form.from")}
                <input type="time" className={control} value={w.from} onChange={(e) => set(index, { from: e.target.value })} data-testid={`schedule-${index}-from`} />
              </label>
              <label className="text-sm text-slate-800">
                {t("geofences.form.to")}
                <input type="time" className={control} value={w.to} onChange={(e) => set(index, { to: e.target.value })} data-testid={`schedule-${index}-to`} />
              </label>
              <Button small variant="ghost" onClick={() => onChange(windows.filter((_, i) => i !== index))} aria-label={t("geofences.form.removeWindow", { n: index + 1 })}>
                {t("geofences.form.remove")}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <Button small variant="secondary" className="mt-2" onClick={() => onChange([...windows, { days: ["MON", "TUE", "WED", "THU", "FRI"], from: "08:00", to: "20:00" }])} data-testid="schedule-add">
        {t("geofences.form.addWindow")}
      </Button>
      {error ? (
        <p id="zone-schedule-error" className="mt-1 text-sm text-red-700" data-field-error>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
