"use client";

import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { CreateRewardDocument, UpdateRewardDocument, type LoyaltyProgramFieldsFragment, type RewardFieldsFragment } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { checkReward, emptyRewardForm, loyaltyErrors, rewardFormOf, type RewardField, type RewardForm as Form } from "../rules";

const FIELDS: readonly RewardField[] = ["name", "description", "cost", "stock"];

/** A reward of the catalogue: name, description, cost in the program's unit, stock (empty = unlimited). */
export function RewardForm({
  program,
  reward,
  onSaved,
  onCancel,
}: {
  program: Pick<LoyaltyProgramFieldsFragment, "id" | "kind" | "stampsPerReward">;
  /** null: a new reward. */
  reward: RewardFieldsFragment | null;
  onSaved: (reward: RewardFieldsFragment) => void;
  onCancel: () => void;
}) {
  const { t, fmt } = useI18n();
  const [form, setForm] = useState<Form>(() => (reward ? rewardFormOf(reward) : emptyRewardForm()));
  const [errors, setErrors] = useState<Partial<Record<RewardField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [create, creating] = useMutation(CreateRewardDocument);
  const [update, updating] = useMutation(UpdateRewardDocument);
  const unit = t(`loyalty.unit.${program.kind}`);

  function set(field: RewardField, value: string) {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkReward(form, program, t, reward ? "edit" : "create", fmt.locale);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormErrors([t("validation.formHasErrors")]);
      return;
    }
    const result = reward
      ? await update({ id: reward.id, input: checked.input })
      : await create({ input: { ...checked.input, programId: program.id } });
    if (!result.ok) {
      const split = loyaltyErrors(result.errors, FIELDS, t, fmt);
      setErrors(split.fields);
      setFormErrors(split.form.length > 0 ? split.form : [t("validation.formHasErrors")]);
      return;
    }
    onSaved("createReward" in result.data ? result.data.createReward : result.data.updateReward);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="reward-form">
      <AlertList messages={formErrors} testId="reward-form-errors" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="reward-name" label={t("loyalty.rewards.name")} required value={form.name} onValue={(v) => set("name", v)} error={errors.name} maxLength={120} />
        <TextField
          id="reward-cost"
          label={t("loyalty.rewards.cost", { unit })}
          required={program.kind === "POINTS" || reward !== null}
          hint={program.kind === "STAMPS" && !reward ? t("loyalty.rewards.costStampsHint", { count: program.stampsPerReward ?? 0 }) : undefined}
          inputMode="numeric"
          value={form.cost}
          onValue={(v) => set("cost", v)}
          error={errors.cost}
        />
        <TextField
          id="reward-description"
          label={t("loyalty.rewards.description")}
          value={form.description}
          onValue={(v) => set("description", v)}
          error={errors.description}
          className="sm:col-span-2"
        />
        <TextField id="reward-stock" label={t("loyalty.rewards.stock")} hint={t("loyalty.rewards.stockHint")} inputMode="numeric" value={form.stock} onValue={(v) => set("stock", v)} error={errors.stock} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={creating || updating} data-testid="reward-submit">
          {reward ? t("loyalty.rewards.save") : t("loyalty.rewards.add")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("loyalty.form.cancel")}
        </Button>
      </div>
    </form>
  );
}
