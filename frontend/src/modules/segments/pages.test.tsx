import { createElement } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SegmentDetailFieldsFragment, SegmentRowFragment } from "@/gql/graphql";
import { ApiRequestError } from "@/lib/api/errors";
import { createTranslator } from "@/lib/i18n";
import { cannedApi } from "@/test/cannedApi";
import { renderAs, textOf } from "@/test/render";
import { pickerGroups, SegmentPicker } from "./components/SegmentPicker";
import { apiCondition, CHAMPIONS_CONDITION } from "./fixtures";

// The segment routes as the server renders them, per role: Admins manage, Analysts read (the API lets
// them read segments), Staff are refused (the API refuses them segments). The API is replaced by
// canned answers per operation; notFound() throws as in Next.

vi.setConfig({ testTimeout: 30_000 });

const { answers, asked } = cannedApi;
let role: "ADMIN" | "STAFF" | "ANALYST" = "ADMIN";

vi.mock("next/navigation", async () => (await import("@/test/cannedApi")).navigationMock());
vi.mock("@/lib/session/server", async () =>
  (await import("@/test/cannedApi")).sessionServerMock({
    getMe: async () => ({ user: { role }, business: { timeZone: "America/Bogota", locale: "es-CO" } }),
  }),
);

const SAVED_ID = "77777777-7777-4777-8777-777777777777";
const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) as never });
const search = (p: Record<string, string>) => ({ searchParams: Promise.resolve(p) as never });

function row(overrides: Partial<SegmentRowFragment> = {}): SegmentRowFragment {
  return {
    id: SAVED_ID,
    name: "Frecuentes ausentes",
    builtIn: false,
    customerCount: 1234,
    createdAt: "2026-11-20T10:00:00Z",
    updatedAt: "2026-11-21T10:00:00Z",
    condition: apiCondition({ all: [{ fact: "VISIT_COUNT", op: "GTE", number: 3 }, { fact: "LAST_VISIT", op: "MORE_THAN_DAYS_AGO", days: 30 }] }),
    ...overrides,
  };
}

const champions = row({ id: "rfm:champions", name: "Champions", builtIn: true, customerCount: 12, createdAt: null, updatedAt: null, condition: CHAMPIONS_CONDITION });

function detail(overrides: Partial<SegmentDetailFieldsFragment> = {}): SegmentDetailFieldsFragment {
  return { ...row(), ...overrides };
}

function withList() {
  answers.set("SegmentList", { segments: { pageInfo: { hasNextPage: false, endCursor: "c" }, edges: [champions, row()].map((node) => ({ node })) } });
}

beforeEach(() => {
  cannedApi.reset();
  role = "ADMIN";
});

