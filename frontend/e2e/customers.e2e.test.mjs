// Customers pages end to end: create with field checks and duplicate handling, search and filters
// with pagination, edit, and the customer's record (tags, notes, consents with history, timeline).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { launch, screenshot } from "./browser.mjs";
import { assertFitsPhone, gql, newBusiness } from "./fixtures.mjs";

let browser;
let biz;
let page;
let anaUrl;

const rows = () => page.locator('[data-testid="customer-row"]');

async function waitForRows(count) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="customer-row"]').length === n, count);
}

describe("customers", { concurrency: false }, () => {
  before(async () => {
    browser = await launch();
    biz = await newBusiness(browser, { label: "Clientes", locations: ["Centro"] });
    page = await biz.admin.context.newPage();
  });

  after(async () => {
    await browser?.close();
  });

  it("shows an empty list to a new business", async () => {
    await page.goto("/customers");
    await page.getByTestId("customers-empty").waitFor();
    assert.match(await page.locator("h1").innerText(), /Clientes/);
  });

  it("checks the fields beside each one before creating", async () => {
    await page.click('[data-testid="new-customer"]');
    await page.waitForURL("**/customers/new");
    await page.click('[data-testid="customer-submit"]');
    await page.locator("#firstName-error").waitFor();
    assert.equal(await page.getAttribute("#firstName", "aria-invalid"), "true");
    await page.fill("#firstName", "Ana");
    await page.fill("#email", "ana@");
    await page.fill("#phone", "12");
    await page.click('[data-testid="customer-submit"]');
    await page.locator("#email-error").waitFor();
    assert.match(await page.locator("#phone-error").innerText(), /teléfono válido/);
    await screenshot(page, "customer-form-errors");
  });

  it("creates a customer and opens the record", async () => {
    await page.fill("#lastName", "Gómez");
    await page.fill("#email", `ana-${biz.run}@cliente.example`);
    await page.fill("#phone", "300 123 4567");
    await page.fill("#tags", "VIP, almuerzo");
    await page.check("#consentPush");
    await page.click('[data-testid="customer-submit"]');
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    anaUrl = new URL(page.url()).pathname;
    assert.match(await page.getByTestId("customer-notice").innerText(), /Ana Gómez/);
    assert.equal(await page.getByTestId("customer-visits").innerText(), "0");
    assert.deepEqual((await page.locator('[data-testid="customer-tags"] li').allInnerTexts()).map((s) => s.replace("×", "").trim()), ["vip", "almuerzo"]);
    assert.match(await page.getByTestId("consent-PUSH").innerText(), /Aceptado/);
  });

  it("links to the existing customer when the email is taken", async () => {
    await page.goto("/customers/new");
    await page.fill("#firstName", "Ana María");
    await page.fill("#email", `ANA-${biz.run}@cliente.example`);
    await page.click('[data-testid="customer-submit"]');
    await page.getByTestId("customer-conflict").waitFor();
    assert.match(await page.locator("#email-error").innerText(), /Ya existe un cliente con este correo/);
    await page.click('[data-testid="customer-conflict-link"]');
    await page.waitForURL(`**${anaUrl}`);
    assert.equal(await page.getByTestId("customer-name").innerText(), "Ana Gómez");
  });

  it("searches as you type, filters by tag and pages through the list", async () => {
    // 27 more customers through the API, every third one tagged "cumple".
    for (let i = 1; i <= 27; i++) {
      await gql(biz.admin.context, "CreateCustomer", {
        input: { firstName: `Cliente${String(i).padStart(2, "0")}`, lastName: "Prueba", tags: i % 3 === 0 ? ["cumple"] : [] },
      });
    }
    await page.goto("/customers");
    await waitForRows(25);
    assert.match(await page.getByTestId("customers-count").innerText(), /28 clientes/);
    assert.match(await page.getByTestId("customers-range").innerText(), /1–25 de 28/);
    await page.click('[data-testid="customers-next"]');
    await waitForRows(3);
    assert.match(await page.getByTestId("customers-range").innerText(), /26–28 de 28/);
    await page.click('[data-testid="customers-previous"]');
    await waitForRows(25);

    await page.fill("#customer-search", "góm");
    await waitForRows(1);
    assert.match(await rows().first().innerText(), /Ana Gómez/);
    assert.match(page.url(), /\?q=g%C3%B3m/);
    await page.fill("#customer-search", "");
    await waitForRows(25);
    await page.selectOption("#customer-tag", "cumple");
    await waitForRows(9);
    assert.match(page.url(), /tag=cumple/);
    await screenshot(page, "customers");

    // The filtered list survives a reload: the server renders the URL's filters.
    await page.reload();
    await waitForRows(9);
    assert.equal(await page.locator("#customer-tag").inputValue(), "cumple");
    await page.fill("#customer-search", "zzz-nadie");
    await page.getByTestId("customers-empty").waitFor();
  });

  it("fits a phone-sized screen: the list's table scrolls inside its box", async () => {
    await assertFitsPhone(page, {
      what: "the customers list",
      shot: "customers-phone",
      open: async () => {
        await page.goto("/customers");
        await waitForRows(25);
      },
    });
  });

  it("edits a customer", async () => {
    await page.goto(anaUrl);
    await page.click('[data-testid="customer-edit"]');
    await page.waitForURL(`**${anaUrl}/edit`);
    assert.equal(await page.inputValue("#firstName"), "Ana");
    await page.fill("#birthday", "1990-04-21");
    await page.fill("#lastName", "Gómez Ruiz");
    await page.click('[data-testid="customer-submit"]');
    await page.waitForURL(`**${anaUrl}`);
    assert.equal(await page.getByTestId("customer-name").innerText(), "Ana Gómez Ruiz");
    assert.match(await page.getByTestId("customer-notice").innerText(), /Se guardaron los cambios/);
  });

  it("manages tags, notes and consents on the record, with their history and the timeline", async () => {
    await page.goto(anaUrl);
    await page.fill("#new-tag", "Cumpleaños marzo");
    await page.click('[data-testid="tag-add"]');
    await page.locator('[data-testid="customer-tags"] li', { hasText: "cumpleaños marzo" }).waitFor();
    await page.getByRole("button", { name: "Quitar la etiqueta almuerzo" }).click();
    await page.locator('[data-testid="customer-tags"] li', { hasText: "almuerzo" }).waitFor({ state: "detached" });

    await page.fill("#note-body", "Prefiere la mesa junto a la ventana.");
    await page.click('[data-testid="note-add"]');
    await page.locator('[data-testid="customer-notes"] li', { hasText: "mesa junto a la ventana" }).waitFor();
    await page.locator('[data-testid="timeline-entry"][data-kind="NOTE"]', { hasText: "mesa junto a la ventana" }).waitFor();

    await page.getByRole("button", { name: "Registrar que acepta: Mensajes de marketing" }).click();
    await page.getByTestId("consents-notice").waitFor();
    assert.match(await page.getByTestId("consent-MARKETING").innerText(), /Aceptado/);
    await page.getByRole("button", { name: "Registrar que retira: Notificaciones push" }).click();
    await page.locator('[data-testid="consent-PUSH"]', { hasText: "Retirado" }).waitFor();

    await page.click('[data-testid="consent-history-toggle"]');
    const history = page.locator('[data-testid="consent-history"] li');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="consent-history"] li').length >= 3);
    const lines = await history.allInnerTexts();
    assert.match(lines[0], /Retiró: Notificaciones push/);
    assert.ok(lines.some((l) => /Aceptó: Mensajes de marketing/.test(l)), lines.join("\n"));
    assert.ok(lines.some((l) => /Aceptó: Notificaciones push/.test(l)), lines.join("\n"));
    await page.locator('[data-testid="timeline-entry"][data-kind="CONSENT"]').first().waitFor();
    await screenshot(page, "customer-detail");
  });

  it("answers not found for an unknown customer", async () => {
    await page.goto("/customers/00000000-0000-4000-8000-000000000000");
    assert.match(await page.locator("h1").innerText(), /No encontramos/);
  });
});
