"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button, buttonClass } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import { Badge, PageHeader, TableWrap, td, th } from "@/components/ui/Page";
import { PageNav } from "@/components/ui/PageNav";
import { CustomersDocument, type CustomerRowFragment, type CustomersQuery } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { formatDateTime, formatMoney } from "@/lib/format";
import { useDebouncedValue } from "@/lib/hooks/useDebouncedValue";
import { usePageStack } from "@/lib/hooks/usePageStack";
import { pageRange } from "@/lib/pagination";
import { flash } from "@/stores/flash";
import { CUSTOMERS_PAGE_SIZE, isFiltered, SEARCH_MAX, toCustomerFilter, toQueryString, type CustomerListQuery } from "../filters";
import { ExportButtons } from "./ExportButtons";

const SEARCH_DELAY_MS = 300;

/**
 * The customer list: first page rendered on the server for the URL's filters; typing, filters and
 * paging fetch on the client, and the URL follows (so reload, back and export see the same list).
 */
export function CustomersList({
  initial,
  initialQuery,
  tags,
  locations,
}: {
  initial: CustomersQuery;
  initialQuery: CustomerListQuery;
  tags: readonly string[];
  locations: ReadonlyArray<{ id: string; name: string }>;
}) {
  const { t, fmt } = useI18n();
  const currency = useSession((s) => s.business?.currency ?? "USD");
  const canExport = useSession((s) => s.can("customers.export"));
  const canImport = useSession((s) => s.can("customers.import"));
  const [searchText, setSearchText] = useState(initialQuery.search);
  const [tag, setTag] = useState(initialQuery.tag);
  const [locationId, setLocationId] = useState(initialQuery.locationId);
  const search = useDebouncedValue(searchText, SEARCH_DELAY_MS);
  const query: CustomerListQuery = { search, tag, locationId };
  const filter = toCustomerFilter(query);
  // The server renders the first page for the URL's filters; each read puts the filters back in the URL.
  const paging = usePageStack({
    initial: initial.customers,
    initialKey: JSON.stringify(toCustomerFilter(initialQuery)),
    filterKey: JSON.stringify(filter),
    fetchPage: (after) => {
      window.history.replaceState(null, "", `${window.location.pathname}${toQueryString(query)}`);
      return request(CustomersDocument, { first: CUSTOMERS_PAGE_SIZE, after, filter }).then((data) => data.customers);
    },
  });
  const { page, loading, errors } = paging;
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    setNotice(flash.getState().take());
  }, []);

  const rows: CustomerRowFragment[] = page.edges.map((e) => e.node);
  const range = pageRange(paging.stack, CUSTOMERS_PAGE_SIZE, rows.length, page.matchCount.value);
  const countLabel = t(page.matchCount.exact ? "customers.count" : "customers.countMore", { total: page.matchCount.value });
  const filtered = isFiltered(query) || searchText.trim() !== "";

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("customers.title")}
        actions={
          <>
            {canExport ? <ExportButtons query={query} /> : null}
            {canImport ? (
              <Link href="/customers/import" className={buttonClass("secondary")} data-testid="import-customers">
                {t("import.open")}
              </Link>
            ) : null}
            <Link href="/customers/new" className={buttonClass("primary")} data-testid="new-customer">
              {t("customers.new")}
            </Link>
          </>
        }
      >
        <span data-testid="customers-count">{countLabel}</span>
      </PageHeader>
      {notice ? <Alert kind="success" testId="customers-notice">{notice}</Alert> : null}

      <form role="search" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3" onSubmit={(e) => e.preventDefault()}>
        <TextField
          id="customer-search"
          type="search"
          label={t("customers.search")}
          placeholder={t("customers.searchPlaceholder")}
          hint={t("customers.searchHint")}
          maxLength={SEARCH_MAX}
          value={searchText}
          onValue={setSearchText}
          autoComplete="off"
        />
        <SelectField id="customer-tag" label={t("customers.filterTag")} value={tag} onValue={setTag}>
          <option value="">{t("customers.anyTag")}</option>
          {tags.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </SelectField>
        <SelectField id="customer-location" label={t("customers.filterLocation")} value={locationId} onValue={setLocationId}>
          <option value="">{t("customers.anyLocation")}</option>
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </SelectField>
        {filtered ? (
          <div className="sm:col-span-3">
            <Button
              variant="ghost"
              small
              onClick={() => {
                setSearchText("");
                setTag("");
                setLocationId("");
              }}
            >
              {t("customers.clearFilters")}
            </Button>
          </div>
        ) : null}
      </form>

      <AlertList messages={errors} />
      <p className="sr-only" role="status" aria-live="polite">
        {loading ? t("customers.searching") : countLabel}
      </p>

      {rows.length === 0 ? (
        <p className="text-slate-700" data-testid="customers-empty">
          {filtered ? t("customers.emptyFiltered") : t("customers.empty")}
        </p>
      ) : (
        <div className={loading ? "opacity-60 transition-opacity" : undefined} aria-busy={loading || undefined}>
          <TableWrap label={t("customers.title")}>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={th}>{t("customers.col.name")}</th>
                <th scope="col" className={th}>{t("customers.col.contact")}</th>
                <th scope="col" className={th}>{t("customers.col.tags")}</th>
                <th scope="col" className={`${th} text-right`}>{t("customers.col.visits")}</th>
                <th scope="col" className={th}>{t("customers.col.lastVisit")}</th>
                <th scope="col" className={`${th} text-right`}>{t("customers.col.spent")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="customers-table">
              {rows.map((customer) => (
                <tr key={customer.id} data-testid="customer-row">
                  <td className={`${td} font-medium`}>
                    <Link href={`/customers/${customer.id}`} className="text-indigo-800 underline">
                      {customer.displayName}
                    </Link>
                  </td>
                  <td className={td}>
                    <div className="break-all">{customer.email ?? ""}</div>
                    <div className="whitespace-nowrap text-slate-700">{customer.phone ?? ""}</div>
                  </td>
                  <td className={td}>
                    <div className="flex flex-wrap gap-1">
                      {customer.tags.map((name) => (
                        <Badge key={name} tone="indigo">
                          {name}
                        </Badge>
                      ))}
                    </div>
                  </td>
                  <td className={`${td} text-right tabular-nums`}>{customer.visitCount}</td>
                  <td className={`${td} whitespace-nowrap`}>{customer.lastVisitAt ? formatDateTime(customer.lastVisitAt, fmt) : t("customers.never")}</td>
                  <td className={`${td} whitespace-nowrap text-right tabular-nums`}>{formatMoney(customer.totalSpent, currency, fmt.locale)}</td>
                </tr>
              ))}
            </tbody>
          </TableWrap>
        </div>
      )}

      <PageNav paging={paging} empty={rows.length === 0} label={t("customers.pagination")} previousLabel={t("customers.previous")} nextLabel={t("customers.next")} testId="customers">
        <span className="text-sm text-slate-700" data-testid="customers-range">
          {t(page.matchCount.exact ? "customers.range" : "customers.rangeMore", { from: range.from, to: range.to, total: range.total ?? "?" })}
        </span>
      </PageNav>
    </div>
  );
}
