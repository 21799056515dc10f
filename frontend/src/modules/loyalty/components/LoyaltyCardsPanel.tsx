"use client";

import { useEffect, useMemo, useState, type FormEvent } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/Field";
import { Badge, Card } from "@/components/ui/Page";
import { IssueLoyaltyCardDocument, LedgerActorsDocument, type LoyaltyCardFieldsFragment } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { useMutation } from "@/lib/api/hooks";
import { loyaltyErrors } from "../rules";
import { AdjustPointsForm } from "./AdjustPointsForm";
import { CardLedger } from "./CardLedger";
import { QrCode } from "./QrCode";

export interface ProgramChoice {
  id: string;
  name: string;
}

function LoyaltyCardView({
  card,
  canAdjust,
  meId,
  actorNames,
  onChange,
}: {
  card: LoyaltyCardFieldsFragment;
  canAdjust: boolean;
  meId: string | null | undefined;
  actorNames: ReadonlyMap<string, string>;
  onChange: (card: LoyaltyCardFieldsFragment) => void;
}) {
  const { t, fmt } = useI18n();
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const unit = t(`loyalty.unit.${card.program.kind}`);
  return (
    <article className="space-y-4 rounded-lg border border-slate-200 p-4" data-testid="loyalty-card" data-program={card.program.name}>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h3 className="text-base font-semibold text-slate-900">
            {card.program.name}
            {!card.program.active ? (
              <span className="ml-2">
                <Badge>{t("loyalty.inactive")}</Badge>
              </span>
            ) : null}
          </h3>
          <p className="mt-1 text-sm text-slate-700">{t("cards.balance")}</p>
          <p className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="card-balance" data-balance={card.balance}>
            {t("cards.balanceOf", { balance: card.balance.toLocaleString(fmt.locale), unit })}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-4">
          <QrCode value={card.qrPayload} label={t("cards.qr")} />
          <dl className="text-sm">
            <dt className="text-slate-600">{t("cards.code")}</dt>
            <dd className="font-mono text-slate-900" data-testid="card-code">{card.code}</dd>
            <dt className="mt-2 text-slate-600">{t("cards.qrPayload")}</dt>
            <dd>
              <code className="break-all rounded bg-slate-100 px-1.5 py-0.5 text-xs" data-testid="card-qr-payload">{card.qrPayload}</code>
            </dd>
          </dl>
        </div>
      </div>
      {notice ? <Alert kind="success" testId="card-notice">{notice}</Alert> : null}
      <section aria-label={t("cards.available")}>
        <h3 className="font-medium text-slate-900">{t("cards.available")}</h3>
        {card.availableRewards.length === 0 ? (
          <p className="text-sm text-slate-700" data-testid="card-no-rewards">{t("cards.noneAvailable")}</p>
        ) : (
          <ul className="mt-1 flex flex-wrap gap-2" data-testid="card-rewards">
            {card.availableRewards.map((reward) => (
              <li key={reward.id} className="rounded-full bg-green-50 px-3 py-1 text-sm text-green-900">
                {reward.name} · {reward.cost.toLocaleString(fmt.locale)} {unit}
              </li>
            ))}
          </ul>
        )}
      </section>
      {canAdjust ? (
        <AdjustPointsForm
          card={card}
          onAdjusted={(adjusted) => {
            onChange(adjusted);
            setNotice(t("cards.adjusted", { balance: adjusted.balance.toLocaleString(fmt.locale), unit }));
            setVersion((v) => v + 1);
          }}
        />
      ) : null}
      <CardLedger cardId={card.id} version={version} meId={meId} actorNames={actorNames} />
    </article>
  );
}

/**
 * The customer's loyalty cards on their record: balance, code and QR payload, rewards the balance
 * pays for, the ledger; a card for a program they lack; Admins adjust balances with a reason.
 */
export function LoyaltyCardsPanel({
  customerId,
  initialCards,
  programs,
}: {
  customerId: string;
  initialCards: LoyaltyCardFieldsFragment[];
  /** The business's active programs (to issue a card in one the customer lacks). */
  programs: ProgramChoice[];
}) {
  const { t, fmt } = useI18n();
  const meId = useSession((s) => s.user?.id);
  const canAdjust = useSession((s) => s.can("points.adjust"));
  const canIssue = useSession((s) => s.can("visits.record"));
  const canListTeam = useSession((s) => s.can("team.view"));
  const [cards, setCards] = useState(initialCards);
  const [actorNames, setActorNames] = useState<ReadonlyMap<string, string>>(new Map());
  const missing = useMemo(() => programs.filter((p) => !cards.some((c) => c.program.id === p.id)), [programs, cards]);
  const [programId, setProgramId] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [issue, issuing] = useMutation(IssueLoyaltyCardDocument);

  useEffect(() => {
    if (!canListTeam) return;
    // Names of who moved balances; without them the ledger says "a panel user".
    request(LedgerActorsDocument, {})
      .then((data) => setActorNames(new Map(data.users.edges.map((e) => [e.node.id, e.node.displayName]))))
      .catch(() => undefined);
  }, [canListTeam]);

  async function issueCard(event: FormEvent) {
    event.preventDefault();
    const chosen = programId || missing[0]?.id;
    if (!chosen) return;
    const result = await issue({ customerId, programId: chosen });
    if (!result.ok) {
      setErrors(loyaltyErrors(result.errors, [], t, fmt).form);
      return;
    }
    const card = result.data.issueLoyaltyCard;
    setCards((current) => [...current.filter((c) => c.id !== card.id), card].sort((a, b) => a.program.name.localeCompare(b.program.name)));
    setErrors([]);
    setProgramId("");
    setNotice(t("cards.issued"));
  }

  return (
    <Card title={t("cards.title")}>
      <div className="space-y-4" data-testid="loyalty-cards">
        {notice ? <Alert kind="success" testId="cards-notice">{notice}</Alert> : null}
        <AlertList messages={errors} testId="cards-errors" />
        {cards.length === 0 ? <p className="text-slate-700" data-testid="cards-none">{t("cards.none")}</p> : null}
        {cards.map((card) => (
          <LoyaltyCardView
            key={card.id}
            card={card}
            canAdjust={canAdjust}
            meId={meId}
            actorNames={actorNames}
            onChange={(changed) => setCards((current) => current.map((c) => (c.id === changed.id ? changed : c)))}
          />
        ))}
        {canIssue && missing.length > 0 ? (
          <form onSubmit={issueCard} className="flex flex-wrap items-end gap-2" data-testid="issue-card">
            {missing.length > 1 ? (
              <SelectField id="issue-program" label={t("cards.issueProgram")} value={programId || missing[0]!.id} onValue={setProgramId}>
                {missing.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </SelectField>
            ) : null}
            <Button type="submit" variant="secondary" busy={issuing} data-testid="issue-card-submit">
              {t("cards.issue", { program: (missing.find((p) => p.id === programId) ?? missing[0]!).name })}
            </Button>
          </form>
        ) : null}
      </div>
    </Card>
  );
}
