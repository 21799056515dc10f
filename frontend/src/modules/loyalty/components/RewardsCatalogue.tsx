"use client";

import { useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Badge, Card, TableWrap, td, th } from "@/components/ui/Page";
import { DeactivateRewardDocument, UpdateRewardDocument, type LoyaltyProgramFieldsFragment, type RewardFieldsFragment } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { loyaltyErrors } from "../rules";
import { RewardForm } from "./RewardForm";

/** Cheapest first, as the API keeps it. */
function sorted(rewards: RewardFieldsFragment[]): RewardFieldsFragment[] {
  return [...rewards].sort((a, b) => a.cost - b.cost || a.name.localeCompare(b.name));
}

/** The program's rewards, withdrawn ones too; Admins add, edit, withdraw and offer them again. */
export function RewardsCatalogue({
  program,
  onChange,
}: {
  program: LoyaltyProgramFieldsFragment;
  onChange: (rewards: RewardFieldsFragment[]) => void;
}) {
  const { t, fmt } = useI18n();
  const canManage = useSession((s) => s.can("loyalty.manage"));
  const [editing, setEditing] = useState<RewardFieldsFragment | "new" | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [deactivate] = useMutation(DeactivateRewardDocument);
  const [update] = useMutation(UpdateRewardDocument);
  const unit = t(`loyalty.unit.${program.kind}`);

  function replace(saved: RewardFieldsFragment) {
    const others = program.rewards.filter((r) => r.id !== saved.id);
    onChange(sorted([...others, saved]));
  }

  async function toggle(reward: RewardFieldsFragment) {
    setBusyId(reward.id);
    const result = reward.active ? await deactivate({ id: reward.id }) : await update({ id: reward.id, input: { active: true } });
    setBusyId(null);
    if (!result.ok) {
      setErrors(loyaltyErrors(result.errors, [], t, fmt).form);
      return;
    }
    const saved = "deactivateReward" in result.data ? result.data.deactivateReward : result.data.updateReward;
    replace(saved);
    setErrors([]);
    setNotice(t(saved.active ? "loyalty.rewards.restored" : "loyalty.rewards.withdrawn", { name: saved.name }));
  }

  return (
    <Card title={t("loyalty.rewards.title")}>
      <div className="space-y-4">
        {notice ? <Alert kind="success" testId="rewards-notice">{notice}</Alert> : null}
        <AlertList messages={errors} testId="rewards-errors" />
        {canManage && editing === null ? (
          <Button onClick={() => { setEditing("new"); setNotice(null); }} data-testid="new-reward">
            {t("loyalty.rewards.new")}
          </Button>
        ) : null}
        {canManage && editing !== null ? (
          <div className="rounded-md border border-indigo-200 bg-indigo-50/40 p-4">
            <h3 className="mb-3 font-medium text-slate-900">
              {editing === "new" ? t("loyalty.rewards.new") : t("loyalty.rewards.editNamed", { name: editing.name })}
            </h3>
            <RewardForm
              key={editing === "new" ? "new" : editing.id}
              program={program}
              reward={editing === "new" ? null : editing}
              onCancel={() => setEditing(null)}
              onSaved={(saved) => {
                replace(saved);
                setNotice(t(editing === "new" ? "loyalty.rewards.added" : "loyalty.rewards.saved", { name: saved.name }));
                setEditing(null);
              }}
            />
          </div>
        ) : null}
        {program.rewards.length === 0 ? (
          <p className="text-slate-700" data-testid="rewards-empty">{t("loyalty.rewards.empty")}</p>
        ) : (
          <TableWrap label={t("loyalty.rewards.title")}>
            <thead className="bg-slate-50">
              <tr>
                <th className={th}>{t("loyalty.rewards.col.name")}</th>
                <th className={th}>{t("loyalty.rewards.col.cost")}</th>
                <th className={th}>{t("loyalty.rewards.col.stock")}</th>
                <th className={th}>{t("loyalty.rewards.col.state")}</th>
                {canManage ? <th className={th}>{t("loyalty.rewards.col.actions")}</th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {program.rewards.map((reward) => (
                <tr key={reward.id} data-testid="reward-row" data-active={reward.active}>
                  <td className={td}>
                    <span className="font-medium">{reward.name}</span>
                    {reward.description ? <span className="block text-xs text-slate-600">{reward.description}</span> : null}
                  </td>
                  <td className={`${td} tabular-nums`}>
                    {reward.cost.toLocaleString(fmt.locale)} {unit}
                  </td>
                  <td className={`${td} tabular-nums`}>
                    {reward.stock == null ? t("loyalty.rewards.unlimited") : reward.stock === 0 ? <Badge tone="amber">{t("loyalty.rewards.soldOut")}</Badge> : reward.stock.toLocaleString(fmt.locale)}
                  </td>
                  <td className={td}>
                    <Badge tone={reward.active ? "green" : "slate"}>{t(reward.active ? "loyalty.active" : "loyalty.inactive")}</Badge>
                  </td>
                  {canManage ? (
                    <td className={td}>
                      <div className="flex flex-wrap gap-2">
                        <Button variant="secondary" small aria-label={t("loyalty.rewards.editNamed", { name: reward.name })} onClick={() => { setEditing(reward); setNotice(null); }}>
                          {t("loyalty.rewards.edit")}
                        </Button>
                        <Button
                          variant={reward.active ? "ghost" : "secondary"}
                          small
                          busy={busyId === reward.id}
                          aria-label={t(reward.active ? "loyalty.rewards.withdrawNamed" : "loyalty.rewards.restoreNamed", { name: reward.name })}
                          onClick={() => void toggle(reward)}
                        >
                          {t(reward.active ? "loyalty.rewards.withdraw" : "loyalty.rewards.restore")}
                        </Button>
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </TableWrap>
        )}
      </div>
    </Card>
  );
}
