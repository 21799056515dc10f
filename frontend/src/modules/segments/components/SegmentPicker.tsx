"use client";

import Link from "next/link";
import { useEffect } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { SelectField } from "@/components/ui/Field";
import { SegmentChoiceDocument, SegmentChoicesDocument } from "@/gql/graphql";
import { useQuery } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import type { Translator } from "@/lib/i18n";
import { countOf, formatCount } from "../count";
import { NEW_SEGMENT_URL, SEGMENTS_URL, segmentName } from "../names";

/** How many saved segments the picker lists (newest first); an older chosen one is read apart. */
export const PICKER_PAGE = 100;

export interface PickerChoice {
  id: string;
  /** "Campeones (12)" */
  label: string;
  /** The count in words ("12", "12.345+"). */
  count: string;
}

/** The picker's choices: ready-made and saved apart, labelled with their counts; and the chosen one. */
export function pickerGroups(
  rows: ReadonlyArray<{ id: string; name: string; builtIn: boolean; customerCount: number }>,
  value: string | null,
  t: Translator,
  locale: string,
): { builtIn: PickerChoice[]; saved: PickerChoice[]; chosen: PickerChoice | undefined } {
  const choice = (s: (typeof rows)[number]): PickerChoice => {
    const count = formatCount(countOf(s), locale);
    return { id: s.id, label: t("segments.picker.option", { name: segmentName(s, t), count }), count };
  };
  const builtIn = rows.filter((s) => s.builtIn).map(choice);
  const saved = rows.filter((s) => !s.builtIn).map(choice);
  return { builtIn, saved, chosen: [...builtIn, ...saved].find((c) => c.id === value) };
}

export interface SegmentPickerProps {
  /** The chosen segment's id (a saved one's, or a ready-made rfm: id); null for every customer. */
  value: string | null;
  /** Called with the new choice (null: every customer). */
  onChange: (id: string | null) => void;
  /** The select's id (default "segment-picker"), for a label elsewhere or a test. */
  id?: string;
  /** An error beside the field (e.g. the campaign API's refusal of segmentId). */
  error?: string | null;
  disabled?: boolean;
}

/**
 * Chooses who a campaign is for: every customer, a ready-made RFM segment or a saved one, each with how
 * many customers match now; with links to create a segment (Admins; opens in a new tab so the
 * campaign being written stays) and to the segments page. The list is read again when the tab regains
 * focus, so a segment just created there appears.
 */
export function SegmentPicker({ value, onChange, id = "segment-picker", error, disabled }: SegmentPickerProps) {
  const { t, fmt } = useI18n();
  const canManage = useSession((s) => s.can("segments.manage"));
  const choices = useQuery(SegmentChoicesDocument, { first: PICKER_PAGE });
  const rows = choices.data?.segments.edges.map((e) => e.node) ?? [];
  const listed = value === null || rows.some((r) => r.id === value);
  const extra = useQuery(SegmentChoiceDocument, { id: value ?? "" }, { skip: listed || choices.loading });
  const { refetch } = choices;

  useEffect(() => {
    const again = () => void refetch();
    window.addEventListener("focus", again);
    return () => window.removeEventListener("focus", again);
  }, [refetch]);

  const groups = pickerGroups(!listed && extra.data ? [...rows, extra.data.segment] : rows, value, t, fmt.locale);
  const { builtIn, saved, chosen } = groups;
  const loadError = choices.errors?.[0] ? describeError(choices.errors[0], t, fmt).message : null;

  return (
    <div className="space-y-1" data-testid="segment-picker">
      <SelectField id={id} label={t("segments.picker.label")} value={value ?? ""} disabled={disabled} error={error ?? loadError} onValue={(v) => onChange(v === "" ? null : v)}>
        <option value="">{t("segments.picker.everyone")}</option>
        {choices.loading && rows.length === 0 ? <option disabled>{t("segments.picker.loading")}</option> : null}
        {builtIn.length > 0 ? (
          <optgroup label={t("segments.picker.builtIn")}>
            {builtIn.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </optgroup>
        ) : null}
        {saved.length > 0 ? (
          <optgroup label={t("segments.picker.saved")}>
            {saved.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </optgroup>
        ) : null}
        {value !== null && !chosen ? <option value={value}>{value}</option> : null}
      </SelectField>
      <p className="text-xs text-slate-600" data-testid="segment-picker-hint">
        {value === null ? t("segments.picker.everyoneHint") : chosen ? t("segments.picker.chosenHint", { count: chosen.count }) : ""}
      </p>
      <p className="flex flex-wrap gap-3 text-sm">
        {canManage ? (
          <a href={NEW_SEGMENT_URL} target="_blank" rel="noopener" className="text-indigo-800 underline" data-testid="segment-picker-create">
            {t("segments.picker.create")}
          </a>
        ) : null}
        <Link href={SEGMENTS_URL} className="text-indigo-800 underline" data-testid="segment-picker-manage">
          {t("segments.picker.manage")}
        </Link>
      </p>
    </div>
  );
}
