// Push pages end to end: compose (a list picked by search, placeholders, live preview with skips in
// words), a schedule in the past refused beside its field, a double-clicked schedule that creates one
// send, the history and a send's detail, cancelling with confirmation, sending now to one customer
// and seeing them skipped with the reason, the customer record's Notifications panel and its "Send a
// push"; Staff compose for one customer only, Analysts read. Needs the push API (branch sending).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { launch, screenshot } from "./browser.mjs";
import { assertFitsPhone, gql, localDateTime, newAnalyst, newBusiness } from "./fixtures.mjs";

const ZONE = "America/Bogota";

let browser;
let biz;
let page;
let ana;
let beto;
let analyst;
let scheduledUrl;

async function pickFromSearch(searchId, name) {
  await page.fill(`#${searchId}`, name);
  const button = page.locator(`[data-testid="${searchId}-results"] li`).filter({ hasText: name }).locator('[data-testid="audience-choose"]');
  await button.waitFor();
  await button.click();
}

describe("push", { concurrency: false }, () => {
  before(async () => {
    browser = await launch();
    biz = await newBusiness(browser, { label: "Push", locations: ["Centro"], staffLocations: [0] });
    ana = (await gql(biz.admin.context, "CreateCustomer", { input: { firstName: "Ana", lastName: "Pushtest", tags: ["vip"], consents: { push: true, source: "PANEL" } } })).createCustomer;
    beto = (await gql(biz.admin.context, "CreateCustomer", { input: { firstName: "Beto", lastName: "Pushtest", tags: ["vip"] } })).createCustomer;
    analyst = await newAnalyst(browser, biz.admin.context, biz.run, "Analista Push");
    page = await biz.admin.context.newPage();
  });

  after(async () => {
    await browser?.close();
  });

  it("shows Push in the navigation and an empty history", async () => {
    await page.goto("/dashboard");
    await page.click('[data-testid="nav-push"]');
    await page.waitForURL("**/push");
    await page.getByTestId("sends-empty").waitFor();
  });

  it("composes for a hand-picked list with placeholders and previews reach and skips in words", async () => {
    await page.click('[data-testid="push-new"]');
    await page.waitForURL("**/push/new");
    await page.check('[data-testid="audience-CUSTOMERS"]');
    await pickFromSearch("audience-list-search", "Ana Pushtest");
    await pickFromSearch("audience-list-search", "Beto Pushtest");
    assert.match(await page.getByTestId("audience-list-count").innerText(), /2 clientes/);
    await page.fill("#push-title", "Hola ");
    await page.click('[data-testid="placeholder-firstName"]');
    assert.equal(await page.inputValue("#push-title"), "Hola {{firstName}}");
    await page.click("#push-body");
    await page.fill("#push-body", "Tienes puntos en ");
    await page.click('[data-testid="placeholder-businessName"]');
    assert.equal(await page.inputValue("#push-body"), "Tienes puntos en {{businessName}}");
    await page.getByTestId("push-preview").waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="preview-customers"]')?.textContent === "2");
    assert.equal(await page.getByTestId("preview-reachable").innerText(), "0");
    assert.match(await page.getByTestId("preview-skip-NO_CONSENT").innerText(), /consentimiento[\s\S]*1/);
    assert.match(await page.getByTestId("preview-skip-NO_DEVICE").innerText(), /dispositivo activo[\s\S]*1/);
    assert.match(await page.getByTestId("phone-title").innerText(), /^Hola /);
    assert.doesNotMatch(await page.getByTestId("phone-title").innerText(), /\{\{/);
    assert.match(await page.getByTestId("preview-payload").innerText(), /de 4[.,]096 bytes/);
    await screenshot(page, "push-composer-preview");
  });

  it("refuses a schedule in the past beside the field", async () => {
    await page.check('[data-testid="when-later"]');
    await page.fill("#push-scheduled-at", localDateTime(ZONE, -1, "09:00"));
    await page.click('[data-testid="push-submit"]');
    await page.locator("#push-scheduled-at-error").waitFor();
    assert.match(await page.locator("#push-scheduled-at-error").innerText(), /ya pasó/);
    assert.equal(await page.getAttribute("#push-scheduled-at", "aria-invalid"), "true");
  });

  it("schedules a segment once even when the button is clicked twice, and opens the send", async () => {
    await page.check('[data-testid="audience-SEGMENT"]');
    await page.getByTestId("segment-tags").getByLabel("vip").check();
    await page.waitForFunction(() => document.querySelector('[data-testid="preview-customers"]')?.textContent === "2");
    await page.fill("#push-scheduled-at", localDateTime(ZONE, 2, "09:00"));
    await page.dblclick('[data-testid="push-submit"]');
    await page.waitForURL(/\/push\/sends\/[0-9a-f-]{36}$/);
    scheduledUrl = new URL(page.url()).pathname;
    assert.match(await page.getByTestId("send-notice").innerText(), /Se programó/);
    assert.equal(await page.getByTestId("send-status").innerText(), "Programado");
    await page.goto("/push");
    await page.getByTestId("sends-table").waitFor();
    assert.equal(await page.locator('[data-testid="send-row"]').count(), 1, "one send for the double click");
    assert.match(await page.locator('[data-testid="send-row"]').first().innerText(), /Hola \{\{firstName\}\}[\s\S]*Programado/);
  });

  it("cancels the scheduled send after confirming", async () => {
    await page.goto(scheduledUrl);
    await page.click('[data-testid="send-cancel"]');
    await page.getByTestId("send-cancel-confirm").waitFor();
    await page.click('[data-testid="send-cancel-no"]');
    assert.equal(await page.getByTestId("send-status").innerText(), "Programado");
    await page.click('[data-testid="send-cancel"]');
    await page.click('[data-testid="send-cancel-yes"]');
    await page.getByTestId("send-notice").waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="send-status"]')?.textContent === "Cancelado");
    assert.equal(await page.locator('[data-testid="send-cancel"]').count(), 0);
    await screenshot(page, "push-send-cancelled");
  });

  it("sends now from the customer's record and shows the skip with its reason", async () => {
    await page.goto(`/customers/${ana.id}`);
    await page.getByTestId("customer-push").waitFor();
    await page.getByTestId("customer-no-devices").waitFor();
    await page.click('[data-testid="customer-send-push"]');
    await page.waitForURL(/\/push\/new\?customer=/);
    assert.match(await page.getByTestId("audience-picked").innerText(), /Ana Pushtest/);
    await page.fill("#push-title", "Ana, te esperamos");
    await page.fill("#push-body", "Hoy hay café gratis");
    await page.getByTestId("push-preview").waitFor();
    await page.click('[data-testid="push-submit"]');
    await page.waitForURL(/\/push\/sends\/[0-9a-f-]{36}$/);
    // No device: nothing to deliver, the customer is skipped with the reason.
    await page.waitForFunction(() => document.querySelector('[data-testid="send-status"]')?.textContent === "Terminado", null, { timeout: 30_000 });
    await page.reload();
    assert.equal(await page.getByTestId("figure-skipped").innerText(), "1");
    assert.equal(await page.getByTestId("figure-recipients").innerText(), "0");
    await page.click('[data-testid="skip-show-NO_DEVICE"]');
    await page.locator('[data-testid="skip-row"]').first().waitFor();
    assert.match(await page.getByTestId("skips-table").innerText(), /Ana Pushtest/);
    await screenshot(page, "push-send-detail");
    await page.goto(`/customers/${ana.id}`);
    await page.getByTestId("customer-skips").waitFor();
    assert.match(await page.getByTestId("customer-skips").innerText(), /te esperamos[\s\S]*dispositivo activo/);
  });

  it("filters the history by status", async () => {
    // Before the Staff test adds a third send.
    await page.goto("/push");
    await page.getByTestId("sends-table").waitFor();
    assert.equal(await page.locator('[data-testid="send-row"]').count(), 2);
    await page.selectOption("#sends-status", "CANCELLED");
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="send-row"]').length === 1);
    assert.match(await page.locator('[data-testid="send-row"]').first().innerText(), /Cancelado/);
  });

  it("fits a phone-sized screen: the history's table scrolls inside its box", async () => {
    await assertFitsPhone(page, {
      what: "the push history",
      shot: "push-history-phone",
      open: async () => {
        await page.goto("/push");
        await page.getByTestId("sends-table").waitFor();
        await page.locator('[data-testid="send-row"]').first().waitFor();
      },
    });
  });

  it("lets Staff compose for one customer only", async () => {
    const staffPage = await biz.staff.context.newPage();
    await staffPage.goto("/push/new");
    await staffPage.locator("#audience-search").waitFor();
    assert.equal(await staffPage.locator('[data-testid="audience-ALL"]').count(), 0);
    assert.equal(await staffPage.locator('[data-testid="audience-SEGMENT"]').count(), 0);
    await staffPage.goto("/push");
    await staffPage.getByTestId("sends-table").waitFor();
    // An Admin's scheduled send: the Admin may cancel it, the Staff member may not.
    const at = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const sent = await gql(biz.admin.context, "SendPush", {
      input: { audience: { kind: "ALL" }, message: { title: "Para todos", body: "Hola" }, scheduledAt: at, idempotencyKey: `e2e-${biz.run}` },
    });
    await staffPage.goto(`/push/sends/${sent.sendPush.id}`);
    await staffPage.getByTestId("send-title").waitFor();
    assert.equal(await staffPage.locator('[data-testid="send-cancel"]').count(), 0, "Staff do not cancel an Admin's send");
    await page.goto(`/push/sends/${sent.sendPush.id}`);
    await page.getByTestId("send-cancel").waitFor();
    await staffPage.close();
  });

  it("lets Analysts read the history but not compose", async () => {
    const analystPage = await analyst.newPage();
    await analystPage.goto("/dashboard");
    await analystPage.getByTestId("nav-push").waitFor();
    await analystPage.goto("/push");
    await analystPage.getByTestId("sends-table").waitFor();
    assert.equal(await analystPage.locator('[data-testid="push-new"]').count(), 0);
    assert.equal(await analystPage.locator('[data-testid="push-tab-compose"]').count(), 0);
    await analystPage.goto("/push/new");
    await analystPage.getByTestId("forbidden").waitFor();
    await analystPage.goto("/push/settings");
    await analystPage.getByTestId("push-settings-summary").waitFor();
    assert.equal(await analystPage.locator('[data-testid="push-settings-save"]').count(), 0);
    await analystPage.close();
  });
});
