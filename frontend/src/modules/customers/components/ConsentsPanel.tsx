"use client";

import { useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/Field";
import { Badge, Card } from "@/components/ui/Page";
import { SetCustomerConsentsDocument, type ConsentSource, type ConsentType, type CustomerConsentFieldsFragment } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { formatDateTime } from "@/lib/format";
import { useConsentHistory } from "../hooks/useConsentHistory";
import { describeEntry } from "../timeline";

const TYPES: readonly ConsentType[] = ["PUSH", "LOCATION", "MARKETING"];
const FIELD: Record<ConsentType, "push" | "location" | "marketing"> = { PUSH: "push", LOCATION: "location", MARKETING: "marketing" };

/** Current answer per consent type, buttons to record a new one (with where it was given), and the history. */
export function ConsentsPanel({
  customerId,
  consents,
  onChange,
}: {
  customerId: string;
  consents: readonly CustomerConsentFieldsFragment[];
  onChange: (consents: CustomerConsentFieldsFragment[]) => void;
}) {
  const { t, fmt } = useI18n();
  const [source, setSource] = useState<ConsentSource>("IN_STORE");
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [save, saving] = useMutation(SetCustomerConsentsDocument);
  const history = useConsentHistory(customerId);
  const [historyOpen, setHistoryOpen] = useState(false);
  const byType = new Map(consents.map((c) => [c.type, c]));

  async function record(type: ConsentType, granted: boolean) {
    setNotice(null);
    const result = await save({ customerId, input: { source, [FIELD[type]]: granted } });
    if (!result.ok) {
      setErrors(result.errors.map((e) => describeError(e, t, fmt).message));
      return;
    }
    setErrors([]);
    setNotice(t("customers.consents.saved"));
    onChange(result.data.setCustomerConsents.consents);
    if (historyOpen) void history.load();
  }

  return (
    <Card title={t("customers.consents.title")}>
      <AlertList messages={errors} />
      {notice ? <Alert kind="success" testId="consents-notice">{notice}</Alert> : null}
      <SelectField id="consent-source" className="mb-3 max-w-xs" label={t("customers.consents.sourceLabel")} value={source} onValue={(v) => setSource(v as ConsentSource)}>
        <option value="IN_STORE">{t("consentSource.IN_STORE")}</option>
        <option value="PANEL">{t("consentSource.PANEL")}</option>
      </SelectField>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200" aria-label={t("customers.consents.title")}>
        {TYPES.map((type) => {
          const consent = byType.get(type);
          const granted = consent?.granted ?? null;
          const name = t(`consent.${type}`);
          return (
            <li key={type} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2" data-testid={`consent-${type}`}>
              <div className="min-w-0">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-slate-900">{name}</span>
                  <Badge tone={granted === true ? "green" : granted === false ? "red" : "slate"}>
                    {granted === true ? t("customers.consents.granted") : granted === false ? t("customers.consents.refused") : t("customers.consents.unknown")}
                  </Badge>
                </div>
                {consent?.changedAt ? (
                  <p className="text-xs text-slate-600">
                    {t("customers.consents.changedVia", { date: formatDateTime(consent.changedAt, fmt), source: consent.source ? t(`consentSource.${consent.source}`) : "—" })}
                  </p>
                ) : null}
              </div>
              <div className="flex gap-2">
                {granted !== true ? (
                  <Button small variant="secondary" busy={saving} onClick={() => void record(type, true)} aria-label={t("customers.consents.grantNamed", { type: name })}>
                    {t("customers.consents.grant")}
                  </Button>
                ) : null}
                {granted !== false ? (
                  <Button small variant="secondary" busy={saving} onClick={() => void record(type, false)} aria-label={t("customers.consents.withdrawNamed", { type: name })}>
                    {t("customers.consents.withdraw")}
                  </Button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <details
        className="mt-4"
        onToggle={(e) => {
          const open = (e.currentTarget as HTMLDetailsElement).open;
          setHistoryOpen(open);
          if (open) void history.load();
        }}
      >
        <summary className="cursor-pointer text-sm font-medium text-indigo-800" data-testid="consent-history-toggle">
          {t("customers.consents.history")}
        </summary>
        <AlertList messages={(history.errors ?? []).map((e) => describeError(e, t, fmt).message)} />
        {history.loading && !history.entries ? <p className="mt-2 text-sm text-slate-700">{t("app.loading")}</p> : null}
        {history.entries && history.entries.length === 0 ? <p className="mt-2 text-sm text-slate-700">{t("customers.consents.historyEmpty")}</p> : null}
        <ul className="mt-2 space-y-1" data-testid="consent-history">
          {(history.entries ?? []).map((node) => {
            const entry = describeEntry(node, { t, fmt, currency: "", locationName: () => undefined });
            return (
              <li key={node.id} className="text-sm text-slate-800">
                <time dateTime={node.occurredAt} className="text-slate-600">
                  {formatDateTime(node.occurredAt, fmt)}
                </time>{" "}
                — {entry.title}
                {entry.lines.length > 0 ? ` (${entry.lines.join(", ")})` : ""}
              </li>
            );
          })}
        </ul>
        {history.entries && !history.complete ? <p className="mt-2 text-xs text-slate-600">{t("customers.consents.historyMore")}</p> : null}
      </details>
    </Card>
  );
}
