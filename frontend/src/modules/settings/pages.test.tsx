import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiRequestError } from "@/lib/api/errors";
import { cannedApi } from "@/test/cannedApi";
import { renderAs, textOf } from "@/test/render";
import { appsPage, mobileApp } from "./fixtures";

// The /settings/mobile-apps route as the server renders it, per role: Admins get the first page of
// active apps and the shim's base URL; Staff and Analysts the panel's forbidden page without a request
// (the API refuses them the apps too). The API is replaced by canned answers per operation.

vi.setConfig({ testTimeout: 30_000 });

const { answers, asked } = cannedApi;
let role: "ADMIN" | "STAFF" | "ANALYST" = "ADMIN";

vi.mock("next/navigation", async () => (await import("@/test/cannedApi")).navigationMock());
vi.mock("@/lib/session/server", async () =>
  (await import("@/test/cannedApi")).sessionServerMock({
    getMe: async () => ({ user: { role }, business: { timeZone: "America/Bogota", locale: "es-CO" } }),
  }),
);

async function render() {
  const { default: MobileAppsPage } = await import("@/app/(app)/settings/mobile-apps/page");
  return renderAs(role, await MobileAppsPage());
}

beforeEach(() => {
  cannedApi.reset();
  role = "ADMIN";
  vi.stubEnv("RADAR_API_URL", "http://api.internal:8080/graphql");
  vi.stubEnv("RADAR_MOBILE_API_URL", "");
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("/settings/mobile-apps", () => {
  it("renders the first page of active apps for an Admin", async () => {
    answers.set("MobileApps", appsPage([mobileApp()]));
    const html = await render();
    expect(asked).toEqual([{ name: "MobileApps", variables: { first: 50, includeRevoked: false } }]);
    expect(html.match(/data-testid="mobile-app-row"/g)).toHaveLength(1);
    expect(textOf(html)).toContain("pk_live_AbCdEfGhIjKlMnOpQrStUvWxYz012345");
    expect(html).not.toContain('data-testid="forbidden"');
  });

  it("shows the shim's base URL from the API's address, or from RADAR_MOBILE_API_URL when set", async () => {
    answers.set("MobileApps", appsPage([]));
    expect(await render()).toContain('data-testid="mobile-api-base">http://api.internal:8080/api/mobile/v1<');
    vi.stubEnv("RADAR_MOBILE_API_URL", "https://m.cafe.example/api/mobile/v1");
    expect(await render()).toContain('data-testid="mobile-api-base">https://m.cafe.example/api/mobile/v1<');
  });

  it("is forbidden to Staff and Analysts, without asking the API", async () => {
    for (const r of ["STAFF", "ANALYST"] as const) {
      role = r;
      const html = await render();
      expect(html).toContain('data-testid="forbidden"');
      expect(html).not.toContain("pk_live_");
    }
    expect(asked).toEqual([]);
  });

  it("is forbidden when the API refuses the apps", async () => {
    answers.set("MobileApps", new ApiRequestError([{ code: "FORBIDDEN", message: "Requires role ADMIN" }]));
    const html = await render();
    expect(html).toContain('data-testid="forbidden"');
    expect(html).not.toContain('data-testid="mobile-apps-table"');
  });
});
