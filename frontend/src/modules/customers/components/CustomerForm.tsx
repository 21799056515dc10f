"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button, buttonClass } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import { CreateCustomerDocument, UpdateCustomerDocument, type CustomerDetailFieldsFragment } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { formErrorsFromApi } from "@/lib/api/messages";
import { messagesFor } from "@/lib/validation";
import { flash } from "@/stores/flash";
import { conflictOf, type CustomerConflict } from "../conflicts";
import {
  createInput,
  CUSTOMER_LIMITS,
  EMPTY_CUSTOMER_FORM,
  formValuesOf,
  todayIn,
  updateInput,
  validateCustomer,
  type CustomerField,
  type CustomerFormValues,
} from "../validation";

const FIELDS: readonly CustomerField[] = ["firstName", "lastName", "email", "phone", "birthday", "preferredLocationId", "tags"];

/** Create (customer null) or edit a customer. A duplicate email/phone links to the customer who has it. */
export function CustomerForm({
  customer,
  locations,
}: {
  customer: CustomerDetailFieldsFragment | null;
  locations: ReadonlyArray<{ id: string; name: string }>;
}) {
  const { t, fmt } = useI18n();
  const router = useRouter();
  const timeZone = useSession((s) => s.business?.timeZone ?? "UTC");
  const [values, setValues] = useState<CustomerFormValues>(() => (customer ? formValuesOf(customer) : EMPTY_CUSTOMER_FORM));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<CustomerField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState<CustomerConflict | null>(null);
  const [create, creating] = useMutation(CreateCustomerDocument);
  const [update, updating] = useMutation(UpdateCustomerDocument);
  const set = (field: keyof CustomerFormValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const toggle = (field: "consentPush" | "consentLocation" | "consentMarketing") => () => setValues((v) => ({ ...v, [field]: !v[field] }));
  const busy = creating || updating;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setConflict(null);
    const checked = validateCustomer(values, todayIn(timeZone));
    setFieldErrors(messagesFor(checked.errors, t));
    setFormErrors(checked.ok ? [] : [t("validation.formHasErrors")]);
    if (!checked.ok) return;
    const result = customer
      ? await update({ id: customer.id, input: updateInput(customer, checked.value) })
      : await create({ input: createInput(checked.value, values) });
    if (!result.ok) {
      const duplicate = conflictOf(result.errors);
      if (duplicate) {
        setConflict(duplicate);
        setFieldErrors({ [duplicate.field]: t(duplicate.field === "phone" ? "customers.conflict.phone" : "customers.conflict.email") });
        setFormErrors([]);
        return;
      }
      const mapped = formErrorsFromApi(result.errors, FIELDS, t, fmt, { tag: "tags", locationId: "preferredLocationId" });
      setFieldErrors(mapped.fields);
      setFormErrors(mapped.form);
      return;
    }
    const saved = "createCustomer" in result.data ? result.data.createCustomer : result.data.updateCustomer;
    flash.getState().show(t(customer ? "customers.updated" : "customers.created", { name: saved.displayName }));
    router.push(`/customers/${saved.id}`);
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="customer-form">
      <AlertList messages={formErrors} testId="customer-form-error" />
      {conflict ? (
        <Alert kind="warning" testId="customer-conflict">
          <p>{t(conflict.field === "phone" ? "customers.conflict.phone" : "customers.conflict.email")}</p>
          <Link href={`/customers/${conflict.existingCustomerId}`} className="mt-1 inline-block font-medium underline" data-testid="customer-conflict-link">
            {t("customers.conflict.open")}
          </Link>
        </Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="firstName" label={t("customers.form.firstName")} required maxLength={CUSTOMER_LIMITS.name} value={values.firstName} onValue={set("firstName")} error={fieldErrors.firstName} autoComplete="off" />
        <TextField id="lastName" label={t("customers.form.lastName")} maxLength={CUSTOMER_LIMITS.name} value={values.lastName} onValue={set("lastName")} error={fieldErrors.lastName} autoComplete="off" />
        <TextField id="email" type="email" label={t("customers.form.email")} value={values.email} onValue={set("email")} error={fieldErrors.email} autoComplete="off" inputMode="email" />
        <TextField id="phone" type="tel" label={t("customers.form.phone")} hint={t("customers.form.phoneHint")} value={values.phone} onValue={set("phone")} error={fieldErrors.phone} autoComplete="off" inputMode="tel" />
        <TextField id="birthday" type="date" label={t("customers.form.birthday")} value={values.birthday} onValue={set("birthday")} error={fieldErrors.birthday} max={todayIn(timeZone)} min="1900-01-01" />
        <SelectField id="preferredLocationId" label={t("customers.form.preferredLocation")} value={values.preferredLocationId} onValue={set("preferredLocationId")} error={fieldErrors.preferredLocationId}>
          <option value="">{t("customers.form.noLocation")}</option>
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </SelectField>
        <TextField id="tags" className="sm:col-span-2" label={t("customers.form.tags")} hint={t("customers.form.tagsHint")} value={values.tags} onValue={set("tags")} error={fieldErrors.tags} autoComplete="off" />
      </div>
      {customer ? null : (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("customers.form.consents")}</legend>
          <p className="text-xs text-slate-600">{t("customers.form.consentsHint")}</p>
          <div className="flex flex-wrap gap-4">
            {(
              [
                ["consentPush", "consent.PUSH"],
                ["consentLocation", "consent.LOCATION"],
                ["consentMarketing", "consent.MARKETING"],
              ] as const
            ).map(([field, label]) => (
              <label key={field} className="flex items-center gap-2 text-sm text-slate-800">
                <input id={field} type="checkbox" className="h-4 w-4" checked={values[field]} onChange={toggle(field)} />
                {t(label)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {!values.email.trim() && !values.phone.trim() ? <p className="text-sm text-slate-700">{t("customers.form.contactNeeded")}</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={busy} data-testid="customer-submit">
          {busy ? t("app.saving") : customer ? t("app.save") : t("customers.form.create")}
        </Button>
        <Link href={customer ? `/customers/${customer.id}` : "/customers"} className={buttonClass("secondary")}>
          {t("app.cancel")}
        </Link>
      </div>
    </form>
  );
}
