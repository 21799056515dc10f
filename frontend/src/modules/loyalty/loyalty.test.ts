import { describe, expect, it } from "vitest";
import type { ApiError } from "@/lib/api/errors";
import { createTranslator } from "@/lib/i18n";
import { actorLabel, signed } from "./actors";
import { program } from "./fixtures";
import { checkAdjustment, checkProgram, checkReward, describeRules, emptyProgramForm, loyaltyErrors, parseRate, parseWhole, plainDecimal, programFormOf, programUpdate } from "./rules";

const t = createTranslator("es-419");
const en = createTranslator("en");
const fmt = { locale: "es-CO", timeZone: "America/Bogota" };

describe("program form", () => {
  it("builds a points program with a rate typed with a decimal comma", () => {
    const result = checkProgram({ ...emptyProgramForm("POINTS"), name: "  Puntos Café ", pointsPerCurrencyUnit: "0,001", expiryDays: "365" }, t);
    expect(result).toEqual({ ok: true, input: { name: "Puntos Café", kind: "POINTS", pointsPerVisit: 10, pointsPerCurrencyUnit: "0.001", expiryDays: 365 } });
  });

  it("builds a stamps program and never sends a rate for it", () => {
    const result = checkProgram({ ...emptyProgramForm("STAMPS"), name: "Sellos", stampsPerReward: "8" }, t);
    expect(result).toEqual({ ok: true, input: { name: "Sellos", kind: "STAMPS", pointsPerVisit: 1, stampsPerReward: 8, expiryDays: null } });
  });

  it("puts each mistake beside its field, as the API would", () => {
    const result = checkProgram({ name: "", kind: "STAMPS", pointsPerVisit: "0", pointsPerCurrencyUnit: "", stampsPerReward: "1001", expiryDays: "0" }, t, "es-CO");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(["expiryDays", "name", "pointsPerVisit", "stampsPerReward"]);
    expect(result.errors.stampsPerReward).toMatch(/entre 1 y 1\.000/);
  });

  it("asks a points program to earn by visit, by amount or both", () => {
    const result = checkProgram({ ...emptyProgramForm("POINTS"), name: "Nada", pointsPerVisit: "0", pointsPerCurrencyUnit: "0" }, t);
    expect(result).toEqual({ ok: false, errors: { pointsPerVisit: t("loyalty.validation.earnSomething") } });
  });

  it("refuses rates with more than 6 decimals or above 10,000", () => {
    expect(parseRate("0,0000001")).toBeNull();
    expect(parseRate("10001")).toBeNull();
    expect(parseRate("0.5")).toBe("0.5");
    expect(parseRate("")).toBe("0");
  });

  it("edits every rule but the kind, clearing the expiry explicitly", () => {
    const form = { ...programFormOf(program()), expiryDays: "" };
    expect(form.pointsPerCurrencyUnit).toBe("0.001");
    const checked = checkProgram(form, t);
    expect(checked.ok && programUpdate(checked.input)).toEqual({ name: "Puntos Café", pointsPerVisit: 10, pointsPerCurrencyUnit: "0.001", expiryDays: null });
  });
});

describe("reward form", () => {
  it("needs a cost for points rewards; stamps rewards default to one full card", () => {
    const points = checkReward({ name: "Café", description: "", cost: "", stock: "" }, { kind: "POINTS" }, t, "create");
    expect(points.ok).toBe(false);
    const stamps = checkReward({ name: "Café", description: "", cost: "", stock: "" }, { kind: "STAMPS" }, t, "create");
    expect(stamps).toEqual({ ok: true, input: { name: "Café", description: "", stock: null } });
  });

  it("reads stock as unlimited when empty and checks its range", () => {
    expect(checkReward({ name: "Taza", description: "x", cost: "1.500", stock: "" }, { kind: "POINTS" }, t, "edit")).toEqual({
      ok: true,
      input: { name: "Taza", description: "x", cost: 1500, stock: null },
    });
    const bad = checkReward({ name: "Taza", description: "", cost: "0", stock: "-1" }, { kind: "POINTS" }, t, "edit");
    expect(bad.ok ? [] : Object.keys(bad.errors).sort()).toEqual(["cost", "stock"]);
  });
});

describe("points adjustment", () => {
  it("takes a signed whole number and a reason", () => {
    expect(checkAdjustment("-20", " Error de caja ", 50, t)).toEqual({ ok: true, input: { delta: -20, reason: "Error de caja" } });
    expect(checkAdjustment("+1.000", "Bono", 0, t)).toEqual({ ok: true, input: { delta: 1000, reason: "Bono" } });
  });

  it("refuses zero, a missing reason, and a debit below zero with the balance in words", () => {
    const zero = checkAdjustment("0", "", 10, t);
    expect(zero.ok ? [] : Object.keys(zero.errors).sort()).toEqual(["delta", "reason"]);
    const below = checkAdjustment("-11", "Devolución", 10, t);
    expect(below.ok ? "" : below.errors.delta).toBe("El saldo es 10: no puede quedar por debajo de 0.");
    expect(checkAdjustment("1000001", "x", 0, t).ok).toBe(false);
  });

  it("reads typed numbers with thousands separators, and nothing else", () => {
    expect(parseWhole("1.000.000")).toBe(1000000);
    expect(parseWhole("12a")).toBeNull();
    expect(parseWhole("1.5")).toBeNull();
  });
});

