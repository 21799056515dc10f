"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { DetailHeader } from "@/components/ui/DetailHeader";
import { Badge, Card } from "@/components/ui/Page";
import { DeactivateLoyaltyProgramDocument, UpdateLoyaltyProgramDocument, type LoyaltyProgramFieldsFragment } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { flash } from "@/stores/flash";
import { describeRules, loyaltyErrors } from "../rules";
import { ProgramForm } from "./ProgramForm";
import { RewardsCatalogue } from "./RewardsCatalogue";

/** One program: its rules (Admins edit them), its state, and its rewards catalogue. */
export function ProgramSettings({ initial }: { initial: LoyaltyProgramFieldsFragment }) {
  const { t, fmt } = useI18n();
  const canManage = useSession((s) => s.can("loyalty.manage"));
  const currency = useSession((s) => s.business?.currency ?? "USD");
  const [program, setProgram] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [deactivate, deactivating] = useMutation(DeactivateLoyaltyProgramDocument);
  const [update, updating] = useMutation(UpdateLoyaltyProgramDocument);

  useEffect(() => {
    setNotice(flash.getState().take());
  }, []);

  async function toggleActive() {
    if (program.active && !window.confirm(t("loyalty.confirmDeactivate", { name: program.name }))) return;
    const result = program.active ? await deactivate({ id: program.id }) : await update({ id: program.id, input: { active: true } });
    if (!result.ok) {
      setErrors(loyaltyErrors(result.errors, [], t, fmt).form);
      return;
    }
    const saved = "deactivateLoyaltyProgram" in result.data ? result.data.deactivateLoyaltyProgram : result.data.updateLoyaltyProgram;
    setProgram(saved);
    setErrors([]);
    setNotice(t(saved.active ? "loyalty.reactivated" : "loyalty.deactivated", { name: saved.name }));
  }

  return (
    <div className="space-y-4">
      <DetailHeader
        name={program.name}
        nameTestId="program-name"
        badge={
          <Badge tone={program.active ? "green" : "slate"}>
            <span data-testid="program-state">{t(program.active ? "loyalty.active" : "loyalty.inactive")}</span>
          </Badge>
        }
        actions={
          canManage ? (
            <Button variant={program.active ? "danger" : "secondary"} busy={deactivating || updating} onClick={() => void toggleActive()} data-testid="program-toggle-active">
              {t(program.active ? "loyalty.deactivate" : "loyalty.reactivate")}
            </Button>
          ) : null
        }
        backHref="/loyalty"
        backLabel={t("loyalty.back")}
        notice={notice}
        errors={errors}
        testId="program"
      >
        {" · "}
        {t(`loyalty.kind.${program.kind}`)}
      </DetailHeader>
      {!canManage ? <Alert kind="info" testId="loyalty-read-only">{t("loyalty.readOnly")}</Alert> : null}

      <Card title={t("loyalty.form.settings")}>
        {canManage ? (
          <ProgramForm
            key={program.id}
            program={program}
            onSaved={(saved) => {
              setProgram(saved);
              setNotice(t("loyalty.saved", { name: saved.name }));
            }}
          />
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-slate-900" data-testid="program-rules">
            {describeRules(program, t, currency, fmt.locale).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </Card>

      <RewardsCatalogue program={program} onChange={(rewards) => setProgram((p) => ({ ...p, rewards }))} />
    </div>
  );
}
