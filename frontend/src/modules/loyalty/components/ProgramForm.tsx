"use client";

import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import {
  CreateLoyaltyProgramDocument,
  UpdateLoyaltyProgramDocument,
  type LoyaltyProgramFieldsFragment,
  type LoyaltyProgramKind,
} from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { checkProgram, emptyProgramForm, loyaltyErrors, programFormOf, programUpdate, type ProgramField, type ProgramForm as Form } from "../rules";

const FIELDS: readonly ProgramField[] = ["name", "kind", "pointsPerVisit", "pointsPerCurrencyUnit", "stampsPerReward", "expiryDays"];

/**
 * Creates a program (points or stamps) or edits its rules. Checks run here first; the API's field
 * errors land beside the same fields. The kind is fixed once created.
 */
export function ProgramForm({
  program,
  onSaved,
  onCancel,
}: {
  /** null: a new program. */
  program: LoyaltyProgramFieldsFragment | null;
  onSaved: (program: LoyaltyProgramFieldsFragment) => void;
  onCancel?: () => void;
}) {
  const { t, fmt } = useI18n();
  const currency = useSession((s) => s.business?.currency ?? "USD");
  const [form, setForm] = useState<Form>(() => (program ? programFormOf(program) : emptyProgramForm()));
  const [errors, setErrors] = useState<Partial<Record<ProgramField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [create, creating] = useMutation(CreateLoyaltyProgramDocument);
  const [update, updating] = useMutation(UpdateLoyaltyProgramDocument);
  const stamps = form.kind === "STAMPS";
  const id = (field: ProgramField) => `program-${field}`;

  function set<K extends keyof Form>(field: K, value: Form[K]) {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  }

  function chooseKind(kind: LoyaltyProgramKind) {
    // Each kind starts from its own sensible defaults; the name typed so far stays.
    setForm((f) => ({ ...emptyProgramForm(kind), name: f.name, expiryDays: f.expiryDays }));
    setErrors({});
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkProgram(form, t, fmt.locale);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormErrors([t("validation.formHasErrors")]);
      return;
    }
    const result = program
      ? await update({ id: program.id, input: programUpdate(checked.input) })
      : await create({ input: checked.input });
    if (!result.ok) {
      const split = loyaltyErrors(result.errors, FIELDS, t, fmt);
      setErrors(split.fields);
      setFormErrors(split.form.length > 0 ? split.form : [t("validation.formHasErrors")]);
      return;
    }
    setErrors({});
    setFormErrors([]);
    onSaved("createLoyaltyProgram" in result.data ? result.data.createLoyaltyProgram : result.data.updateLoyaltyProgram);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="program-form">
      <AlertList messages={formErrors} testId="program-form-errors" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={id("name")} label={t("loyalty.form.name")} required value={form.name} onValue={(v) => set("name", v)} error={errors.name} maxLength={120} />
        {program ? (
          <div>
            <p className="block text-sm font-medium text-slate-800">{t("loyalty.form.kind")}</p>
            <p className="mt-2 text-slate-900" data-testid="program-kind-fixed">{t(`loyalty.kind.${program.kind}`)}</p>
          </div>
        ) : (
          <SelectField id={id("kind")} label={t("loyalty.form.kind")} hint={t("loyalty.form.kindHint")} value={form.kind} onValue={(v) => chooseKind(v as LoyaltyProgramKind)} error={errors.kind}>
            <option value="POINTS">{t("loyalty.kind.POINTS")}</option>
            <option value="STAMPS">{t("loyalty.kind.STAMPS")}</option>
          </SelectField>
        )}
        <TextField
          id={id("pointsPerVisit")}
          label={t(stamps ? "loyalty.form.stampsPerVisit" : "loyalty.form.pointsPerVisit")}
          inputMode="numeric"
          value={form.pointsPerVisit}
          onValue={(v) => set("pointsPerVisit", v)}
          error={errors.pointsPerVisit}
        />
        {stamps ? (
          <TextField
            id={id("stampsPerReward")}
            label={t("loyalty.form.stampsPerReward")}
            required
            inputMode="numeric"
            value={form.stampsPerReward}
            onValue={(v) => set("stampsPerReward", v)}
            error={errors.stampsPerReward}
          />
        ) : (
          <TextField
            id={id("pointsPerCurrencyUnit")}
            label={t("loyalty.form.pointsPerCurrencyUnit", { currency })}
            hint={t("loyalty.form.pointsPerCurrencyUnitHint")}
            inputMode="decimal"
            value={form.pointsPerCurrencyUnit}
            onValue={(v) => set("pointsPerCurrencyUnit", v)}
            error={errors.pointsPerCurrencyUnit}
          />
        )}
        <TextField
          id={id("expiryDays")}
          label={t("loyalty.form.expiryDays")}
          hint={t("loyalty.form.expiryDaysHint")}
          inputMode="numeric"
          value={form.expiryDays}
          onValue={(v) => set("expiryDays", v)}
          error={errors.expiryDays}
        />
      </div>
      {program ? (
        <Alert kind="info" testId="program-rules-note">
          {t("loyalty.form.rulesNote")} {t("loyalty.form.expiryNote")}
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={creating || updating} data-testid="program-submit">
          {program ? t("loyalty.form.save") : t("loyalty.form.create")}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t("loyalty.form.cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
