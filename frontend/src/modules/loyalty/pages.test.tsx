import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiRequestError } from "@/lib/api/errors";
import { cannedApi } from "@/test/cannedApi";
import { renderAs, textOf } from "@/test/render";
import { card, program } from "./fixtures";

// The loyalty routes as the server renders them: what each fetches and what it hands its component.
// The API is replaced by canned answers per operation; notFound() throws as in Next.

const { answers, asked } = cannedApi;

vi.mock("next/navigation", async () => (await import("@/test/cannedApi")).navigationMock());
vi.mock("@/lib/session/server", async () =>
  (await import("@/test/cannedApi")).sessionServerMock({
    getVisibleLocations: async () => [{ id: "l1", name: "Centro" }],
    getMe: async () => ({ user: { role: "ADMIN" } }),
  }),
);

const notFound = new ApiRequestError([{ code: "NOT_FOUND", message: "Loyalty program not found" }]);
const ID = "11111111-1111-4111-8111-111111111111";

beforeEach(() => {
  cannedApi.reset();
});

describe("/loyalty", () => {
  it("renders the first page of active programs from the server", async () => {
    const { default: LoyaltyPage } = await import("@/app/(app)/loyalty/page");
    answers.set("LoyaltyPrograms", { loyaltyPrograms: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: program() }] } });
    const html = renderAs("ANALYST", await LoyaltyPage());
    expect(asked).toEqual([{ name: "LoyaltyPrograms", variables: { first: 20, includeInactive: false } }]);
    expect(textOf(html)).toContain("Puntos Café");
  });
});

describe("/loyalty/[id]", () => {
  it("renders the program with its whole catalogue", async () => {
    const { default: ProgramPage } = await import("@/app/(app)/loyalty/[id]/page");
    answers.set("LoyaltyProgram", { loyaltyProgram: program() });
    const html = renderAs("ADMIN", await ProgramPage({ params: Promise.resolve({ id: ID }) }));
    expect(html.match(/data-testid="reward-row"/g)).toHaveLength(3);
  });

  it("is not found for a malformed id (without asking) and for another business's program", async () => {
    const { default: ProgramPage } = await import("@/app/(app)/loyalty/[id]/page");
    await expect(ProgramPage({ params: Promise.resolve({ id: "nope" }) })).rejects.toThrow("NEXT_NOT_FOUND");
    expect(asked).toEqual([]);
    answers.set("LoyaltyProgram", notFound);
    await expect(ProgramPage({ params: Promise.resolve({ id: ID }) })).rejects.toThrow("NEXT_NOT_FOUND");
  });
});

describe("/customers/[id]", () => {
  const customer = {
    id: "33333333-3333-4333-8333-333333333333",
    firstName: "Ana",
    lastName: "Gómez",
    displayName: "Ana Gómez",
    email: null,
    phone: null,
    birthday: null,
    preferredLocation: null,
    tags: [],
    visitCount: 3,
    firstVisitAt: null,
    lastVisitAt: null,
    totalSpent: "0",
    source: "PANEL",
    consents: [],
    notes: [],
    createdAt: "2026-11-01T10:00:00Z",
    updatedAt: "2026-11-01T10:00:00Z",
  };

  it("shows the customer's loyalty cards beside the record", async () => {
    const { default: CustomerPage } = await import("@/app/(app)/customers/[id]/page");
    answers.set("Customer", { customer });
    answers.set("CustomerLoyaltyCards", { customer: { id: customer.id, loyaltyCards: [card()] } });
    answers.set("LoyaltyPrograms", { loyaltyPrograms: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: program() }] } });
    const html = renderAs("ADMIN", await CustomerPage({ params: Promise.resolve({ id: customer.id }) }));
    expect(html).toContain('data-testid="loyalty-cards"');
    expect(textOf(html)).toContain("Saldo 120 puntos");
    expect(html).not.toContain('data-testid="issue-card"');
  });

  it("still shows the record when the cards cannot be read", async () => {
    const { default: CustomerPage } = await import("@/app/(app)/customers/[id]/page");
    answers.set("Customer", { customer });
    answers.set("CustomerLoyaltyCards", new ApiRequestError([{ code: "FORBIDDEN", message: "no" }]));
    answers.set("LoyaltyPrograms", { loyaltyPrograms: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } });
    const html = renderAs("ANALYST", await CustomerPage({ params: Promise.resolve({ id: customer.id }) }));
    expect(html).toContain('data-testid="customer-name"');
    expect(html).not.toContain('data-testid="loyalty-cards"');
  });
});
