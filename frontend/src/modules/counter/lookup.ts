// What the person at the counter typed or scanned: a loyalty card (its code, or the QR code's
// payload, which may be a link ending in the code) or words to search customers by (name, email,
// phone). Card codes mix letters and digits; names have no digits and phones no letters.

export type Lookup = { kind: "card"; code: string } | { kind: "search"; text: string } | { kind: "empty" };

const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{3,63}$/;

function codeFromLink(text: string): string | null {
  try {
    const url = new URL(text);
    const fromQuery = url.searchParams.get("code") ?? url.searchParams.get("card");
    if (fromQuery && CODE.test(fromQuery)) return fromQuery;
    const last = url.pathname.split(/[/:]/).filter(Boolean).pop() ?? url.host;
    return CODE.test(last) ? last : null;
  } catch {
    return null;
  }
}

export function parseLookup(raw: string): Lookup {
  const text = raw.trim();
  if (text === "") return { kind: "empty" };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^[a-z]+:[^@\s]+$/i.test(text)) {
    const code = codeFromLink(text);
    if (code) return { kind: "card", code };
  }
  if (CODE.test(text) && /\d/.test(text) && /[A-Za-z]/.test(text) && !text.includes("@")) return { kind: "card", code: text };
  return { kind: "search", text: text.replace(/\s+/g, " ").slice(0, 100) };
}

/**
 * An amount as typed at a till, whatever the locale: "12.500", "12500,50", "12,500.50", "$ 8.000".
 * Returns the Decimal string the API takes ("12500.50"), "" for an empty field, or null when it is
 * not an amount (negative, more than two decimals, letters).
 */
export function parseAmount(raw: string): string | null {
  let text = raw.replace(/[\s\u00a0]/g, "").replace(/^[^\d.,-]+/, "").replace(/[^\d.,]+$/, "");
  if (raw.trim() === "") return "";
  if (text === "" || text.startsWith("-") || !/^[\d.,]+$/.test(text)) return null;
  const dots = (text.match(/\./g) ?? []).length;
  const commas = (text.match(/,/g) ?? []).length;
  let decimal: "." | "," | null = null;
  if (dots > 0 && commas > 0) decimal = text.lastIndexOf(".") > text.lastIndexOf(",") ? "." : ",";
  else if (dots + commas === 1) {
    const mark = dots ? "." : ",";
    // Money has at most two decimals, so "12.500" or "12,500" can only be twelve thousand five
    // hundred, in any locale; "12.5" or "12,50" is a decimal.
    decimal = text.length - text.indexOf(mark) - 1 === 3 ? null : mark;
  }
  const thousands = decimal === "." ? "," : decimal === "," ? "." : dots ? "." : ",";
  const parts = text.split(thousands).join("").split(decimal ?? "\u0000");
  if (parts.length > 2) return null;
  const [whole = "", fraction = ""] = parts;
  if (!/^\d+$/.test(whole || "0") || !/^\d*$/.test(fraction) || fraction.length > 2 || whole.length > 12) return null;
  text = `${String(Number(whole || "0"))}${fraction ? `.${fraction.padEnd(2, "0")}` : ""}`;
  return text;
}
