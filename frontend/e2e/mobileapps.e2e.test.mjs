// Mobile apps end to end, against the real API: an Admin registers an app in Settings → Mobile apps,
// copies its key from the page and reads the mobile API's base URL there; then, as the business's app
// would, the test enrols a customer through the REST shim with that key (X-App-Key), registers the
// phone's push token and grants push consent, and the panel's customer record shows the device. The
// Admin revokes the app after a confirmation and the shim refuses the key from then on (401 problem
// JSON). Staff and Analysts see no Mobile apps section and get the forbidden page at its URL.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { PANEL_URL, launch, screenshot } from "./browser.mjs";
import { assertFitsPhone, gql, newAnalyst, newBusiness } from "./fixtures.mjs";

let browser;
let biz;
let page;
let analyst;
const app = { name: "", key: "", base: "" };
const customer = { id: "", token: "", email: "" };
const FCM_TOKEN_PREFIX = "e2e-fcm-token:APA91bH";

function acceptNextDialog(target) {
  target.once("dialog", (dialog) => void dialog.accept());
}

function dismissNextDialog(target) {
  target.once("dialog", (dialog) => void dialog.dismiss());
}

/** A call to the REST shim as the customer's app makes it: the app key always, the customer token once signed in. */
async function shim(method, path, { body, token, key = app.key } = {}) {
  const headers = { "X-App-Key": key, Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${app.base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", json: text ? JSON.parse(text) : null };
}

function appRow(name) {
  return page.locator('[data-testid="mobile-app-row"]', { has: page.locator('[data-testid="mobile-app-name"]', { hasText: name }) });
}

describe("mobile apps", { concurrency: false }, () => {
  before(async () => {
    browser = await launch();
    biz = await newBusiness(browser, { label: "Apps", locations: ["Centro"], staffLocations: [0] });
    app.name = `App Android ${biz.run}`;
    customer.email = `lucia-${biz.run}@e2e.example`;
    await biz.admin.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: PANEL_URL });
    page = await biz.admin.context.newPage();
  });

  after(async () => {
    await browser?.close();
  });

  it("reaches the Mobile apps section from Settings and explains the key and the base URL", async () => {
    await page.goto("/settings");
    await page.click('[data-testid="settings-tab-mobileApps"]');
    await page.waitForURL("**/settings/mobile-apps");
    assert.equal(await page.getAttribute('[data-testid="settings-tab-mobileApps"]', "aria-current"), "page");
    assert.equal(await page.getAttribute('[data-testid="nav-settings"]', "aria-current"), "page");
    await page.getByTestId("mobile-apps-empty").waitFor();
    const guide = await page.getByTestId("mobile-api-guide").innerText();
    assert.match(guide, /X-App-Key/);
    app.base = (await page.getByTestId("mobile-api-base").innerText()).trim();
    assert.match(app.base, /^https?:\/\/[^/]+\/api\/mobile\/v1$/);
    assert.match(await page.getByTestId("mobile-api-snippet").innerText(), new RegExp(`curl -X POST ${app.base.replace(/[.]/g, "\\.")}/enrolments`));
    assert.equal(await page.getAttribute('[data-testid="mobile-api-docs"]', "href"), `${app.base}/docs`);
  });

  it("refuses an app without a name beside the field, as the API does", async () => {
    await page.fill("#mobile-app-name", "   ");
    await page.click('[data-testid="mobile-app-create"]');
    assert.equal((await page.locator("#mobile-app-name-error").innerText()).trim(), "Este campo es obligatorio.");
    assert.equal(await page.getAttribute("#mobile-app-name", "aria-invalid"), "true");
    // The API's own refusal, which the form places beside the same field (extensions.code and field).
    await assert.rejects(gql(biz.admin.context, "CreateMobileApp", { name: "   " }), /"code":"BAD_USER_INPUT".*"field":"name"|"field":"name".*"code":"BAD_USER_INPUT"/);
  });

  it("creates an app and copies its key from the page", async () => {
    await page.fill("#mobile-app-name", `  ${app.name}  `);
    await page.click('[data-testid="mobile-app-create"]');
    await page.getByTestId("mobile-apps-notice").waitFor();
    assert.match(await page.getByTestId("mobile-apps-notice").innerText(), new RegExp(`Se creó «${app.name}»`));
    const row = appRow(app.name);
    await row.waitFor();
    assert.equal(await page.locator("#mobile-app-name").inputValue(), "");
    app.key = (await row.getByTestId("mobile-app-key").innerText()).trim();
    assert.match(app.key, /^pk_live_[A-Za-z0-9]{32}$/);
    assert.match(await row.innerText(), /Activa/);
    assert.equal(await page.getByTestId("mobile-apps-count").innerText(), "Apps: 1");
    // The guide's snippet now carries the real key.
    assert.match(await page.getByTestId("mobile-api-snippet").innerText(), new RegExp(`X-App-Key: ${app.key}`));

    await row.getByTestId("mobile-app-copy").click();
    await page.waitForFunction(() => document.querySelector('[data-testid="mobile-app-copy-status"]')?.textContent === "Copiada");
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), app.key);
    await screenshot(page, "mobile-apps");
  });

  it("lets the customer's app enrol, register its device and grant push consent with that key", async () => {
    const enrolled = await shim("POST", "/enrolments", { body: { firstName: "Lucía", lastName: "App", email: customer.email } });
    assert.equal(enrolled.status, 201, JSON.stringify(enrolled.json));
    assert.equal(enrolled.json.tokenType, "Bearer");
    customer.id = enrolled.json.customerId;
    customer.token = enrolled.json.accessToken;

    const device = await shim("PUT", "/me/devices", {
      token: customer.token,
      body: { token: `${FCM_TOKEN_PREFIX}${biz.run}`, platform: "ANDROID", appVersion: "3.4.1", locale: "es-CO", timeZone: "America/Bogota" },
    });
    assert.equal(device.status, 201, JSON.stringify(device.json));
    assert.equal(device.json.active, true);

    const consents = await shim("PUT", "/me/consents", { token: customer.token, body: { push: true } });
    assert.equal(consents.status, 200, JSON.stringify(consents.json));
    assert.equal(consents.json.push, true);

    const devices = await shim("GET", "/me/devices", { token: customer.token });
    assert.equal(devices.status, 200);
    assert.deepEqual(devices.json.devices.map((d) => [d.platform, d.appVersion, d.active]), [["ANDROID", "3.4.1", true]]);
  });

  it("shows the device and the push consent on the panel's customer record", async () => {
    await page.goto(`/customers/${customer.id}`);
    const devices = page.getByTestId("customer-devices");
    await devices.waitFor();
    const text = await devices.innerText();
    assert.match(text, /Android/);
    assert.match(text, /3\.4\.1/);
    assert.match(text, /Activo/);
    assert.equal(await page.locator('[data-testid="customer-devices"] li').count(), 1);
    assert.equal(await page.getByTestId("customer-push-no-consent").count(), 0);
    assert.match(await page.getByTestId("consent-PUSH").innerText(), /Aceptado/);
    await screenshot(page, "mobile-apps-customer-device");
  });

  it("revokes the app only after confirming, and lists it again when revoked apps are shown", async () => {
    await page.goto("/settings/mobile-apps");
    const row = appRow(app.name);
    await row.waitFor();

    dismissNextDialog(page);
    await row.getByTestId("mobile-app-revoke").click();
    assert.equal(await row.getAttribute("data-active"), "true");
    assert.equal(await page.getByTestId("mobile-apps-notice").count(), 0);

    acceptNextDialog(page);
    await row.getByTestId("mobile-app-revoke").click();
    await page.getByTestId("mobile-apps-notice").waitFor();
    assert.match(await page.getByTestId("mobile-apps-notice").innerText(), new RegExp(`Se revocó «${app.name}»`));
    // Revoked apps are hidden until asked for.
    await page.getByTestId("mobile-apps-empty").waitFor();

    await page.check('[data-testid="mobile-apps-show-revoked"]');
    const revoked = appRow(app.name);
    await revoked.waitFor();
    assert.equal(await revoked.getAttribute("data-active"), "false");
    assert.match(await revoked.innerText(), /Revocada/);
    assert.notEqual((await revoked.getByTestId("mobile-app-revoked-at").innerText()).trim(), "—");
    assert.equal(await revoked.getByTestId("mobile-app-revoke").count(), 0);
    assert.equal(await revoked.getByTestId("mobile-app-copy").count(), 0);
    assert.equal((await revoked.getByTestId("mobile-app-key").innerText()).trim(), app.key);
    await screenshot(page, "mobile-apps-revoked");
  });

  it("fits a phone-sized screen: the table and the snippet scroll inside their boxes, not the page", async () => {
    await assertFitsPhone(page, {
      what: "the Mobile apps page",
      shot: "mobile-apps-phone",
      open: async () => {
        await page.goto("/settings/mobile-apps");
        await page.check('[data-testid="mobile-apps-show-revoked"]');
        await appRow(app.name).waitFor();
      },
    });
  });

  it("makes the shim refuse the revoked key with a 401 problem document", async () => {
    for (const [method, path, options] of [
      ["GET", "/me", { token: customer.token }],
      ["PUT", "/me/devices", { token: customer.token, body: { token: `${FCM_TOKEN_PREFIX}${biz.run}-2`, platform: "IOS" } }],
      ["POST", "/enrolments", { body: { firstName: "Otra", email: `otra-${biz.run}@e2e.example` } }],
    ]) {
      const refused = await shim(method, path, options);
      assert.equal(refused.status, 401, `${method} ${path}: ${JSON.stringify(refused.json)}`);
      assert.match(refused.contentType, /^application\/problem\+json/);
      assert.equal(refused.json.code, "UNAUTHENTICATED");
      assert.equal(refused.json.reason, "APP_KEY_INVALID");
    }
  });

  it("hides the section from Staff, who get the forbidden page at its URL", async () => {
    const staff = await biz.staff.context.newPage();
    await staff.goto("/settings");
    await staff.getByTestId("settings-form").waitFor();
    assert.equal(await staff.getByTestId("settings-tab-mobileApps").count(), 0);
    assert.equal(await staff.locator('a[href="/settings/mobile-apps"]').count(), 0);
    await staff.goto("/settings/mobile-apps");
    await staff.getByTestId("forbidden").waitFor();
    assert.equal(await staff.getByTestId("mobile-apps-table").count(), 0);
    assert.equal(await staff.getByTestId("mobile-api-guide").count(), 0);
    await screenshot(staff, "mobile-apps-staff-forbidden");
    // The API refuses them the apps as well.
    await assert.rejects(gql(biz.staff.context, "MobileApps", { first: 10 }), /FORBIDDEN/);
    await staff.close();
  });

  it("hides the section from Analysts too", async () => {
    analyst = await newAnalyst(browser, biz.admin.context, biz.run, "Analista Apps");
    const view = await analyst.newPage();
    await view.goto("/settings");
    await view.getByTestId("settings-form").waitFor();
    assert.equal(await view.getByTestId("settings-tab-mobileApps").count(), 0);
    await view.goto("/settings/mobile-apps");
    await view.getByTestId("forbidden").waitFor();
    await view.close();
  });
});
