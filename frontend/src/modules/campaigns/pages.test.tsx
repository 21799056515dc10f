import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiRequestError } from "@/lib/api/errors";
import { cannedApi } from "@/test/cannedApi";
import { renderAs, textOf } from "@/test/render";
import { builderOptions, campaign, CAMPAIGN_ID, row } from "./fixtures";

// The campaign routes as the server renders them: what each fetches and what it hands its component,
// per role. The API is replaced by canned answers per operation; notFound() throws as in Next.

vi.setConfig({ testTimeout: 30_000 });

const { answers, asked } = cannedApi;
let role: "ADMIN" | "STAFF" | "ANALYST" = "ADMIN";

vi.mock("next/navigation", async () => (await import("@/test/cannedApi")).navigationMock());
vi.mock("@/lib/session/server", async () =>
  (await import("@/test/cannedApi")).sessionServerMock({
    getMe: async () => ({ user: { role }, business: { timeZone: "America/Bogota" } }),
  }),
);

const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) as never });
const forbidden = new ApiRequestError([{ code: "FORBIDDEN", message: "Forbidden" }]);

beforeEach(() => {
  cannedApi.reset();
  role = "ADMIN";
  answers.set("CampaignBuilderOptions", builderOptions());
});

describe("/campaigns", () => {
  it("lists the first page (archived hidden) with 'New campaign' for Admins", async () => {
    const { default: CampaignsPage } = await import("@/app/(app)/campaigns/page");
    answers.set("Campaigns", { campaigns: { pageInfo: { hasNextPage: true, endCursor: "c1" }, edges: [{ node: row() }] } });
    const html = renderAs("ADMIN", await CampaignsPage());
    expect(asked).toContainEqual({ name: "Campaigns", variables: { first: 20 } });
    expect(html.match(/data-testid="campaign-row"/g)).toHaveLength(1);
    expect(html).toContain('data-testid="campaign-new"');
    expect(html).toContain('data-testid="campaigns-archived"');
    expect(textOf(html)).toContain("200 → 160 → 40 → 20");
  });

  it("is read-only for Staff and Analysts, even when they may not read the zones' names", async () => {
    const { default: CampaignsPage } = await import("@/app/(app)/campaigns/page");
    answers.set("Campaigns", { campaigns: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } });
    answers.set("CampaignBuilderOptions", forbidden);
    for (const r of ["STAFF", "ANALYST"] as const) {
      const html = renderAs(r, await CampaignsPage());
      expect(html).toContain('data-testid="campaigns-read-only"');
      expect(html).not.toContain('data-testid="campaign-new"');
      expect(html).toContain('data-testid="campaigns-empty"');
    }
  });
});

describe("/campaigns/new", () => {
  it("opens the builder for Admins with the business's zones and programs", async () => {
    const { default: NewCampaignPage } = await import("@/app/(app)/campaigns/new/page");
    const html = renderAs("ADMIN", await NewCampaignPage());
    expect(asked.map((a) => a.name)).toEqual(["CampaignBuilderOptions"]);
    expect(html).toContain('data-testid="campaign-form"');
    expect(html).toMatch(/id="trigger-days"[^>]*value="30"/);
    expect(html).toContain('data-testid="segment-picker"');
  });

  it("refuses Staff and Analysts without asking the API", async () => {
    const { default: NewCampaignPage } = await import("@/app/(app)/campaigns/new/page");
    for (const r of ["STAFF", "ANALYST"] as const) {
      role = r;
      const html = renderAs(r, await NewCampaignPage());
      expect(html).toContain('data-testid="forbidden"');
    }
    expect(asked).toEqual([]);
  });
});

describe("/campaigns/[id]", () => {
  it("shows a draft with its settings, the dry run and the Admin's actions", async () => {
    const { default: CampaignPage } = await import("@/app/(app)/campaigns/[id]/page");
    answers.set("Campaign", { campaign: campaign() });
    const html = renderAs("ADMIN", await CampaignPage(params({ id: CAMPAIGN_ID })));
    expect(asked).toContainEqual({ name: "Campaign", variables: { id: CAMPAIGN_ID } });
    expect(html).toContain('data-testid="campaign-activate"');
    expect(html).toContain('id="dry-run-days"');
    expect(textOf(html)).toContain("Sin visitas durante 30 días");
  });

  it("shows Analysts an active campaign read-only with its funnel", async () => {
    const { default: CampaignPage } = await import("@/app/(app)/campaigns/[id]/page");
    role = "ANALYST";
    answers.set("Campaign", { campaign: campaign({ status: "ACTIVE" }) });
    answers.set("CampaignBuilderOptions", forbidden);
    const html = renderAs("ANALYST", await CampaignPage(params({ id: CAMPAIGN_ID })));
    expect(html).toContain('data-testid="campaign-read-only"');
    expect(html).not.toContain("campaign-pause");
    expect(html).toContain('id="funnel-window"');
  });

  it("is not found for a malformed id (without asking) and for another business's campaign", async () => {
    const { default: CampaignPage } = await import("@/app/(app)/campaigns/[id]/page");
    await expect(CampaignPage(params({ id: "nope" }))).rejects.toThrow("NEXT_NOT_FOUND");
    expect(asked).toEqual([]);
    answers.set("Campaign", new ApiRequestError([{ code: "NOT_FOUND", message: "Campaign not found" }]));
    await expect(CampaignPage(params({ id: CAMPAIGN_ID }))).rejects.toThrow("NEXT_NOT_FOUND");
  });
});

describe("/campaigns/[id]/edit", () => {
  it("fills the builder with a draft and locks an active campaign with the reason", async () => {
    const { default: EditCampaignPage } = await import("@/app/(app)/campaigns/[id]/edit/page");
    answers.set("Campaign", { campaign: campaign() });
    const draft = renderAs("ADMIN", await EditCampaignPage(params({ id: CAMPAIGN_ID })));
    expect(draft).toMatch(/id="campaign-name"[^>]*value="Te extrañamos"/);
    expect(textOf(draft)).toContain("Guardar cambios");
    answers.set("Campaign", { campaign: campaign({ status: "ACTIVE" }) });
    const active = renderAs("ADMIN", await EditCampaignPage(params({ id: CAMPAIGN_ID })));
    expect(active).toContain('data-testid="campaign-locked"');
    expect(active).not.toContain("campaign-form");
  });

  it("refuses Staff", async () => {
    const { default: EditCampaignPage } = await import("@/app/(app)/campaigns/[id]/edit/page");
    role = "STAFF";
    const html = renderAs("STAFF", await EditCampaignPage(params({ id: CAMPAIGN_ID })));
    expect(html).toContain('data-testid="forbidden"');
    expect(asked).toEqual([]);
  });
});
