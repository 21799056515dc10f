"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { Button } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import { CustomersDocument, type PushAudienceKind } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { useDebouncedValue } from "@/lib/hooks/useDebouncedValue";
import { normalizeSearch, SEARCH_MAX } from "@/modules/customers/filters";
import type { ComposerValues, PickedCustomer, SegmentValues } from "../compose";

const KINDS: readonly PushAudienceKind[] = ["CUSTOMER", "CUSTOMERS", "SEGMENT", "ALL"];
const RESULTS = 8;

/** Customers matching what was typed (debounced, at most 8), for picking one or adding to a list. */
function CustomerSearch({ id, onChoose, chooseLabel, exclude }: { id: string; onChoose: (c: PickedCustomer) => void; chooseLabel: (name: string) => string; exclude: ReadonlySet<string> }) {
  const { t } = useI18n();
  const [text, setText] = useState("");
  const search = normalizeSearch(useDebouncedValue(text, 300));
  const [results, setResults] = useState<PickedCustomer[] | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!search) {
      setResults(null);
      return;
    }
    let current = true;
    setLoading(true);
    request(CustomersDocument, { first: RESULTS, filter: { search } })
      .then((data) => current && setResults(data.customers.edges.map((e) => ({ id: e.node.id, displayName: e.node.displayName }))))
      .catch(() => current && setResults([]))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [search]);

  return (
    <div>
      <TextField id={id} type="search" label={t("push.audience.search")} placeholder={t("push.audience.searchPlaceholder")} maxLength={SEARCH_MAX} value={text} onValue={setText} autoComplete="off" />
      <p className="sr-only" role="status" aria-live="polite">
        {loading ? t("push.audience.searching") : ""}
      </p>
      {results && results.length === 0 ? <p className="mt-2 text-sm text-slate-700">{t("push.audience.noResults")}</p> : null}
      {results && results.length > 0 ? (
        <ul className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200" data-testid={`${id}-results`}>
          {results.map((c) => (
            <li key={c.id} className="flex items-center justify-between gap-2 px-3 py-1.5 text-sm">
              <span>{c.displayName}</span>
              <Button small variant="secondary" disabled={exclude.has(c.id)} onClick={() => onChoose(c)} aria-label={chooseLabel(c.displayName)} data-testid="audience-choose">
                {exclude.has(c.id) ? "✓" : t("push.audience.add")}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function SegmentFields({ segment, onChange, tags, locations, error }: { segment: SegmentValues; onChange: (s: SegmentValues) => void; tags: readonly string[]; locations: ReadonlyArray<{ id: string; name: string }>; error?: string | null }) {
  const { t } = useI18n();
  const set = (field: Exclude<keyof SegmentValues, "tags">) => (value: string) => onChange({ ...segment, [field]: value });
  return (
    <fieldset className="space-y-3" aria-describedby={error ? "segment-error" : undefined}>
      <legend className="text-sm text-slate-700">{t("push.segment.hint")}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="segment-search" type="search" label={t("push.segment.search")} maxLength={SEARCH_MAX} value={segment.search} onValue={set("search")} />
        <SelectField id="segment-location" label={t("push.segment.location")} value={segment.locationId} onValue={set("locationId")}>
          <option value="">{t("push.segment.anyLocation")}</option>
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="segment-preferred" label={t("push.segment.preferredLocation")} value={segment.preferredLocationId} onValue={set("preferredLocationId")}>
          <option value="">{t("push.segment.anyLocation")}</option>
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </SelectField>
        <div className="grid grid-cols-2 gap-3">
          <TextField id="segment-min-visits" inputMode="numeric" label={t("push.segment.minVisits")} value={segment.minVisits} onValue={set("minVisits")} />
          <TextField id="segment-max-visits" inputMode="numeric" label={t("push.segment.maxVisits")} value={segment.maxVisits} onValue={set("maxVisits")} />
        </div>
        <TextField id="segment-last-from" type="date" label={t("push.segment.lastVisitFrom")} value={segment.lastVisitFrom} onValue={set("lastVisitFrom")} />
        <TextField id="segment-last-to" type="date" label={t("push.segment.lastVisitTo")} value={segment.lastVisitTo} onValue={set("lastVisitTo")} />
        <TextField id="segment-joined-from" type="date" label={t("push.segment.joinedFrom")} value={segment.joinedFrom} onValue={set("joinedFrom")} />
        <TextField id="segment-joined-to" type="date" label={t("push.segment.joinedTo")} value={segment.joinedTo} onValue={set("joinedTo")} />
      </div>
      {tags.length > 0 ? (
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-800">{t("push.segment.tags")}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-2" data-testid="segment-tags">
            {tags.map((tag) => (
              <label key={tag} className="inline-flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="h-4 w-4"
                  checked={segment.tags.includes(tag)}
                  onChange={(e) => onChange({ ...segment, tags: e.target.checked ? [...segment.tags, tag] : segment.tags.filter((x) => x !== tag) })}
                />
                {tag}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {error ? (
        <p id="segment-error" className="text-sm text-red-700" data-field-error>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Who a push goes to: one customer, a hand-picked list, a segment of the customers list, or everyone. */
export function AudiencePicker({
  values,
  onChange,
  onlyOneCustomer,
  tags,
  locations,
  error,
  segmentError,
}: {
  values: ComposerValues;
  onChange: (changes: Partial<ComposerValues>) => void;
  /** Staff send to one customer only. */
  onlyOneCustomer: boolean;
  tags: readonly string[];
  locations: ReadonlyArray<{ id: string; name: string }>;
  error?: string | null;
  segmentError?: string | null;
}) {
  const { t } = useI18n();
  const listed = new Set(values.customers.map((c) => c.id));
  const kinds = onlyOneCustomer ? KINDS.slice(0, 1) : KINDS;
  return (
    <div className="space-y-3">
      {kinds.length > 1 ? (
        <fieldset>
          <legend className="block text-sm font-medium text-slate-800">{t("push.audience.kind")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {kinds.map((kind) => (
              <label key={kind} className="flex items-center gap-2 text-sm text-slate-800">
                <input type="radio" name="audience-kind" value={kind} checked={values.audience === kind} onChange={() => onChange({ audience: kind })} data-testid={`audience-${kind}`} />
                {t(`push.audience.${kind}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <p className="text-sm text-slate-700">{t("push.staffOnlyOne")}</p>
      )}

      {values.audience === "CUSTOMER" ? (
        values.customer ? (
          <div className="flex flex-wrap items-center gap-3 rounded-md bg-slate-50 px-3 py-2 text-sm" data-testid="audience-picked">
            <span className="font-medium text-slate-900">{t("push.audience.picked", { name: values.customer.displayName })}</span>
            <Button small variant="ghost" onClick={() => onChange({ customer: null })}>
              {t("push.audience.change")}
            </Button>
          </div>
        ) : (
          <CustomerSearch id="audience-search" exclude={new Set()} chooseLabel={(name) => t("push.audience.pickNamed", { name })} onChoose={(customer) => onChange({ customer })} />
        )
      ) : null}

      {values.audience === "CUSTOMERS" ? (
        <div className="space-y-2">
          <CustomerSearch id="audience-list-search" exclude={listed} chooseLabel={(name) => t("push.audience.addNamed", { name })} onChoose={(c) => onChange({ customers: [...values.customers, c] })} />
          <p className="text-sm text-slate-700" data-testid="audience-list-count">
            {t("push.audience.listCount", { count: values.customers.length })}
          </p>
          <ul className="flex flex-wrap gap-2" data-testid="audience-list">
            {values.customers.map((c) => (
              <li key={c.id} className="inline-flex items-center gap-1 rounded-full bg-indigo-50 py-0.5 pl-3 pr-1 text-sm text-indigo-900">
                {c.displayName}
                <button type="button" className="rounded-full px-1.5 hover:bg-indigo-100" aria-label={t("push.audience.removeNamed", { name: c.displayName })} onClick={() => onChange({ customers: values.customers.filter((x) => x.id !== c.id) })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {values.audience === "SEGMENT" ? <SegmentFields segment={values.segment} onChange={(segment) => onChange({ segment })} tags={tags} locations={locations} error={segmentError} /> : null}
      {values.audience === "ALL" ? <p className="text-sm text-slate-700">{t("push.audience.allHint")}</p> : null}

      {error ? (
        <p id="audience-error" className="text-sm text-red-700" data-field-error data-testid="audience-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
