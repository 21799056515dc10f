"use client";

import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { AdjustPointsDocument, type LoyaltyCardFieldsFragment } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { checkAdjustment, loyaltyErrors, type AdjustField } from "../rules";

const FIELDS: readonly AdjustField[] = ["delta", "reason"];

/** Admin only: a manual credit or debit with its reason (kept in the ledger and the activity log). */
export function AdjustPointsForm({ card, onAdjusted }: { card: LoyaltyCardFieldsFragment; onAdjusted: (card: LoyaltyCardFieldsFragment) => void }) {
  const { t, fmt } = useI18n();
  const [delta, setDelta] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Partial<Record<AdjustField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [adjust, adjusting] = useMutation(AdjustPointsDocument);
  const id = (field: AdjustField) => `adjust-${card.id}-${field}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkAdjustment(delta, reason, card.balance, t, fmt.locale);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormErrors([]);
      return;
    }
    const result = await adjust({ input: { cardId: card.id, ...checked.input } });
    if (!result.ok) {
      // Insufficient balance and the balance limit are refusals of the amount: said beside it.
      const split = loyaltyErrors(result.errors, FIELDS, t, fmt);
      setErrors(split.fields);
      setFormErrors(split.form);
      return;
    }
    setDelta("");
    setReason("");
    setErrors({});
    setFormErrors([]);
    onAdjusted(result.data.adjustPoints);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded-md border border-slate-200 p-3" data-testid="adjust-form">
      <h3 className="font-medium text-slate-900">{t("cards.adjust")}</h3>
      <p className="text-xs text-slate-600">{t("cards.adjustNote")}</p>
      <AlertList messages={formErrors} testId="adjust-errors" />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id={id("delta")}
          label={t("cards.adjustDelta")}
          hint={t("cards.adjustDeltaHint")}
          inputMode="numeric"
          autoComplete="off"
          required
          value={delta}
          onValue={(v) => {
            setDelta(v);
            setErrors((e) => ({ ...e, delta: undefined }));
          }}
          error={errors.delta}
        />
        <TextField
          id={id("reason")}
          label={t("cards.adjustReason")}
          required
          maxLength={600}
          value={reason}
          onValue={(v) => {
            setReason(v);
            setErrors((e) => ({ ...e, reason: undefined }));
          }}
          error={errors.reason}
        />
      </div>
      <Button type="submit" busy={adjusting} data-testid="adjust-submit">
        {t("cards.adjustSubmit")}
      </Button>
    </form>
  );
}
