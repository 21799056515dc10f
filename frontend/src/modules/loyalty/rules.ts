import type {
  CreateLoyaltyProgramInput,
  CreateRewardInput,
  LoyaltyProgramFieldsFragment,
  LoyaltyProgramKind,
  RewardFieldsFragment,
  UpdateLoyaltyProgramInput,
  UpdateRewardInput,
} from "@/gql/graphql";
import type { ApiError } from "@/lib/api/errors";
import { describeError } from "@/lib/api/messages";
import type { FormatContext } from "@/lib/format";
import type { MessageKey, Translator } from "@/lib/i18n";

// The loyalty forms' rules, mirroring the API's (ProgramService, RewardService, CardService), so a
// person sees a mistake beside the field before anything is sent; the API checks the same again and
// its field errors land in the same places.

export const LIMITS = {
  name: 80,
  description: 500,
  pointsPerVisit: 100_000,
  rate: 10_000,
  rateDecimals: 6,
  stampsPerReward: 1000,
  expiryDays: 3650,
  cost: 1_000_000_000,
  stock: 1_000_000,
  adjustment: 1_000_000,
  reason: 500,
} as const;

export type ProgramField = "name" | "kind" | "pointsPerVisit" | "pointsPerCurrencyUnit" | "stampsPerReward" | "expiryDays";
export type RewardField = "name" | "description" | "cost" | "stock";
export type AdjustField = "delta" | "reason";

export interface ProgramForm {
  name: string;
  kind: LoyaltyProgramKind;
  pointsPerVisit: string;
  pointsPerCurrencyUnit: string;
  stampsPerReward: string;
  expiryDays: string;
}

export interface RewardForm {
  name: string;
  description: string;
  cost: string;
  stock: string;
}

export type Checked<I, F extends string> = { ok: true; input: I } | { ok: false; errors: Partial<Record<F, string>> };

export function emptyProgramForm(kind: LoyaltyProgramKind = "POINTS"): ProgramForm {
  return { name: "", kind, pointsPerVisit: kind === "STAMPS" ? "1" : "10", pointsPerCurrencyUnit: "0", stampsPerReward: kind === "STAMPS" ? "10" : "", expiryDays: "" };
}

export function programFormOf(program: LoyaltyProgramFieldsFragment): ProgramForm {
  return {
    name: program.name,
    kind: program.kind,
    pointsPerVisit: String(program.pointsPerVisit),
    pointsPerCurrencyUnit: plainDecimal(program.pointsPerCurrencyUnit),
    stampsPerReward: program.stampsPerReward == null ? "" : String(program.stampsPerReward),
    expiryDays: program.expiryDays == null ? "" : String(program.expiryDays),
  };
}

export function emptyRewardForm(): RewardForm {
  return { name: "", description: "", cost: "", stock: "" };
}

export function rewardFormOf(reward: RewardFieldsFragment): RewardForm {
  return { name: reward.name, description: reward.description, cost: String(reward.cost), stock: reward.stock == null ? "" : String(reward.stock) };
}

/** "0.001000" → "0.001", "2.00" → "2" (the API answers Decimals with their scale). */
export function plainDecimal(value: string): string {
  if (!value.includes(".")) return value;
  return value.replace(/0+$/, "").replace(/\.$/, "");
}

/** A whole number typed by a person ("1.000" or "1 000" are a thousand), or null. */
export function parseWhole(raw: string): number | null {
  const text = raw.trim().replace(/[\s\u00a0]/g, "");
  if (!/^[-+]?\d{1,3}([.,]\d{3})+$|^[-+]?\d+$/.test(text)) return null;
  const value = Number(text.replace(/[.,]/g, ""));
  return Number.isSafeInteger(value) ? value : null;
}

/** A rate such as "0,001" or "0.5": the Decimal string the API takes, or null. */
export function parseRate(raw: string): string | null {
  const text = raw.trim().replace(",", ".");
  if (text === "") return "0";
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const [whole = "0", fraction = ""] = text.split(".");
  if (fraction.length > LIMITS.rateDecimals || Number(text) > LIMITS.rate) return null;
  return `${String(Number(whole))}${fraction ? `.${fraction}` : ""}`;
}

function between(t: Translator, min: number, max: number, locale: string): string {
  return t("loyalty.validation.between", { min: min.toLocaleString(locale), max: max.toLocaleString(locale) });
}

