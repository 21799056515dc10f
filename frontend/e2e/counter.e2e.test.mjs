// The counter screen end to end, as a Staff user on a phone-sized screen: find a customer, record a
// visit with an amount at their assigned location, and see the customer's counters move.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { launch, screenshot } from "./browser.mjs";
import { gql, newBusiness } from "./fixtures.mjs";

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

let browser;
let biz;
let page;
let carlos;

describe("counter", { concurrency: false }, () => {
  before(async () => {
    browser = await launch();
    biz = await newBusiness(browser, { label: "Mostrador", locations: ["Norte", "Sur"], staffLocations: [0], contextOptions: PHONE });
    const created = await gql(biz.admin.context, "CreateCustomer", { input: { firstName: "Carlos", lastName: "Pérez", phone: "310 555 0101" } });
    carlos = created.createCustomer;
    page = await biz.staff.context.newPage();
  });

  after(async () => {
    await browser?.close();
  });

  it("opens on the Staff user's only location, fitting the phone", async () => {
    await page.goto("/counter");
    await page.getByTestId("counter").waitFor();
    assert.equal(await page.getByTestId("counter-location-name").innerText(), biz.locations[0].name);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no sideways scrolling (overflow ${overflow}px)`);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "counter-lookup");
  });

  it("says so when nobody matches", async () => {
    await page.fill("#counter-lookup", "Nadie Existe");
    await page.click('[data-testid="counter-find"]');
    await page.getByTestId("counter-no-results").waitFor();
  });

  it("finds the customer by phone and records a visit with an amount", async () => {
    await page.fill("#counter-lookup", "3105550101");
    await page.keyboard.press("Enter");
    await page.getByTestId("counter-customer").waitFor();
    assert.equal(await page.getByTestId("counter-customer").innerText(), "Carlos Pérez");
    await page.fill("#counter-amount", "doce mil");
    await page.click('[data-testid="counter-record"]');
    await page.locator("#counter-amount-error").waitFor();
    await page.fill("#counter-amount", "12.500");
    await screenshot(page, "counter-phone");
    await page.click('[data-testid="counter-record"]');
    const done = page.getByTestId("counter-done");
    await done.waitFor();
    const text = await done.innerText();
    assert.match(text, new RegExp(`Visita registrada para Carlos Pérez en ${biz.locations[0].name}`));
    assert.match(text, /Visitas en total: 1/);
    assert.match(text, /12[.,]500/);
    await screenshot(page, "counter-recorded");
  });

  it("serves the next customer by name and picks from several", async () => {
    await gql(biz.admin.context, "CreateCustomer", { input: { firstName: "Carla", lastName: "Pérez" } });
    await page.click('[data-testid="counter-next"]');
    await page.fill("#counter-lookup", "pérez");
    await page.click('[data-testid="counter-find"]');
    await page.locator('[data-testid="counter-results"] li').nth(1).waitFor();
    await page.getByRole("button", { name: "Elegir a Carlos Pérez" }).click();
    await page.click('[data-testid="counter-record"]');
    assert.match(await page.getByTestId("counter-done").innerText(), /Visitas en total: 2/);
  });

  it("explains a card code when the business has no card with it", async () => {
    await page.click('[data-testid="counter-next"]');
    await page.fill("#counter-lookup", "ZZ99XX11");
    await page.click('[data-testid="counter-find"]');
    assert.match(await page.getByTestId("counter-card").innerText(), /ZZ99XX11/);
    await page.click('[data-testid="counter-record"]');
    assert.match(await page.getByTestId("counter-error").innerText(), /tarjeta|fidelización/);
  });

  it("shows the visits on the customer's record and timeline", async () => {
    const admin = await biz.admin.context.newPage();
    await admin.goto(`/customers/${carlos.id}`);
    assert.equal(await admin.getByTestId("customer-visits").innerText(), "2");
    assert.match(await admin.getByTestId("customer-spent").innerText(), /12[.,]500/);
    const visits = admin.locator('[data-testid="timeline-entry"][data-kind="VISIT"]');
    await visits.nth(1).waitFor();
    assert.match(await visits.nth(1).innerText(), new RegExp(`Visita en ${biz.locations[0].name}`));
    assert.match(await visits.nth(1).innerText(), /Consumo: .*12[.,]500/);
    await admin.close();
  });

  it("lets the Staff user filter customers by the location they visited", async () => {
    await page.goto(`/customers?location=${biz.locations[0].id}`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="customer-row"]').length === 1);
    assert.match(await page.locator('[data-testid="customer-row"]').innerText(), /Carlos Pérez/);
  });
});
