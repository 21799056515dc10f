import { describe, expect, it } from "vitest";
import { parseAmount, parseLookup } from "./lookup";

describe("counter look-up", () => {
  it("takes a code of letters and digits for a card", () => {
    expect(parseLookup(" RT-7K3F9Q ")).toEqual({ kind: "card", code: "RT-7K3F9Q" });
    expect(parseLookup("ab12cd34")).toEqual({ kind: "card", code: "ab12cd34" });
  });

  it("reads the code out of a scanned QR link", () => {
    expect(parseLookup("https://radartracking.example/c/RT7K3F9Q")).toEqual({ kind: "card", code: "RT7K3F9Q" });
    expect(parseLookup("https://x.example/card?code=AB12CD")).toEqual({ kind: "card", code: "AB12CD" });
    expect(parseLookup("radar:card:RT7K3F9Q")).toEqual({ kind: "card", code: "RT7K3F9Q" });
  });

  it("searches for names, phones and emails", () => {
    expect(parseLookup("Ana  Gómez")).toEqual({ kind: "search", text: "Ana Gómez" });
    expect(parseLookup("300 123 4567")).toEqual({ kind: "search", text: "300 123 4567" });
    expect(parseLookup("3001234567")).toEqual({ kind: "search", text: "3001234567" });
    expect(parseLookup("ana2@x.co")).toEqual({ kind: "search", text: "ana2@x.co" });
    expect(parseLookup("   ")).toEqual({ kind: "empty" });
  });
});

describe("amounts typed at the till", () => {
  it("reads thousands separators whichever mark the locale uses", () => {
    expect(parseAmount("12.500")).toBe("12500");
    expect(parseAmount("12.500,50")).toBe("12500.50");
    expect(parseAmount("12,500.50")).toBe("12500.50");
    expect(parseAmount("1.234.567")).toBe("1234567");
    expect(parseAmount("$ 8.000")).toBe("8000");
  });

  it("reads a short fraction as decimals whatever the locale", () => {
    expect(parseAmount("12,5")).toBe("12.50");
    expect(parseAmount("12.5")).toBe("12.50");
    expect(parseAmount("3,50")).toBe("3.50");
    expect(parseAmount("0")).toBe("0");
  });

  it("leaves an empty field empty and refuses what is not an amount", () => {
    expect(parseAmount("  ")).toBe("");
    expect(parseAmount("-5")).toBeNull();
    expect(parseAmount("abc")).toBeNull();
    expect(parseAmount("1,2,3.4.5")).toBeNull();
    expect(parseAmount("12.345")).toBe("12345");
    expect(parseAmount("1.2345")).toBeNull();
  });
});
