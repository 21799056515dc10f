"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Page";
import {
  CustomerLoyaltyCardsDocument,
  LoyaltyCardByCodeDocument,
  RedeemRewardDocument,
  type LoyaltyCardFieldsFragment,
  type RewardFieldsFragment,
} from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { asApiErrors } from "@/lib/api/errors";
import { useMutation } from "@/lib/api/hooks";
import { loyaltyErrors } from "../rules";

/** Whose cards: the card typed or scanned (its code or QR text), or the customer picked from a search. */
export type RedeemTarget = { kind: "card"; code: string } | { kind: "customer"; customerId: string };

/**
 * The counter's redemption: the card's balance and the rewards it pays for, one big button each;
 * a confirmation, then the reward is redeemed at the counter's location and the new balance shown.
 * Refusals (insufficient balance, out of stock: another till may have been quicker) are said in words.
 */
export function CounterRedeem({ target, locationId }: { target: RedeemTarget; locationId: string }) {
  const { t, fmt } = useI18n();
  const [cards, setCards] = useState<LoyaltyCardFieldsFragment[] | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [redeem, redeeming] = useMutation(RedeemRewardDocument);
  const key = target.kind === "card" ? `card:${target.code}` : `customer:${target.customerId}`;

  /** The target's cards as they are now (a refusal means the screen was out of date). */
  async function fetchCards(): Promise<LoyaltyCardFieldsFragment[]> {
    if (target.kind === "card") return [(await request(LoyaltyCardByCodeDocument, { code: target.code })).loyaltyCardByCode];
    return (await request(CustomerLoyaltyCardsDocument, { customerId: target.customerId })).customer.loyaltyCards;
  }

  useEffect(() => {
    let current = true;
    setCards(null);
    setDone(null);
    setErrors([]);
    fetchCards()
      .then((found) => current && setCards(found))
      .catch((error: unknown) => {
        // An unknown code is explained by the visit form above; nothing to redeem then.
        const list = asApiErrors(error).filter((e) => e.code !== "NOT_FOUND");
        if (current) {
          setCards([]);
          setErrors(loyaltyErrors(list, [], t, fmt).form);
        }
      });
    return () => {
      current = false;
    };
    // The key says everything about the target (a new object with the same code loads nothing new).
  }, [key]);

  async function redeemReward(card: LoyaltyCardFieldsFragment, reward: RewardFieldsFragment) {
    const unit = t(`loyalty.unit.${card.program.kind}`);
    if (!window.confirm(t("counter.confirmRedeem", { reward: reward.name, cost: reward.cost.toLocaleString(fmt.locale), unit }))) return;
    setDone(null);
    const result = await redeem({ input: { cardId: card.id, rewardId: reward.id, locationId } });
    if (!result.ok) {
      setErrors(loyaltyErrors(result.errors, [], t, fmt).form);
      // Another till or an Admin changed the balance or the stock: show what is true now.
      await fetchCards().then(setCards, () => undefined);
      return;
    }
    const redemption = result.data.redeemReward;
    setCards((current) => current?.map((c) => (c.id === redemption.card.id ? redemption.card : c)) ?? null);
    setErrors([]);
    setDone(t("counter.redeemed", { reward: redemption.reward.name, balance: redemption.balanceAfter.toLocaleString(fmt.locale), unit }));
  }

  if (cards === null) return <div data-testid="redeem-loading" aria-busy="true" />;
  if (cards.length === 0 && errors.length === 0) return null;

  return (
    <Card title={t("counter.rewardsTitle")}>
      <div className="space-y-4" data-testid="counter-redeem">
        {done ? <Alert kind="success" testId="redeem-done">{done}</Alert> : null}
        <AlertList messages={errors} testId="redeem-error" />
        {cards.map((card) => {
          const unit = t(`loyalty.unit.${card.program.kind}`);
          return (
            <div key={card.id} className="space-y-2" data-testid="redeem-card">
              {target.kind === "card" ? <p className="text-slate-800" data-testid="redeem-holder">{card.holder.displayName}</p> : null}
              <p className="text-lg font-semibold text-slate-900" data-testid="redeem-balance" data-balance={card.balance}>
                {t("counter.balance", { program: card.program.name, balance: card.balance.toLocaleString(fmt.locale), unit })}
              </p>
              {card.availableRewards.length === 0 ? (
                <p className="text-sm text-slate-700" data-testid="redeem-none">{t("counter.noRewards")}</p>
              ) : (
                <ul className="space-y-2">
                  {card.availableRewards.map((reward) => (
                    <li key={reward.id}>
                      <Button
                        variant="secondary"
                        busy={redeeming}
                        className="w-full justify-between py-3 text-base"
                        onClick={() => void redeemReward(card, reward)}
                        data-testid="redeem-reward"
                      >
                        {t("counter.redeemNamed", { name: reward.name, cost: `${reward.cost.toLocaleString(fmt.locale)} ${unit}` })}
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </Card>
  );
}
