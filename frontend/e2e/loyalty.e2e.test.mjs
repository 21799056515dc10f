// Loyalty end to end: an Admin creates and edits a program and its rewards catalogue, issues a card
// on a customer's record and adjusts its balance; a Staff user redeems rewards at the counter on a
// phone-sized screen (out of stock and insufficient balance said in words); Staff and Analysts read
// the programs without editing controls.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { PANEL_URL, launch, newContext, screenshot } from "./browser.mjs";
import { PASSWORD, assertFitsPhone, gql, newBusiness } from "./fixtures.mjs";

let browser;
let biz;
let page;
let programUrl;
let programId;
let customer;
let card;
let analystContext;

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

const rewardRow = (name) => page.locator('[data-testid="reward-row"]', { hasText: name });
const rewardsOf = async () => (await gql(biz.admin.context, "LoyaltyProgram", { id: programId })).loyaltyProgram.rewards;

/** What a real QR decoder (zbar-tools, where installed) reads in an element's screenshot; null without one. */
async function decodeQr(locator) {
  try {
    execFileSync("zbarimg", ["--version"], { stdio: "ignore" });
  } catch {
    return null;
  }
  const file = join(mkdtempSync(join(tmpdir(), "qr-e2e-")), "qr.png");
  await locator.screenshot({ path: file });
  return execFileSync("zbarimg", ["--quiet", "--raw", file], { encoding: "utf8" }).trim();
}

/** Accepts the next confirmation dialog (deactivations and redemptions ask first). */
function acceptNextDialog(target) {
  target.once("dialog", (dialog) => void dialog.accept());
}

