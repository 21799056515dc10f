// The panel end to end, in headless Chromium against the real API (fresh database) and the built
// panel (`next build` + `next start`). The steps build on each other, so they run in order.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { readFileSync } from "node:fs";
import { PANEL_URL, launch, login, newContext, screenshot } from "./browser.mjs";
import { assertFitsPhone } from "./fixtures.mjs";

const manifest = JSON.parse(readFileSync(new URL("../src/gql/persisted-documents.json", import.meta.url), "utf8"));
const run = Date.now().toString(36);
const PASSWORD = "Panel-e2e-2026";
const admin = { email: `admin-${run}@e2e.example`, name: "Admin E2E" };
const staff = { email: `staff-${run}@e2e.example`, name: "Sofía Staff" };
const business = `Café E2E ${run}`;
const assigned = `Sede Norte ${run}`;
const other = `Sede Sur ${run}`;

let browser;
let adminContext;
let adminPage;
let staffPage;
let invitationLink;

async function rowNames(page) {
  return page.locator('[data-testid="location-row"] td:first-child').allInnerTexts();
}

async function createLocation(page, name, latitude, longitude) {
  await page.goto("/locations");
  await page.click('[data-testid="new-location"]');
  await page.waitForURL("**/locations/new");
  await page.fill("#name", name);
  await page.fill("#address", "Calle 93 # 11-27, Bogotá");
  await page.selectOption("#timeZone", "America/Bogota");
  await page.fill("#latitude", latitude);
  await page.fill("#longitude", longitude);
  await page.click('[data-testid="location-submit"]');
  await page.waitForURL(/\/locations$/);
  await page.getByRole("link", { name, exact: true }).waitFor();
}