describe("API errors on loyalty forms", () => {
  const bad = (field: string, message: string, reason?: string): ApiError => ({ code: "BAD_USER_INPUT", field, message, ...(reason ? { reason } : {}) });

  it("places the server's field errors beside the fields, in our words", () => {
    const split = loyaltyErrors(
      [bad("expiryDays", "expiryDays must be between 1 and 3650, or null for never"), bad("name", "A program needs a name of 1 to 80 characters")],
      ["name", "expiryDays"] as const,
      t,
      fmt,
    );
    expect(split.fields).toEqual({ expiryDays: "Escribe un número entero entre 1 y 3.650.", name: "Escribe de 1 a 80 caracteres." });
    expect(split.form).toEqual([]);
  });

  it("says the balance refusals clearly: insufficient balance and the balance limit", () => {
    const split = loyaltyErrors([bad("delta", "The card has 5 and cannot give 10", "INSUFFICIENT_BALANCE")], ["delta", "reason"] as const, t, fmt);
    expect(split.fields.delta).toBe("El saldo actual no alcanza para descontar eso: quedaría por debajo de 0.");
    const limit = loyaltyErrors([bad("delta", "A card holds at most 1000000000", "BALANCE_LIMIT")], ["delta"] as const, en, fmt);
    expect(limit.fields.delta).toMatch(/at most 1,000,000,000/);
  });

  it("keeps redemption refusals for the whole form when no field fits", () => {
    const split = loyaltyErrors([bad("rewardId", "Reward Café is out of stock", "OUT_OF_STOCK"), { code: "FORBIDDEN", message: "no" }], [], t, fmt);
    expect(split.form).toEqual(["Ese premio está agotado.", "Tu rol no permite hacer esto."]);
  });

  it("recognises the points program's 'earn something' rule", () => {
    const split = loyaltyErrors(
      [bad("pointsPerVisit", "A points program earns per visit, per amount or both: set pointsPerVisit or pointsPerCurrencyUnit")],
      ["pointsPerVisit"] as const,
      t,
      fmt,
    );
    expect(split.fields.pointsPerVisit).toBe(t("loyalty.validation.earnSomething"));
  });
});

describe("rules in words", () => {
  it("describes a points program per visit, per amount and its expiry", () => {
    expect(describeRules(program(), t, "COP", "es-CO")).toEqual(["10 puntos por visita", "1 punto(s) por cada 1.000 COP", "Vencen tras 365 días sin actividad"]);
  });

  it("turns a rate into 'one point per N' only when N is whole", () => {
    expect(describeRules(program({ pointsPerCurrencyUnit: "0.500000" }), t, "COP", "es-CO")[1]).toBe("1 punto(s) por cada 2 COP");
    expect(describeRules(program({ pointsPerCurrencyUnit: "0.300000" }), t, "COP", "es-CO")[1]).toBe("0,3 punto(s) por cada 1 COP");
    expect(describeRules(program({ pointsPerCurrencyUnit: "2" }), t, "COP", "es-CO")[1]).toBe("2 punto(s) por cada 1 COP");
  });

  it("describes a stamps program's full card and points that never expire", () => {
    const stamps = program({ kind: "STAMPS", pointsPerVisit: 1, pointsPerCurrencyUnit: "0", stampsPerReward: 8, expiryDays: null });
    expect(describeRules(stamps, en, "COP", "en-US")).toEqual(["1 stamps per visit", "Card full at 8 stamps", "Never expire"]);
  });

  it("shows decimals the API pads as they were typed", () => {
    expect(plainDecimal("2.500000")).toBe("2.5");
    expect(plainDecimal("3.000000")).toBe("3");
    expect(plainDecimal("7")).toBe("7");
  });
});

describe("ledger", () => {
  it("names who moved the balance", () => {
    const names = new Map([["u2", "Laura"]]);
    expect(actorLabel(null, "u1", names, t)).toBe("Sistema");
    expect(actorLabel("u1", "u1", names, t)).toBe("Tú");
    expect(actorLabel("u2", "u1", names, t)).toBe("Laura");
    expect(actorLabel("u3", "u1", names, t)).toBe("Usuario del panel");
  });

  it("signs every movement", () => {
    expect(signed(1500, "es-CO")).toBe("+1.500");
    expect(signed(-20, "es-CO")).toBe("−20");
  });
});