describe("loyalty", { concurrency: false }, () => {
  before(async () => {
    browser = await launch();
    biz = await newBusiness(browser, { label: "Fidelidad", locations: ["Centro"], staffLocations: [0] });
    customer = (await gql(biz.admin.context, "CreateCustomer", { input: { firstName: "Lucía", lastName: "Rojas", phone: "311 555 0199" } })).createCustomer;
    page = await biz.admin.context.newPage();
  });

  after(async () => {
    await browser?.close();
  });

  it("checks a new program's fields beside each one", async () => {
    await page.goto("/loyalty");
    await page.getByTestId("programs-empty").waitFor();
    await page.click('[data-testid="new-program"]');
    await page.selectOption("#program-kind", "STAMPS");
    await page.fill("#program-stampsPerReward", "0");
    await page.fill("#program-expiryDays", "5000");
    await page.click('[data-testid="program-submit"]');
    await page.locator("#program-name-error").waitFor();
    assert.equal(await page.getAttribute("#program-name", "aria-invalid"), "true");
    assert.match(await page.locator("#program-stampsPerReward-error").innerText(), /entre 1 y 1[.,]000/);
    assert.match(await page.locator("#program-expiryDays-error").innerText(), /entre 1 y 3[.,]650/);
    await screenshot(page, "loyalty-program-errors");
  });

  it("creates a points program and opens its settings", async () => {
    await page.selectOption("#program-kind", "POINTS");
    await page.fill("#program-name", "Puntos Fidelidad");
    await page.fill("#program-pointsPerVisit", "0");
    await page.fill("#program-pointsPerCurrencyUnit", "0");
    await page.click('[data-testid="program-submit"]');
    assert.match(await page.locator("#program-pointsPerVisit-error").innerText(), /por visita, por consumo o ambos/);
    await page.fill("#program-pointsPerVisit", "10");
    await page.fill("#program-pointsPerCurrencyUnit", "0,001");
    await page.fill("#program-expiryDays", "365");
    await page.click('[data-testid="program-submit"]');
    await page.waitForURL(/\/loyalty\/[0-9a-f-]{36}$/);
    programUrl = new URL(page.url()).pathname;
    programId = programUrl.split("/").pop();
    assert.match(await page.getByTestId("program-notice").innerText(), /Se creó el programa «Puntos Fidelidad»/);
    assert.equal(await page.getByTestId("program-kind-fixed").innerText(), "Puntos");
    assert.equal(await page.inputValue("#program-pointsPerCurrencyUnit"), "0.001");
  });

  it("edits the rules, explaining that earned points keep their expiry", async () => {
    assert.match(await page.getByTestId("program-rules-note").innerText(), /conservan la regla de vencimiento/);
    await page.fill("#program-pointsPerVisit", "20");
    await page.fill("#program-expiryDays", "180");
    await page.click('[data-testid="program-submit"]');
    await page.locator('[data-testid="program-notice"]', { hasText: "Se guardaron los cambios" }).waitFor();
    await page.goto("/loyalty");
    const row = page.locator('[data-testid="program-row"]', { hasText: "Puntos Fidelidad" });
    await row.waitFor();
    const text = await row.innerText();
    assert.match(text, /20 puntos por visita/);
    assert.match(text, /1 punto\(s\) por cada 1[.,]000 COP|1 punto\(s\) por cada 1[.,]000/);
    assert.match(text, /Vencen tras 180 días sin actividad/);
    assert.match(text, /Programa principal/);
    await screenshot(page, "loyalty-programs");
  });

  it("deactivates the program after confirming, and reactivates it", async () => {
    await page.goto(programUrl);
    acceptNextDialog(page);
    await page.click('[data-testid="program-toggle-active"]');
    await page.locator('[data-testid="program-state"]', { hasText: "Inactivo" }).waitFor();
    assert.match(await page.getByTestId("program-notice").innerText(), /Se desactivó/);
    await page.click('[data-testid="program-toggle-active"]');
    await page.locator('[data-testid="program-state"]', { hasText: "Activo" }).waitFor();
  });

  it("adds, edits, withdraws and offers again the catalogue's rewards", async () => {
    await page.getByTestId("rewards-empty").waitFor();
    await page.click('[data-testid="new-reward"]');
    await page.click('[data-testid="reward-submit"]');
    await page.locator("#reward-name-error").waitFor();
    assert.ok(await page.locator("#reward-cost-error").isVisible());

    const add = async (name, cost, stock = "") => {
      await page.fill("#reward-name", name);
      await page.fill("#reward-cost", cost);
      await page.fill("#reward-stock", stock);
      await page.click('[data-testid="reward-submit"]');
      await rewardRow(name).waitFor();
    };
    await add("Café gratis", "50");
    for (const [name, cost, stock] of [
      ["Postre", "80", "1"],
      ["Taza", "500", ""],
    ]) {
      await page.click('[data-testid="new-reward"]');
      await add(name, cost, stock);
    }
    assert.match(await rewardRow("Café gratis").innerText(), /50 puntos\s+Ilimitadas/);
    assert.match(await page.getByTestId("rewards-notice").innerText(), /Se agregó «Taza»/);

    await page.getByRole("button", { name: "Editar Café gratis" }).click();
    assert.equal(await page.inputValue("#reward-cost"), "50");
    await page.fill("#reward-cost", "40");
    await page.fill("#reward-description", "Un tinto o un americano");
    await page.click('[data-testid="reward-submit"]');
    await page.locator('[data-testid="rewards-notice"]', { hasText: "Se guardó «Café gratis»" }).waitFor();
    assert.match(await rewardRow("Café gratis").innerText(), /Un tinto o un americano[\s\S]*40 puntos/);

    await page.getByRole("button", { name: "Retirar Taza del catálogo" }).click();
    await page.locator('[data-testid="reward-row"][data-active="false"]', { hasText: "Taza" }).waitFor();
    await page.getByRole("button", { name: "Volver a ofrecer Taza" }).click();
    await page.locator('[data-testid="reward-row"][data-active="true"]', { hasText: "Taza" }).waitFor();
    await screenshot(page, "loyalty-rewards");

    const saved = await rewardsOf();
    assert.deepEqual(saved.map((r) => [r.name, r.cost, r.stock, r.active]), [
      ["Café gratis", 40, null, true],
      ["Postre", 80, 1, true],
      ["Taza", 500, null, true],
    ]);
  });

  it("fits the programs' and the catalogue's tables on a phone-sized screen, each scrolling inside its box", async () => {
    await assertFitsPhone(page, {
      what: "the loyalty programs list",
      shot: "loyalty-programs-phone",
      open: async () => {
        await page.goto("/loyalty");
        await page.locator('[data-testid="program-row"]').first().waitFor();
      },
    });
    await assertFitsPhone(page, {
      what: "the program's page with its catalogue",
      shot: "loyalty-rewards-phone",
      open: async () => {
        await page.goto(programUrl);
        await rewardRow("Taza").waitFor();
      },
    });
  });

  it("issues a card on the customer's record and adjusts its balance with a reason", async () => {
    await page.goto(`/customers/${customer.id}`);
    await page.getByTestId("cards-none").waitFor();
    await page.click('[data-testid="issue-card-submit"]');
    const cardView = page.locator('[data-testid="loyalty-card"]');
    await cardView.waitFor();
    assert.match(await page.getByTestId("cards-notice").innerText(), /Se creó la tarjeta/);
    assert.equal(await page.getByTestId("card-balance").getAttribute("data-balance"), "0");
    card = (await gql(biz.admin.context, "CustomerLoyaltyCards", { customerId: customer.id })).customer.loyaltyCards[0];
    assert.equal(await page.getByTestId("card-code").innerText(), card.code);
    assert.equal(await page.getByTestId("card-qr-payload").innerText(), card.qrPayload);
    const qr = page.getByRole("img", { name: "Código QR de la tarjeta" });
    assert.ok(await qr.isVisible());
    const read = await decodeQr(qr);
    if (read !== null) assert.equal(read, card.qrPayload, "the QR code on screen reads back as the card's payload");

    const delta = cardView.getByLabel("Puntos a sumar o restar");
    const reason = cardView.getByLabel("Motivo");
    await delta.fill("-5");
    await page.click('[data-testid="adjust-submit"]');
    await page.locator(`#adjust-${card.id}-delta-error`, { hasText: "El saldo es 0" }).waitFor();
    assert.ok(await page.locator(`#adjust-${card.id}-reason-error`).isVisible());

    await delta.fill("100");
    await reason.fill("Bienvenida al programa");
    await page.click('[data-testid="adjust-submit"]');
    await page.locator('[data-testid="card-balance"][data-balance="100"]').waitFor();
    assert.match(await page.getByTestId("card-notice").innerText(), /Nuevo saldo: 100 puntos/);
    const first = page.locator('[data-testid="ledger-entry"]').first();
    await page.locator('[data-testid="ledger-entry"][data-reason="ADJUSTMENT"]', { hasText: "Bienvenida al programa" }).waitFor();
    assert.match(await first.innerText(), /Ajuste manual[\s\S]*Tú[\s\S]*\+100[\s\S]*100/);
    assert.match(await page.getByTestId("card-rewards").innerText(), /Café gratis · 40 puntos[\s\S]*Postre · 80 puntos/);
    await screenshot(page, "loyalty-customer-card");
  });

  it("says so when the balance changed meanwhile and the debit no longer fits", async () => {
    // Another Admin empties the card while this page still shows 100.
    await gql(biz.admin.context, "AdjustPoints", { input: { cardId: card.id, delta: -100, reason: "Corrección" } });
    const cardView = page.locator('[data-testid="loyalty-card"]');
    await cardView.getByLabel("Puntos a sumar o restar").fill("-50");
    await cardView.getByLabel("Motivo").fill("Devolución");
    await page.click('[data-testid="adjust-submit"]');
    await page.locator(`#adjust-${card.id}-delta-error`, { hasText: "no alcanza para descontar" }).waitFor();
  });

  it("pages through the card's ledger", async () => {
    for (let i = 0; i < 11; i++) await gql(biz.admin.context, "AdjustPoints", { input: { cardId: card.id, delta: 10, reason: `Bono ${i + 1}` } });
    await page.reload();
    await page.locator('[data-testid="card-ledger"][data-loaded="true"]').waitFor();
    assert.equal(await page.getByTestId("card-balance").getAttribute("data-balance"), "110");
    assert.equal(await page.locator('[data-testid="ledger-entry"]').count(), 10);
    await page.click('[data-testid="ledger-more"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="ledger-entry"]').length === 13);
    assert.equal(await page.locator('[data-testid="ledger-more"]').count(), 0);
    assert.match(await page.locator('[data-testid="ledger-entry"]').last().innerText(), /Bienvenida al programa/);
  });

  it("fits the customer's record on a phone-sized screen, the card's ledger table scrolling inside its box", async () => {
    await assertFitsPhone(page, {
      what: "the customer's record with the card's ledger",
      shot: "loyalty-customer-card-phone",
      open: async () => {
        await page.goto(`/customers/${customer.id}`);
        await page.locator('[data-testid="card-ledger"][data-loaded="true"]').waitFor();
        await page.locator('[data-testid="ledger-entry"]').first().waitFor();
      },
    });
  });

  it("redeems at the counter on a phone: out of stock and insufficient balance in words, then the new balance", async () => {
    // The Staff user signs in on a phone of their own.
    const phone = await newContext(browser, PHONE);
    const login = await phone.request.post(`${PANEL_URL}/api/session/login`, { headers: { "content-type": "application/json" }, data: { email: biz.staff.email, password: PASSWORD } });
    assert.ok(login.ok(), `login: ${login.status()}`);
    const staff = await phone.newPage();
    await staff.goto("/counter");
    await staff.getByTestId("counter").waitFor();
    await staff.fill("#counter-lookup", card.qrPayload);
    await staff.click('[data-testid="counter-find"]');
    await staff.getByTestId("counter-card").waitFor();
    await staff.locator('[data-testid="redeem-balance"][data-balance="110"]').waitFor();
    assert.match(await staff.getByTestId("redeem-balance").innerText(), /Saldo en Puntos Fidelidad: 110 puntos/);
    const overflow = await staff.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no sideways scrolling (overflow ${overflow}px)`);
    await screenshot(staff, "loyalty-counter-redeem");

    // The last dessert went at another till meanwhile.
    const postre = (await rewardsOf()).find((r) => r.name === "Postre");
    await gql(biz.admin.context, "UpdateReward", { id: postre.id, input: { stock: 0 } });
    acceptNextDialog(staff);
    await staff.getByRole("button", { name: /Canjear Postre/ }).click();
    await staff.locator('[data-testid="redeem-error"]', { hasText: "Ese premio está agotado." }).waitFor();
    await staff.getByRole("button", { name: /Canjear Postre/ }).waitFor({ state: "detached" });

    // The balance went down meanwhile (an Admin's correction).
    await gql(biz.admin.context, "AdjustPoints", { input: { cardId: card.id, delta: -80, reason: "Corrección" } });
    acceptNextDialog(staff);
    await staff.getByRole("button", { name: /Canjear Café gratis/ }).click();
    await staff.locator('[data-testid="redeem-error"]', { hasText: "El saldo no alcanza para ese premio." }).waitFor();
    await staff.locator('[data-testid="redeem-balance"][data-balance="30"]').waitFor();
    await staff.getByTestId("redeem-none").waitFor();

    // Put back, looked up again, redeemed.
    await gql(biz.admin.context, "AdjustPoints", { input: { cardId: card.id, delta: 80, reason: "Corrección revertida" } });
    await staff.getByRole("button", { name: "Cambiar" }).click();
    await staff.fill("#counter-lookup", card.code);
    await staff.keyboard.press("Enter");
    await staff.locator('[data-testid="redeem-balance"][data-balance="110"]').waitFor();
    let asked = "";
    staff.once("dialog", (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await staff.getByRole("button", { name: /Canjear Café gratis/ }).click();
    const done = staff.getByTestId("redeem-done");
    await done.waitFor();
    assert.match(asked, /¿Entregar «Café gratis» por 40 puntos\?/);
    assert.match(await done.innerText(), /Se entregó «Café gratis»\. Saldo: 70 puntos\./);
    await staff.locator('[data-testid="redeem-balance"][data-balance="70"]').waitFor();
    await screenshot(staff, "loyalty-counter-redeemed");

    // The redemption is in the card's ledger, at the Staff user's location.
    await page.reload();
    const redemption = page.locator('[data-testid="ledger-entry"][data-reason="REDEMPTION"]');
    await redemption.waitFor();
    assert.match(await redemption.innerText(), new RegExp(`Canje[\\s\\S]*Café gratis[\\s\\S]*${biz.locations[0].name}[\\s\\S]*−40`));
    await phone.close();
  });

  it("shows Staff the programs and the card without editing controls", async () => {
    const staff = await biz.staff.context.newPage();
    await staff.goto("/loyalty");
    await staff.locator('[data-testid="program-row"]', { hasText: "Puntos Fidelidad" }).waitFor();
    await staff.getByTestId("loyalty-read-only").waitFor();
    assert.equal(await staff.locator('[data-testid="new-program"]').count(), 0);
    await staff.getByRole("link", { name: "Configurar Puntos Fidelidad" }).click();
    await staff.waitForURL(`**${programUrl}`);
    await staff.getByTestId("program-rules").waitFor();
    assert.match(await staff.getByTestId("program-rules").innerText(), /20 puntos por visita/);
    for (const testId of ["program-form", "program-toggle-active", "new-reward"]) assert.equal(await staff.getByTestId(testId).count(), 0, testId);
    assert.equal(await staff.getByRole("button", { name: /Retirar|Editar/ }).count(), 0);
    assert.equal(await staff.locator('[data-testid="reward-row"]').count(), 3);

    await staff.goto(`/customers/${customer.id}`);
    await staff.locator('[data-testid="card-balance"][data-balance="70"]').waitFor();
    assert.equal(await staff.getByTestId("adjust-form").count(), 0);
    await staff.close();
  });

  it("shows an Analyst the programs and the catalogue read-only", async () => {
    const invite = await gql(biz.admin.context, "InviteUser", { input: { email: `analyst-${biz.run}@e2e.example`, role: "ANALYST" } });
    analystContext = await newContext(browser);
    const accepted = await analystContext.request.post(`${PANEL_URL}/api/session/accept-invitation`, {
      headers: { "content-type": "application/json" },
      data: { token: invite.inviteUser.token, displayName: "Analista", password: PASSWORD },
    });
    assert.ok(accepted.ok(), `accept-invitation: ${accepted.status()}`);
    const analyst = await analystContext.newPage();
    await analyst.goto(programUrl);
    await analyst.getByTestId("loyalty-read-only").waitFor();
    assert.equal(await analyst.getByTestId("program-form").count(), 0);
    assert.equal(await analyst.getByTestId("new-reward").count(), 0);
    assert.equal(await analyst.locator('[data-testid="reward-row"]').count(), 3);
    await analyst.goto(`/customers/${customer.id}`);
    await analyst.locator('[data-testid="card-ledger"][data-loaded="true"]').waitFor();
    assert.equal(await analyst.getByTestId("adjust-form").count(), 0);
    assert.equal(await analyst.getByTestId("issue-card").count(), 0);
    await screenshot(analyst, "loyalty-analyst");
  });
});