describe("admin panel", { concurrency: false }, () => {
  before(async () => {
    browser = await launch();
    adminContext = await newContext(browser);
    adminPage = await adminContext.newPage();
  });

  after(async () => {
    await browser?.close();
  });

  it("redirects to login when there is no session", async () => {
    await adminPage.goto("/locations");
    await adminPage.waitForURL(/\/login\?next=%2Flocations/);
    assert.match(await adminPage.locator("h1").innerText(), /Iniciar sesión/);
  });

  it("flags empty sign-up fields beside each field before sending", async () => {
    await adminPage.goto("/signup");
    await adminPage.click('[data-testid="signup-submit"]');
    const errors = adminPage.locator("[data-field-error]");
    await errors.first().waitFor();
    assert.ok((await errors.count()) >= 3, "several fields are flagged");
    assert.equal(await adminPage.getAttribute("#businessName", "aria-invalid"), "true");
    assert.match(adminPage.url(), /\/signup$/);
  });

  it("signs up a new business and lands on the dashboard", async () => {
    await adminPage.fill("#businessName", business);
    await adminPage.selectOption("#timeZone", "America/Bogota");
    await adminPage.fill("#displayName", admin.name);
    await adminPage.fill("#email", admin.email);
    await adminPage.fill("#password", PASSWORD);
    await adminPage.click('[data-testid="signup-submit"]');
    await adminPage.waitForURL("**/dashboard");
    assert.match(await adminPage.locator("h1").innerText(), new RegExp(admin.name));
    assert.match(await adminPage.getByTestId("current-user").innerText(), /Administrador/);
    assert.equal(await adminPage.getByTestId("business-name").innerText(), business);
  });

  it("shows a clear message for a wrong password", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/login");
    await screenshot(page, "login");
    await login(page, admin.email, "not-the-password-1");
    const alert = page.getByTestId("login-error");
    await alert.waitFor();
    assert.match(await alert.innerText(), /correo o la contraseña no son correctos/);
    assert.match(page.url(), /\/login/);
    await screenshot(page, "login-wrong-password");
    await context.close();
  });

  it("logs out and logs back in", async () => {
    await adminPage.click('[data-testid="logout"]');
    await adminPage.waitForURL(/\/login\?reason=loggedout/);
    await login(adminPage, admin.email, PASSWORD);
    await adminPage.waitForURL("**/dashboard");
  });

  it("validates coordinates beside the field, then creates locations", async () => {
    await adminPage.goto("/locations/new");
    await adminPage.fill("#name", assigned);
    await adminPage.fill("#latitude", "95");
    await adminPage.fill("#longitude", "-74.05");
    await adminPage.click('[data-testid="location-submit"]');
    await adminPage.locator("#latitude-error").waitFor();
    assert.match(await adminPage.locator("#latitude-error").innerText(), /entre -90 y 90/);
    // No tiles can load on this machine: the map steps aside and says to type coordinates.
    await adminPage.getByTestId("map-unavailable").waitFor({ timeout: 15_000 });

    await createLocation(adminPage, assigned, "4,6761", "-74.0486");
    assert.match(await adminPage.getByTestId("locations-notice").innerText(), new RegExp(`Se creó «${assigned}»`));
    await createLocation(adminPage, other, "4.5981", "-74.0760");
    assert.deepEqual((await rowNames(adminPage)).sort(), [assigned, other].sort());
    assert.match(await adminPage.getByTestId("location-quota").innerText(), /usas 2/);
    await screenshot(adminPage, "locations");
  });

  it("edits a location", async () => {
    await adminPage.getByRole("link", { name: `Editar ${other}` }).click();
    await adminPage.waitForURL(/\/locations\/[0-9a-f-]{36}$/);
    await adminPage.fill("#address", "Carrera 7 # 12-40, Bogotá");
    await adminPage.click('[data-testid="location-submit"]');
    await adminPage.waitForURL(/\/locations$/);
    await adminPage.getByText("Carrera 7 # 12-40, Bogotá").waitFor();
  });

  it("invites a Staff user limited to one location", async () => {
    await adminPage.goto("/team");
    await adminPage.click('[data-testid="invite-submit"]');
    await adminPage.locator("#invite-email-error").waitFor();
    await adminPage.fill("#invite-email", staff.email);
    await adminPage.selectOption("#invite-role", "STAFF");
    await adminPage.click('[data-testid="invite-submit"]');
    assert.match(await adminPage.locator("#invite-locations-error").innerText(), /al menos una ubicación/);
    await adminPage.getByRole("checkbox", { name: assigned, exact: true }).check();
    await adminPage.click('[data-testid="invite-submit"]');
    await adminPage.getByTestId("invite-result").waitFor();
    invitationLink = await adminPage.getByTestId("invite-link").inputValue();
    assert.ok(invitationLink.startsWith(`${PANEL_URL}/invitation?token=`), invitationLink);
    await adminPage.locator('[data-testid="invitation-row"]', { hasText: staff.email }).waitFor();
    await screenshot(adminPage, "team");
  });

  it("fits the team's and the locations' tables on a phone-sized screen, each scrolling inside its box", async () => {
    await assertFitsPhone(adminPage, {
      what: "the team page",
      shot: "team-phone",
      open: async () => {
        await adminPage.goto("/team");
        await adminPage.locator('[data-testid="member-row"]').first().waitFor();
        await adminPage.locator('[data-testid="invitation-row"]', { hasText: staff.email }).waitFor();
      },
    });
    await assertFitsPhone(adminPage, {
      what: "the locations list",
      shot: "locations-list-phone",
      open: async () => {
        await adminPage.goto("/locations");
        await adminPage.locator('[data-testid="location-row"]').nth(1).waitFor();
      },
    });
  });

  it("accepts the invitation and signs the Staff user in", async () => {
    const context = await newContext(browser);
    staffPage = await context.newPage();
    await staffPage.goto(invitationLink);
    assert.match(await staffPage.getByTestId("invitation-intro").innerText(), new RegExp(`${business}.*Personal.*${staff.email}`));
    await staffPage.fill("#displayName", staff.name);
    await staffPage.fill("#password", "short");
    await staffPage.click('[data-testid="invitation-submit"]');
    await staffPage.locator("#password-error").waitFor();
    await staffPage.fill("#password", PASSWORD);
    await staffPage.click('[data-testid="invitation-submit"]');
    await staffPage.waitForURL("**/dashboard");
    assert.match(await staffPage.getByTestId("current-user").innerText(), /Personal/);
  });

  it("lets Staff log in and see only their assigned location", async () => {
    await staffPage.click('[data-testid="logout"]');
    await staffPage.waitForURL(/\/login/);
    await login(staffPage, staff.email, PASSWORD);
    await staffPage.waitForURL("**/dashboard");
    await staffPage.goto("/locations");
    assert.deepEqual(await rowNames(staffPage), [assigned]);
    assert.equal(await staffPage.getByTestId("new-location").count(), 0, "no create button for Staff");
    assert.equal(await staffPage.getByTestId("nav-team").count(), 0, "no Team link for Staff");
    await screenshot(staffPage, "locations-staff");
  });

  it("refuses the team page to Staff", async () => {
    await staffPage.goto("/team");
    const refusal = staffPage.getByTestId("forbidden");
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /No tienes acceso/);
    assert.equal(await staffPage.getByTestId("members-table").count(), 0);
    // The API refuses it too, whatever the page shows: ask for the team through the BFF directly.
    const documentId = Object.entries(manifest).find(([, text]) => /query TeamMembers\b/.test(text))?.[0];
    assert.ok(documentId, "TeamMembers is in the persisted-documents manifest");
    const answer = await staffPage.evaluate(async (id) => {
      const response = await fetch("/api/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ documentId: id, variables: { first: 5 } }) });
      return response.json();
    }, documentId);
    assert.equal(answer.errors?.[0]?.extensions?.code, "FORBIDDEN");
    await screenshot(staffPage, "team-staff-refused");
  });

  it("renews an expired access token silently", async () => {
    await adminContext.clearCookies({ name: "radar_at" });
    await adminPage.goto("/locations");
    assert.match(adminPage.url(), /\/locations$/);
    assert.equal((await rowNames(adminPage)).length, 2);
    const cookies = await adminContext.cookies();
    const access = cookies.find((c) => c.name === "radar_at");
    assert.ok(access, "a new access cookie was set");
    assert.equal(access.httpOnly, true);
    assert.equal(access.sameSite, "Lax");
    assert.equal(await adminPage.evaluate(() => document.cookie.includes("radar_")), false, "tokens are invisible to JS");
  });

  it("sends an expired session to login and back to the page afterwards", async () => {
    await adminContext.clearCookies();
    await adminPage.goto("/team");
    await adminPage.waitForURL(/\/login\?next=%2Fteam/);
    await login(adminPage, admin.email, PASSWORD);
    await adminPage.waitForURL(/\/team$/);
    await adminPage.locator('[data-testid="member-row"]', { hasText: staff.email }).waitFor();
  });

  it("fits a phone-sized screen", async () => {
    const context = await newContext(browser, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto("/login");
    await login(page, admin.email, PASSWORD);
    await page.waitForURL("**/dashboard");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no sideways scrolling (overflow ${overflow}px)`);
    await page.getByRole("button", { name: "Menú" }).click();
    await page.locator("#mobile-nav").getByRole("link", { name: "Ubicaciones" }).click();
    await page.waitForURL(/\/locations$/);
    await page.locator('[data-testid="location-row"]').first().waitFor();
    await screenshot(page, "locations-phone");
    await context.close();
  });
});