/** The program form as the API's input (create: everything; edit: every editable field). */
export function checkProgram(form: ProgramForm, t: Translator, locale = "es-419"): Checked<CreateLoyaltyProgramInput, ProgramField> {
  const errors: Partial<Record<ProgramField, string>> = {};
  const stamps = form.kind === "STAMPS";
  const name = form.name.trim();
  if (name === "" || name.length > LIMITS.name) errors.name = t("validation.length", { max: LIMITS.name });
  const perVisit = parseWhole(form.pointsPerVisit === "" ? "0" : form.pointsPerVisit);
  const minPerVisit = stamps ? 1 : 0;
  if (perVisit === null || perVisit < minPerVisit || perVisit > LIMITS.pointsPerVisit) errors.pointsPerVisit = between(t, minPerVisit, LIMITS.pointsPerVisit, locale);
  const rate = stamps ? "0" : parseRate(form.pointsPerCurrencyUnit);
  if (rate === null) errors.pointsPerCurrencyUnit = t("loyalty.validation.rate");
  let stampsPerReward: number | null = null;
  if (stamps) {
    stampsPerReward = parseWhole(form.stampsPerReward);
    if (stampsPerReward === null || stampsPerReward < 1 || stampsPerReward > LIMITS.stampsPerReward) errors.stampsPerReward = between(t, 1, LIMITS.stampsPerReward, locale);
  }
  let expiryDays: number | null = null;
  if (form.expiryDays.trim() !== "") {
    expiryDays = parseWhole(form.expiryDays);
    if (expiryDays === null || expiryDays < 1 || expiryDays > LIMITS.expiryDays) errors.expiryDays = between(t, 1, LIMITS.expiryDays, locale);
  }
  if (!stamps && perVisit === 0 && rate !== null && Number(rate) === 0 && !errors.pointsPerVisit) errors.pointsPerVisit = t("loyalty.validation.earnSomething");
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      name,
      kind: form.kind,
      pointsPerVisit: perVisit!,
      ...(stamps ? { stampsPerReward } : { pointsPerCurrencyUnit: rate! }),
      expiryDays,
    },
  };
}

/** An edit: the same checks; the kind never changes, and an empty expiry explicitly clears it. */
export function programUpdate(input: CreateLoyaltyProgramInput): UpdateLoyaltyProgramInput {
  const { kind: _fixed, ...rest } = input;
  return { ...rest, expiryDays: input.expiryDays ?? null };
}

/** A reward form as the API's input. Stamps rewards may leave the cost empty on creation (one full card). */
export function checkReward(
  form: RewardForm,
  program: Pick<LoyaltyProgramFieldsFragment, "kind">,
  t: Translator,
  mode: "create" | "edit",
  locale = "es-419",
): Checked<Omit<CreateRewardInput, "programId"> & UpdateRewardInput, RewardField> {
  const errors: Partial<Record<RewardField, string>> = {};
  const name = form.name.trim();
  if (name === "" || name.length > LIMITS.name) errors.name = t("validation.length", { max: LIMITS.name });
  const description = form.description.trim();
  if (description.length > LIMITS.description) errors.description = t("validation.maxLength", { max: LIMITS.description });
  let cost: number | null = null;
  const costOptional = mode === "create" && program.kind === "STAMPS";
  if (form.cost.trim() !== "" || !costOptional) {
    cost = parseWhole(form.cost);
    if (cost === null || cost < 1 || cost > LIMITS.cost) errors.cost = between(t, 1, LIMITS.cost, locale);
  }
  let stock: number | null = null;
  if (form.stock.trim() !== "") {
    stock = parseWhole(form.stock);
    if (stock === null || stock < 0 || stock > LIMITS.stock) errors.stock = between(t, 0, LIMITS.stock, locale);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { name, description, ...(cost === null ? {} : { cost }), stock } };
}

/** A manual adjustment: a non-zero whole number within the limit that keeps the balance at 0 or more, and a reason. */
export function checkAdjustment(delta: string, reason: string, balance: number, t: Translator, locale = "es-419"): Checked<{ delta: number; reason: string }, AdjustField> {
  const errors: Partial<Record<AdjustField, string>> = {};
  const value = parseWhole(delta);
  if (value === null || value === 0 || Math.abs(value) > LIMITS.adjustment) {
    errors.delta = t("loyalty.validation.delta", { max: LIMITS.adjustment.toLocaleString(locale) });
  } else if (balance + value < 0) {
    errors.delta = t("loyalty.validation.belowZero", { balance: balance.toLocaleString(locale) });
  }
  const why = reason.trim();
  if (why === "" || why.length > LIMITS.reason) errors.reason = t("validation.length", { max: LIMITS.reason });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { delta: value!, reason: why } };
}

