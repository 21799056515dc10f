"use client";

import Link from "next/link";
import { useEffect, useState, type FormEvent } from "react";
import { useStore } from "zustand";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button, buttonClass } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import { Card } from "@/components/ui/Page";
import { CounterSearchDocument, RecordVisitDocument, type CounterCustomerFragment, type RecordVisitMutation } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { asApiErrors, type ApiError } from "@/lib/api/errors";
import { useMutation } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { formatDateTime, formatMoney } from "@/lib/format";
import { CounterRedeem } from "@/modules/loyalty/components/CounterRedeem";
import { locationSelection } from "@/stores/location";
import { parseAmount, parseLookup } from "../lookup";
import { QrScanner } from "./QrScanner";

/** Who the visit is for: a customer picked from the search, or a card code typed/scanned. */
type Target = { kind: "customer"; customer: CounterCustomerFragment } | { kind: "card"; code: string };

/**
 * The counter, laid out for a phone held at the till: one field to type or scan a card code or
 * search a customer, then the optional amount and one big button. Everything happens on the client.
 */
export function CounterScreen({ locations }: { locations: ReadonlyArray<{ id: string; name: string }> }) {
  const { t, fmt } = useI18n();
  const currency = useSession((s) => s.business?.currency ?? "USD");
  const selected = useStore(locationSelection, (s) => s.selectedLocationId);
  const [locationId, setLocationId] = useState(() => locations[0]?.id ?? "");
  const [lookup, setLookup] = useState("");
  const [results, setResults] = useState<CounterCustomerFragment[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [target, setTarget] = useState<Target | null>(null);
  const [amount, setAmount] = useState("");
  const [amountError, setAmountError] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<RecordVisitMutation["recordVisit"] | null>(null);
  const [record, recording] = useMutation(RecordVisitDocument);

  // The location chosen in the header (if it is one of ours) is where the visit happens.
  useEffect(() => {
    if (selected && locations.some((l) => l.id === selected)) setLocationId(selected);
  }, [selected, locations]);

  const say = (list: ApiError[]) =>
    list.map((e) => {
      if (e.field === "cardCode") return t(e.reason === "NO_LOYALTY_PROGRAM" ? "counter.noLoyalty" : "counter.cardNotFound");
      return describeError(e, t, fmt).message;
    });

  function reset() {
    setLookup("");
    setResults(null);
    setTarget(null);
    setAmount("");
    setAmountError(null);
    setErrors([]);
    setDone(null);
    setTimeout(() => document.getElementById("counter-lookup")?.focus(), 0);
  }

  async function find(text: string) {
    const parsed = parseLookup(text);
    setErrors([]);
    setDone(null);
    if (parsed.kind === "empty") return;
    if (parsed.kind === "card") {
      setResults(null);
      setTarget({ kind: "card", code: parsed.code });
      return;
    }
    setSearching(true);
    try {
      const data = await request(CounterSearchDocument, { search: parsed.text });
      const found = data.customers.edges.map((e) => e.node);
      setResults(found);
      if (found.length === 1) setTarget({ kind: "customer", customer: found[0]! });
    } catch (error) {
      setErrors(say(asApiErrors(error)));
    } finally {
      setSearching(false);
    }
  }

  async function submitVisit(event: FormEvent) {
    event.preventDefault();
    if (!target) return;
    const parsedAmount = parseAmount(amount);
    setAmountError(parsedAmount === null ? t("counter.amountInvalid") : null);
    if (parsedAmount === null) return;
    const result = await record({
      input: {
        locationId,
        ...(target.kind === "customer" ? { customerId: target.customer.id } : { cardCode: target.code }),
        ...(parsedAmount ? { amount: parsedAmount } : {}),
        source: target.kind === "card" ? "QR_SCAN" : "MANUAL",
      },
    });
    if (!result.ok) {
      const onAmount = result.errors.filter((e) => e.field === "amount");
      if (onAmount.length > 0) setAmountError(t("counter.amountInvalid"));
      setErrors(say(result.errors.filter((e) => e.field !== "amount")));
      return;
    }
    setErrors([]);
    setDone(result.data.recordVisit);
  }

  if (locations.length === 0) {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="mb-4 text-2xl font-semibold text-slate-900">{t("counter.title")}</h1>
        <Alert kind="warning" testId="counter-no-locations">{t("counter.noLocations")}</Alert>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-md space-y-4" data-testid="counter">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t("counter.title")}</h1>
        <p className="text-sm text-slate-700">{t("counter.subtitle")}</p>
      </div>
      {locations.length > 1 ? (
        <SelectField id="counter-location" label={t("counter.location")} value={locationId} onValue={(id) => { setLocationId(id); locationSelection.getState().select(id); }}>
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="text-sm text-slate-800">
          {t("counter.location")}: <strong data-testid="counter-location-name">{locations[0]!.name}</strong>
        </p>
      )}

      {done ? (
        <>
          <Card>
            <div role="status" data-testid="counter-done" className="space-y-2">
              <p className="text-lg font-semibold text-green-800">{t("counter.recorded", { name: done.customer.displayName, location: done.location.name })}</p>
              <p className="text-slate-800">{t("counter.recordedCount", { count: done.customer.visitCount })}</p>
              {done.amount ? <p className="text-slate-800">{t("counter.recordedAmount", { amount: formatMoney(done.amount, done.currency ?? currency, fmt.locale) })}</p> : null}
              <div className="flex flex-col gap-2 pt-2">
                <Button className="w-full py-3 text-base" onClick={reset} data-testid="counter-next">
                  {t("counter.next")}
                </Button>
                <Link href={`/customers/${done.customer.id}`} className={`${buttonClass("secondary")} w-full`}>
                  {t("counter.openCustomer")}
                </Link>
              </div>
            </div>
          </Card>
          <CounterRedeem target={{ kind: "customer", customerId: done.customer.id }} locationId={locationId} />
        </>
      ) : target ? (
        <>
          <Card>
            <form onSubmit={submitVisit} noValidate className="space-y-4" data-testid="counter-visit">
              {target.kind === "customer" ? (
                <div>
                  <p className="text-lg font-semibold text-slate-900" data-testid="counter-customer">{target.customer.displayName}</p>
                  <p className="text-sm text-slate-700">
                    {t("counter.visitsSoFar", { count: target.customer.visitCount })}
                    {target.customer.lastVisitAt ? ` · ${t("counter.lastVisit", { date: formatDateTime(target.customer.lastVisitAt, fmt) })}` : ""}
                  </p>
                </div>
              ) : (
                <div>
                  <p className="break-all text-lg font-semibold text-slate-900" data-testid="counter-card">{t("counter.card", { code: target.code })}</p>
                  <p className="text-sm text-slate-700">{t("counter.cardHint")}</p>
                </div>
              )}
              <AlertList messages={errors} testId="counter-error" />
              <TextField
                id="counter-amount"
                label={t("counter.amount")}
                hint={t("counter.amountHint", { currency })}
                inputMode="decimal"
                autoComplete="off"
                value={amount}
                onValue={(value) => {
                  setAmount(value);
                  setAmountError(null);
                }}
                error={amountError}
                className="text-lg"
              />
              <Button type="submit" busy={recording} className="w-full py-3 text-base" data-testid="counter-record">
                {recording ? t("counter.recording") : t("counter.record")}
              </Button>
              <Button variant="ghost" className="w-full" onClick={reset}>
                {t("counter.change")}
              </Button>
            </form>
          </Card>
          {/* Rewards of the card (or the customer's cards), redeemed here at the same location. */}
          <CounterRedeem target={target.kind === "card" ? target : { kind: "customer", customerId: target.customer.id }} locationId={locationId} />
        </>
      ) : (
        <>
          <form
            role="search"
            className="space-y-3"
            onSubmit={(e) => {
              e.preventDefault();
              void find(lookup);
            }}
          >
            <TextField
              id="counter-lookup"
              label={t("counter.lookup")}
              hint={t("counter.lookupHint")}
              value={lookup}
              onValue={setLookup}
              autoComplete="off"
              autoCapitalize="off"
              enterKeyHint="search"
              autoFocus
              className="text-lg"
            />
            <div className="flex gap-2">
              <Button type="submit" busy={searching} className="flex-1 py-3 text-base" data-testid="counter-find">
                {t("counter.find")}
              </Button>
              <QrScanner
                onCode={(code) => {
                  setLookup(code);
                  void find(code);
                }}
              />
            </div>
          </form>
          <AlertList messages={errors} testId="counter-error" />
          {results ? (
            <section aria-label={t("counter.results")}>
              {results.length === 0 ? (
                <div className="space-y-2">
                  <p className="text-slate-700" data-testid="counter-no-results">{t("counter.noResults")}</p>
                  <Link href="/customers/new" className={buttonClass("secondary")}>
                    {t("counter.newCustomer")}
                  </Link>
                </div>
              ) : (
                <ul className="space-y-2" data-testid="counter-results">
                  {results.map((customer) => (
                    <li key={customer.id}>
                      <button
                        type="button"
                        className="w-full rounded-lg border border-slate-200 bg-white p-3 text-left hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
                        aria-label={t("counter.choose", { name: customer.displayName })}
                        onClick={() => setTarget({ kind: "customer", customer })}
                      >
                        <span className="block font-medium text-slate-900">{customer.displayName}</span>
                        <span className="block text-sm text-slate-700">{[customer.phone, customer.email].filter(Boolean).join(" · ")}</span>
                        <span className="block text-xs text-slate-600">{t("counter.visitsSoFar", { count: customer.visitCount })}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
