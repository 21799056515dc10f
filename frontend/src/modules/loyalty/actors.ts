import type { Translator } from "@/lib/i18n";

/**
 * Who moved a balance, in words: the system (no actor: visits from the app, imports, expiry), the
 * person looking ("You"), a team member by name when the viewer may list the team, or "a panel user".
 */
export function actorLabel(actorUserId: string | null, meId: string | null | undefined, names: ReadonlyMap<string, string>, t: Translator): string {
  if (!actorUserId) return t("cards.actor.system");
  if (actorUserId === meId) return t("cards.actor.you");
  return names.get(actorUserId) ?? t("cards.actor.user");
}

/** "+50" / "−20": the sign always shown, so credits and debits read apart at a glance. */
export function signed(delta: number, locale: string): string {
  const magnitude = Math.abs(delta).toLocaleString(locale);
  return delta > 0 ? `+${magnitude}` : delta < 0 ? `−${magnitude}` : "0";
}