describe("/campaigns/segments", () => {
  it("lists the ready-made segments apart from the saved ones, with counts, and lets Admins manage", async () => {
    const { default: SegmentsPage } = await import("@/app/(app)/campaigns/segments/page");
    withList();
    const html = renderAs("ADMIN", await SegmentsPage());
    expect(asked).toEqual([{ name: "SegmentList", variables: { first: 25, includeBuiltIn: true } }]);
    expect(html).toMatch(/data-testid="segments-builtin"[\s\S]*Campeones[\s\S]*data-testid="segments-saved"[\s\S]*Frecuentes ausentes/);
    expect(html).toContain('href="/campaigns/segments/rfm%3Achampions"');
    expect(textOf(html)).toContain("1.234");
    expect(html).toContain('data-testid="new-segment"');
    expect(html.match(/data-testid="segment-delete"/g)).toHaveLength(1);
    expect(html).not.toContain("segments-read-only");
  });

  it("puts each condition in words in the panel's language, Spanish or English", async () => {
    const { default: SegmentsPage } = await import("@/app/(app)/campaigns/segments/page");
    withList();
    const words = (html: string) => [...html.matchAll(/data-testid="segment-row-words">([^<]*)</g)].map((m) => m[1]);
    const spanish = renderAs("ADMIN", await SegmentsPage());
    expect(words(spanish)).toEqual(["última visita en los últimos 30 días y al menos 10 visitas", "al menos 3 visitas y última visita hace más de 30 días"]);
    withList();
    const english = renderAs("ADMIN", await SegmentsPage(), "en");
    expect(textOf(english)).toContain("Champions");
    expect(words(english)).toEqual(["last visit in the last 30 days and at least 10 visits", "at least 3 visits and last visit more than 30 days ago"]);
  });

  it("is read-only for Analysts", async () => {
    const { default: SegmentsPage } = await import("@/app/(app)/campaigns/segments/page");
    role = "ANALYST";
    withList();
    const html = renderAs("ANALYST", await SegmentsPage());
    expect(html).toContain('data-testid="segments-read-only"');
    expect(html).not.toContain('data-testid="new-segment"');
    expect(html).not.toContain('data-testid="segment-delete"');
    expect(html).toContain("Frecuentes ausentes");
  });

  it("refuses Staff without asking the API (it refuses them segments)", async () => {
    const { default: SegmentsPage } = await import("@/app/(app)/campaigns/segments/page");
    role = "STAFF";
    const html = renderAs("STAFF", await SegmentsPage());
    expect(html).toContain('data-testid="forbidden"');
    expect(asked).toEqual([]);
  });

  it("invites an Admin to create the first segment", async () => {
    const { default: SegmentsPage } = await import("@/app/(app)/campaigns/segments/page");
    answers.set("SegmentList", { segments: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: champions }] } });
    expect(renderAs("ADMIN", await SegmentsPage())).toContain('data-testid="segments-empty"');
  });
});

describe("/campaigns/segments/new", () => {
  it("opens an empty form for Admins", async () => {
    const { default: NewSegmentPage } = await import("@/app/(app)/campaigns/segments/new/page");
    const html = renderAs("ADMIN", await NewSegmentPage(search({})));
    expect(html).toContain('data-testid="segment-form"');
    expect(html).toMatch(/id="segment-name"[^>]*value=""/);
    expect(html).toMatch(/id="seg-all-0-number"[^>]*value="3"/);
    expect(asked).toEqual([]);
  });

  it("starts a copy of a ready-made segment, named in the panel's language", async () => {
    const { default: NewSegmentPage } = await import("@/app/(app)/campaigns/segments/new/page");
    answers.set("SegmentDetail", { segment: detail({ ...champions }) });
    const html = renderAs("ADMIN", await NewSegmentPage(search({ from: "rfm:champions" })));
    expect(asked).toEqual([{ name: "SegmentDetail", variables: { id: "rfm:champions" } }]);
    expect(html).toMatch(/id="segment-name"[^>]*value="Copia de Campeones"/);
    // rfm:champions: last visit in the last 30 days and 10 or more visits.
    expect(html).toMatch(/id="seg-all-0-days"[^>]*value="30"/);
    expect(html).toMatch(/id="seg-all-1-number"[^>]*value="10"/);
  });

  it("refuses Staff and Analysts without asking the API", async () => {
    const { default: NewSegmentPage } = await import("@/app/(app)/campaigns/segments/new/page");
    for (const r of ["STAFF", "ANALYST"] as const) {
      role = r;
      const html = renderAs(r, await NewSegmentPage(search({ from: "rfm:champions" })));
      expect(html).toContain('data-testid="forbidden"');
    }
    expect(asked).toEqual([]);
  });
});