/** The program's rules in words, one line each (list and settings pages). */
export function describeRules(
  program: Pick<LoyaltyProgramFieldsFragment, "kind" | "pointsPerVisit" | "pointsPerCurrencyUnit" | "stampsPerReward" | "expiryDays">,
  t: Translator,
  currency: string,
  locale: string,
): string[] {
  const unit = t(`loyalty.unit.${program.kind}`);
  const lines: string[] = [];
  if (program.pointsPerVisit > 0) lines.push(t("loyalty.rules.perVisit", { count: program.pointsPerVisit.toLocaleString(locale), unit }));
  const rate = Number(program.pointsPerCurrencyUnit);
  if (program.kind === "POINTS" && rate > 0) {
    // "1 point per 1,000 COP" reads better than "0.001 points per COP" (when 1/rate is whole).
    const inverse = 1 / rate;
    const whole = rate < 1 && Math.abs(inverse - Math.round(inverse)) < 1e-9;
    const per = whole ? Math.round(inverse) : 1;
    const points = whole ? 1 : rate;
    lines.push(t("loyalty.rules.perAmount", { points: points.toLocaleString(locale), per: per.toLocaleString(locale), currency }));
  }
  if (program.kind === "STAMPS" && program.stampsPerReward) lines.push(t("loyalty.rules.stampsPerReward", { count: program.stampsPerReward }));
  lines.push(program.expiryDays ? t("loyalty.rules.expiry", { days: program.expiryDays.toLocaleString(locale) }) : t("loyalty.rules.noExpiry"));
  return lines;
}

/** Messages for the API's field errors on loyalty forms, in our words (limits differ from the core forms'). */
const FIELD_KEYS: Record<string, (t: Translator, locale: string) => string> = {
  name: (t) => t("validation.length", { max: LIMITS.name }),
  description: (t) => t("validation.maxLength", { max: LIMITS.description }),
  pointsPerVisit: (t, l) => between(t, 0, LIMITS.pointsPerVisit, l),
  pointsPerCurrencyUnit: (t) => t("loyalty.validation.rate"),
  stampsPerReward: (t, l) => between(t, 1, LIMITS.stampsPerReward, l),
  expiryDays: (t, l) => between(t, 1, LIMITS.expiryDays, l),
  cost: (t, l) => between(t, 1, LIMITS.cost, l),
  stock: (t, l) => between(t, 0, LIMITS.stock, l),
  delta: (t, l) => t("loyalty.validation.delta", { max: LIMITS.adjustment.toLocaleString(l) }),
  reason: (t) => t("validation.length", { max: LIMITS.reason }),
};

const REASON_KEYS: Record<string, MessageKey> = {
  INSUFFICIENT_BALANCE: "errors.insufficientBalance",
  BALANCE_LIMIT: "errors.balanceLimit",
  OUT_OF_STOCK: "errors.outOfStock",
  REWARD_INACTIVE: "errors.rewardInactive",
  PROGRAM_INACTIVE: "errors.programInactive",
  REWARD_OF_ANOTHER_PROGRAM: "errors.rewardOfAnotherProgram",
  LOCATION_INACTIVE: "errors.locationInactive",
};

/**
 * The API's errors split between a loyalty form's fields and the form as a whole. Refusals with a
 * reason (insufficient balance, out of stock, balance limit) are said in words; the program rule
 * "earn something" keeps its own message.
 */
export function loyaltyErrors<F extends string>(
  errors: readonly ApiError[],
  fields: readonly F[],
  t: Translator,
  fmt: FormatContext,
): { fields: Partial<Record<F, string>>; form: string[] } {
  const result: { fields: Partial<Record<F, string>>; form: string[] } = { fields: {}, form: [] };
  for (const error of errors) {
    let message: string;
    let field = error.field;
    if (error.code === "BAD_USER_INPUT" && error.reason === "INSUFFICIENT_BALANCE" && error.field === "delta") {
      message = t("errors.insufficientBalanceAdjust");
    } else if (error.code === "BAD_USER_INPUT" && error.reason && REASON_KEYS[error.reason]) {
      message = t(REASON_KEYS[error.reason]!);
    } else if (error.code === "BAD_USER_INPUT" && error.field === "pointsPerVisit" && /per visit, per amount/i.test(error.message)) {
      message = t("loyalty.validation.earnSomething");
    } else if (error.code === "BAD_USER_INPUT" && error.field && FIELD_KEYS[error.field]) {
      message = FIELD_KEYS[error.field]!(t, fmt.locale);
    } else {
      const human = describeError(error, t, fmt);
      message = human.message;
      field = human.field;
    }
    if (field && (fields as readonly string[]).includes(field) && !result.fields[field as F]) result.fields[field as F] = message;
    else if (!result.form.includes(message)) result.form.push(message);
  }
  return result;
}
