"use client";

import Link from "next/link";
import { useEffect, useState, type ReactNode } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/Button";
import { Card, DetailRow, PageHeader } from "@/components/ui/Page";
import type { CustomerDetailFieldsFragment } from "@/gql/graphql";
import { EMPTY, formatDate, formatDateTime, formatMoney } from "@/lib/format";
import { CustomerPushPanel } from "@/modules/push/components/CustomerPushPanel";
import { flash } from "@/stores/flash";
import { useTimeline } from "../hooks/useTimeline";
import { ConsentsPanel } from "./ConsentsPanel";
import { CustomerTimeline } from "./CustomerTimeline";
import { NotesPanel } from "./NotesPanel";
import { TagsEditor } from "./TagsEditor";

function Stat({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) {
  return (
    <div className="rounded-md bg-slate-50 p-3">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-slate-900 tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/**
 * One customer: counters, contact data, tags, notes, consents with their history, and the timeline.
 * The record arrives rendered from the server; edits update it here and reload the timeline.
 */
export function CustomerDetail({
  initial,
  locations,
  extra,
}: {
  initial: CustomerDetailFieldsFragment;
  locations: ReadonlyArray<{ id: string; name: string }>;
  /** Panels of other modules (the loyalty card), rendered beside the counters. */
  extra?: ReactNode;
}) {
  const { t, fmt } = useI18n();
  const currency = useSession((s) => s.business?.currency ?? "USD");
  const canPush = useSession((s) => s.can("push.send"));
  const [customer, setCustomer] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const timeline = useTimeline(customer.id);
  const names = new Map(locations.map((l) => [l.id, l.name]));
  const locationName = (id: string) => names.get(id);

  useEffect(() => {
    setNotice(flash.getState().take());
  }, []);
  useEffect(() => setCustomer(initial), [initial]);

  return (
    <div className="space-y-4">
      <PageHeader
        title={<span data-testid="customer-name">{customer.displayName}</span>}
        actions={
          <>
            {canPush ? (
              <Link href={`/push/new?customer=${customer.id}`} className={buttonClass("secondary")} data-testid="customer-send-push">
                {t("push.customer.send")}
              </Link>
            ) : null}
            <Link href={`/customers/${customer.id}/edit`} className={buttonClass("secondary")} data-testid="customer-edit">
              {t("customers.detail.edit")}
            </Link>
          </>
        }
      >
        <Link href="/customers" className="text-indigo-800 underline">
          {t("customers.title")}
        </Link>
      </PageHeader>
      {notice ? <Alert kind="success" testId="customer-notice">{notice}</Alert> : null}

      <Card title={t("customers.detail.counters")}>
        <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <Stat label={t("customers.detail.visits")} value={customer.visitCount} testId="customer-visits" />
          <Stat label={t("customers.detail.spent")} value={formatMoney(customer.totalSpent, currency, fmt.locale)} testId="customer-spent" />
          <Stat label={t("customers.detail.firstVisit")} value={customer.firstVisitAt ? formatDate(customer.firstVisitAt, fmt) : EMPTY} />
          <Stat label={t("customers.detail.lastVisit")} value={customer.lastVisitAt ? formatDateTime(customer.lastVisitAt, fmt) : EMPTY} testId="customer-last-visit" />
        </dl>
      </Card>
      {extra}

      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-4">
          <Card title={t("customers.detail.contact")}>
            <dl className="divide-y divide-slate-100">
              <DetailRow label={t("customers.detail.email")}>{customer.email ?? EMPTY}</DetailRow>
              <DetailRow label={t("customers.detail.phone")}>{customer.phone ?? EMPTY}</DetailRow>
              <DetailRow label={t("customers.detail.birthday")}>{customer.birthday ? formatDate(`${customer.birthday}T12:00:00Z`, { ...fmt, timeZone: "UTC" }) : EMPTY}</DetailRow>
              <DetailRow label={t("customers.detail.preferredLocation")}>{customer.preferredLocation?.name ?? EMPTY}</DetailRow>
              <DetailRow label={t("customers.detail.source")}>
                {["PANEL", "APP", "IMPORT", "API"].includes(customer.source) ? t(`customerSource.${customer.source as "PANEL"}`) : customer.source}
              </DetailRow>
              <DetailRow label={t("customers.detail.since")}>{formatDate(customer.createdAt, fmt)}</DetailRow>
            </dl>
          </Card>
          <TagsEditor customerId={customer.id} tags={customer.tags} onChange={(tags) => setCustomer((c) => ({ ...c, tags }))} />
          <ConsentsPanel
            customerId={customer.id}
            consents={customer.consents}
            onChange={(consents) => {
              setCustomer((c) => ({ ...c, consents }));
              void timeline.reload();
            }}
          />
          <NotesPanel
            customerId={customer.id}
            notes={customer.notes}
            onAdded={(note) => {
              setCustomer((c) => ({ ...c, notes: [{ ...note, authorUserId: null }, ...c.notes] }));
              void timeline.reload();
            }}
          />
        </div>
        <div className="space-y-4">
          <CustomerTimeline timeline={timeline} locationName={locationName} />
          <CustomerPushPanel customerId={customer.id} pushConsent={customer.consents.find((c) => c.type === "PUSH")?.granted ?? null} />
        </div>
      </div>
    </div>
  );
}