describe("/campaigns/segments/[id]", () => {
  it("lets an Admin edit and delete a saved segment", async () => {
    const { default: SegmentPage } = await import("@/app/(app)/campaigns/segments/[id]/page");
    answers.set("SegmentDetail", { segment: detail() });
    const html = renderAs("ADMIN", await SegmentPage(params({ id: SAVED_ID })));
    expect(html).toMatch(/id="segment-name"[^>]*value="Frecuentes ausentes"/);
    expect(html).toContain('data-testid="segment-delete"');
    expect(html).toContain('data-testid="seg-remove-all-1"');
    expect(html).not.toContain('data-testid="segment-read-only"');
  });

  it("shows a ready-made segment read-only, with 'save a copy' for Admins (its id arrives encoded)", async () => {
    const { default: SegmentPage } = await import("@/app/(app)/campaigns/segments/[id]/page");
    answers.set("SegmentDetail", { segment: detail({ ...champions }) });
    const html = renderAs("ADMIN", await SegmentPage(params({ id: "rfm%3Achampions" })));
    expect(asked).toEqual([{ name: "SegmentDetail", variables: { id: "rfm:champions" } }]);
    expect(html).toContain('data-testid="segment-read-only"');
    expect(html).toContain('href="/campaigns/segments/new?from=rfm%3Achampions"');
    expect(html).not.toContain('data-testid="segment-delete"');
    expect(html).not.toContain('id="segment-name"');
    expect(html).toMatch(/id="seg-all-1-number"[^>]*disabled=""/);
  });

  it("is read-only for Analysts and refused to Staff", async () => {
    const { default: SegmentPage } = await import("@/app/(app)/campaigns/segments/[id]/page");
    answers.set("SegmentDetail", { segment: detail() });
    role = "ANALYST";
    const html = renderAs("ANALYST", await SegmentPage(params({ id: SAVED_ID })));
    expect(html).toContain('data-testid="segment-read-only"');
    expect(html).not.toContain('data-testid="segment-delete"');
    expect(html).not.toContain('data-testid="segment-copy"');
    expect(html).not.toContain("seg-remove-");
    role = "STAFF";
    cannedApi.reset();
    expect(renderAs("STAFF", await SegmentPage(params({ id: SAVED_ID })))).toContain('data-testid="forbidden"');
    expect(asked).toEqual([]);
  });

  it("is not found for a segment the API does not find", async () => {
    const { default: SegmentPage } = await import("@/app/(app)/campaigns/segments/[id]/page");
    answers.set("SegmentDetail", new ApiRequestError([{ code: "NOT_FOUND", message: "Segment not found" }]));
    await expect(SegmentPage(params({ id: SAVED_ID }))).rejects.toThrow("NEXT_NOT_FOUND");
  });
});

describe("SegmentPicker", () => {
  const t = createTranslator("es-419");

  it("groups ready-made and saved segments, each with its count, and finds the chosen one", () => {
    const groups = pickerGroups([champions, row(), row({ id: "s2", name: "Grande", customerCount: 20000 })], "rfm:champions", t, "es-CO");
    expect(groups.builtIn).toEqual([{ id: "rfm:champions", label: "Campeones (12)", count: "12" }]);
    expect(groups.saved.map((c) => c.label)).toEqual(["Frecuentes ausentes (1.234)", "Grande (20.000)"]);
    expect(groups.chosen?.id).toBe("rfm:champions");
    expect(pickerGroups([row()], null, t, "es-CO").chosen).toBeUndefined();
  });

  it("offers every customer first, and the link to create a segment to Admins only", () => {
    const admin = renderAs("ADMIN", createElement(SegmentPicker, { value: null, onChange: () => {} }));
    expect(admin).toMatch(/<select id="segment-picker"[^>]*><option value="" selected="">Todos los clientes<\/option>/);
    expect(admin).toContain('data-testid="segment-picker-create"');
    expect(admin).toContain('href="/campaigns/segments/new"');
    expect(textOf(admin)).toContain("Sin filtro: la campaña puede llegar a todos los clientes.");
    const analyst = renderAs("ANALYST", createElement(SegmentPicker, { value: null, onChange: () => {}, error: "Elige un segmento." }));
    expect(analyst).not.toContain("segment-picker-create");
    expect(analyst).toContain('id="segment-picker-error"');
  });
});
