"use client";

import type { TimeZoneOptions } from "@/lib/timezones";
import { timeZoneLabel } from "@/lib/timezones";
import { SelectField } from "./Field";

export function TimeZoneSelect({
  id,
  label,
  value,
  onValue,
  options,
  error,
  frequentLabel,
  allLabel,
  disabled,
}: {
  id: string;
  label: string;
  value: string;
  onValue: (zone: string) => void;
  options: TimeZoneOptions;
  error?: string | null;
  frequentLabel: string;
  allLabel: string;
  disabled?: boolean;
}) {
  return (
    <SelectField id={id} label={label} required value={value} onValue={onValue} error={error} disabled={disabled}>
      <option value="" disabled>
        —
      </option>
      <optgroup label={frequentLabel}>
        {options.frequent.map((zone) => (
          <option key={`f-${zone}`} value={zone}>
            {timeZoneLabel(zone)}
          </option>
        ))}
      </optgroup>
      <optgroup label={allLabel}>
        {options.all.map((zone) => (
          <option key={zone} value={zone}>
            {timeZoneLabel(zone)}
          </option>
        ))}
      </optgroup>
    </SelectField>
  );
}
