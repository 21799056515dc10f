// Campaigns end to end, against the real API: an Admin builds a TRIGGERED INACTIVITY campaign with a
// segment written in place (its live count matches the seeded customers), sees the API's refusal beside
// the field it names (dates between which the daily run never fires), saves the draft, reads the dry
// run (the two lapsed customers qualify, nobody is reachable without consent and a device), activates,
// pauses it, edits it while paused, resumes and archives it; each after a confirmation; editing is locked while it runs. An
// Analyst reads the list and the campaign without any action. A one-off campaign sent by the scheduler shows
// its page, funnel table included, on a phone without sideways scrolling.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { launch, screenshot } from "./browser.mjs";
import { assertFitsPhone, gql, localDateTime, newAnalyst, newBusiness } from "./fixtures.mjs";

const ZONE = "America/Bogota";
const DAY = 86_400_000;

let browser;
let biz;
let page;
let analyst;
let campaignUrl;

/** A customer whose only visit was `daysAgo` days ago at the business's location. */
async function customerWithVisit(firstName, daysAgo, consents = undefined) {
  const customer = (await gql(biz.admin.context, "CreateCustomer", { input: { firstName, lastName: "Campaña", consents } })).createCustomer;
  await gql(biz.admin.context, "RecordVisit", {
    input: { customerId: customer.id, locationId: biz.locations[0].id, occurredAt: new Date(Date.now() - daysAgo * DAY).toISOString() },
  });
  return customer;
}

async function confirm(action) {
  await page.click(`[data-testid="campaign-${action}"]`);
  await page.getByTestId("campaign-confirm").waitFor();
  await page.click('[data-testid="campaign-confirm-yes"]');
  await page.getByTestId("campaign-notice").waitFor();
}

async function statusIs(text) {
  await page.waitForFunction((expected) => document.querySelector('[data-testid="campaign-status"]')?.textContent === expected, text);
}

describe("campaigns", { concurrency: false }, () => {
  before(async () => {
    browser = await launch();
    biz = await newBusiness(browser, { label: "Camp", locations: ["Centro"] });
    // Two customers lapsed for weeks (Ana allows notifications but has no app yet), one who came two days ago.
    await customerWithVisit("Ana", 60, { push: true, source: "PANEL" });
    await customerWithVisit("Beto", 45);
    await customerWithVisit("Carla", 2);
    analyst = await newAnalyst(browser, biz.admin.context, biz.run, "Analista Campañas");
    page = await biz.admin.context.newPage();
  });

  after(async () => {
    await browser?.close();
  });

  it("shows Campaigns in the navigation with an empty list", async () => {
    await page.goto("/dashboard");
    await page.click('[data-testid="nav-campaigns"]');
    await page.waitForURL("**/campaigns");
    await page.getByTestId("campaigns-empty").waitFor();
  });

  it("builds an inactivity campaign with a segment written in place, counted live", async () => {
    await page.click('[data-testid="campaign-new"]');
    await page.waitForURL("**/campaigns/new");
    await page.fill("#campaign-name", "Te extrañamos");
    assert.equal(await page.isChecked('[data-testid="kind-TRIGGERED"]'), true);
    assert.equal(await page.inputValue("#campaign-trigger"), "INACTIVITY");
    await page.fill("#trigger-days", "30");
    // Another trigger's fields replace these: a birthday takes a local time, not days.
    await page.selectOption("#campaign-trigger", "BIRTHDAY");
    await page.locator("#trigger-local-time").waitFor();
    assert.equal(await page.locator("#trigger-days").count(), 0);
    await page.selectOption("#campaign-trigger", "INACTIVITY");
    await page.fill("#trigger-days", "30");

    await page.click('[data-testid="segment-new"]');
    await page.fill("#new-segment-name", `Sin venir hace un mes ${biz.run}`);
    // The editor starts on "last visit more than 30 days ago": Ana and Beto, not Carla.
    await page.waitForFunction(() => document.querySelector('[data-testid="segment-count"]')?.getAttribute("data-count") === "2");
    await page.click('[data-testid="new-segment-save"]');
    await page.getByTestId("new-segment").waitFor({ state: "detached" });
    await page.waitForFunction(() => {
      const select = document.querySelector("#segment-picker");
      return select && select.value !== "" && /Sin venir hace un mes/.test(select.selectedOptions[0]?.textContent ?? "");
    });

    await page.fill("#push-title", "Hola ");
    await page.click('[data-testid="placeholder-firstName"]');
    assert.equal(await page.inputValue("#push-title"), "Hola {{firstName}}");
    await page.click("#push-body");
    await page.fill("#push-body", "Hace rato no vienes a {{businessName}}: hoy tu café va por nuestra cuenta");
    assert.match(await page.getByTestId("phone-title").innerText(), /^Hola Ana$/);
  });

  it("shows the API's refusal beside the field it names", async () => {
    // The inactivity check runs daily at 10:00: between 11:00 and 12:00 tomorrow it never fires.
    await page.fill("#campaign-starts-at", localDateTime(ZONE, 1, "11:00"));
    await page.fill("#campaign-ends-at", localDateTime(ZONE, 1, "12:00"));
    await page.click('[data-testid="campaign-save"]');
    await page.locator("#campaign-ends-at-error").waitFor();
    assert.match(await page.locator("#campaign-ends-at-error").innerText(), /nunca enviaría/);
    assert.equal(await page.getAttribute("#campaign-ends-at", "aria-invalid"), "true");
    assert.match(page.url(), /\/campaigns\/new$/);
    await screenshot(page, "campaign-builder-refusal");
  });

  it("saves the draft once the dates no longer keep it from running", async () => {
    await page.fill("#campaign-starts-at", "");
    await page.fill("#campaign-ends-at", "");
    await page.click('[data-testid="campaign-save"]');
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    campaignUrl = new URL(page.url()).pathname;
    assert.match(await page.getByTestId("campaign-notice").innerText(), /Te extrañamos/);
    assert.equal(await page.getByTestId("campaign-status").innerText(), "Borrador");
    assert.match(await page.getByTestId("settings-when").innerText(), /Sin visitas durante 30 días/);
    assert.match(await page.getByTestId("settings-segment").innerText(), /Sin venir hace un mes/);
    // Its condition in the panel's language (the API's description is English).
    assert.equal(await page.getByTestId("settings-segment-words").innerText(), "última visita hace más de 30 días");
  });

  it("dry-runs it: the seeded lapsed customers qualify, each held back for their reason", async () => {
    await page.getByTestId("dry-run").waitFor();
    // Ana and Beto (not Carla) qualify; the sample lists reachable customers only, and neither has a device.
    assert.equal(await page.getByTestId("dry-run-qualifying").innerText(), "2");
    assert.equal(await page.getByTestId("dry-run-reachable").innerText(), "0");
    assert.equal(await page.getByTestId("dry-run-held").innerText(), "2");
    assert.match(await page.getByTestId("dry-run-held-NO_CONSENT").innerText(), /Sin consentimiento[\s\S]*1/);
    assert.match(await page.getByTestId("dry-run-held-NO_DEVICE").innerText(), /Sin dispositivo activo[\s\S]*1/);
    assert.equal(await page.locator('[data-testid="dry-run-sample"]').count(), 0);
    assert.ok((await page.locator('[data-testid="dry-run-occurrence"]').count()) >= 1, "the daily inactivity run is listed");
    await screenshot(page, "campaign-dry-run");
  });

  it("activates it after confirming, and then locks editing", async () => {
    await page.click('[data-testid="campaign-activate"]');
    await page.getByTestId("campaign-confirm").waitFor();
    await page.click('[data-testid="campaign-confirm-no"]');
    assert.equal(await page.getByTestId("campaign-status").innerText(), "Borrador");
    await confirm("activate");
    await statusIs("Activa");
    assert.equal(await page.locator('[data-testid="campaign-edit"]').count(), 0);
    await page.getByTestId("campaign-pause").waitFor();
    await page.getByTestId("funnel").waitFor();
    await page.goto(`${campaignUrl}/edit`);
    await page.getByTestId("campaign-locked").waitFor();
    await page.goto(campaignUrl);
  });

  it("pauses it, edits it while paused, resumes and archives it; the list hides it unless asked", async () => {
    await confirm("pause");
    await statusIs("En pausa");
    await page.click('[data-testid="campaign-edit"]');
    await page.waitForURL(`**${campaignUrl}/edit`);
    assert.equal(await page.inputValue("#trigger-days"), "30");
    await page.waitForFunction(() => /Sin venir hace un mes/.test(document.querySelector("#segment-picker")?.selectedOptions[0]?.textContent ?? ""));
    await page.fill("#trigger-days", "45");
    await page.click('[data-testid="campaign-save"]');
    await page.waitForURL(`**${campaignUrl}`);
    assert.match(await page.getByTestId("settings-when").innerText(), /Sin visitas durante 45 días/);
    assert.equal(await page.getByTestId("campaign-status").innerText(), "En pausa");
    await confirm("resume");
    await statusIs("Activa");
    await confirm("archive");
    await statusIs("Archivada");
    assert.equal(await page.locator('[data-testid="campaign-actions"] button').count(), 0);
    await page.goto("/campaigns");
    await page.getByTestId("campaigns-empty").waitFor();
    await page.check('[data-testid="campaigns-archived"]');
    await page.locator('[data-testid="campaign-row"]').first().waitFor();
    assert.match(await page.locator('[data-testid="campaign-row"]').first().innerText(), /Te extrañamos[\s\S]*Archivada[\s\S]*Sin visitas durante 45 días/);
    await screenshot(page, "campaigns-list");
  });

  it("fits a phone-sized screen: the list's table scrolls inside its box", async () => {
    await assertFitsPhone(page, {
      what: "the campaigns list",
      shot: "campaigns-phone",
      open: async () => {
        await page.goto("/campaigns");
        await page.getByTestId("campaigns-empty").waitFor();
        await page.check('[data-testid="campaigns-archived"]');
        await page.locator('[data-testid="campaign-row"]').first().waitFor();
      },
    });
  });

  it("lets Analysts read campaigns without acting on them", async () => {
    const analystPage = await analyst.newPage();
    await analystPage.goto("/campaigns");
    await analystPage.getByTestId("campaigns-read-only").waitFor();
    assert.equal(await analystPage.locator('[data-testid="campaign-new"]').count(), 0);
    await analystPage.goto(campaignUrl);
    await analystPage.getByTestId("campaign-read-only").waitFor();
    assert.equal(await analystPage.getByTestId("campaign-status").innerText(), "Archivada");
    assert.equal(await analystPage.locator('[data-testid="campaign-actions"]').count(), 0);
    await analystPage.goto("/campaigns/new");
    await analystPage.getByTestId("forbidden").waitFor();
    await analystPage.close();
  });

  it("fits a phone-sized screen: a sent campaign's page, its day-by-day funnel table open, scrolls inside its box", async () => {
    // A one-off campaign to every customer, sent by the scheduler's next poll (every 30 s): its funnel has a day.
    const created = (await gql(biz.admin.context, "CreateCampaign", {
      input: { name: "Hoy invitamos", kind: "ONE_OFF", message: { title: "Hoy invitamos", body: "Un café por nuestra cuenta en tu próxima visita" } },
    })).createCampaign;
    await gql(biz.admin.context, "ActivateCampaign", { id: created.id });
    const url = `/campaigns/${created.id}`;
    const deadline = Date.now() + 150_000;
    for (;;) {
      await page.goto(url);
      await page.locator('[data-testid="funnel-chart"], [data-testid="funnel-no-days"]').first().waitFor();
      if ((await page.getByTestId("funnel-chart").count()) > 0) break;
      assert.ok(Date.now() < deadline, "the scheduler ran the one-off campaign within 150 s");
      await page.waitForTimeout(3_000);
    }
    await assertFitsPhone(page, {
      what: "a sent campaign's page with its day-by-day table",
      shot: "campaign-detail-phone",
      open: async () => {
        await page.goto(url);
        await page.getByTestId("funnel-chart").waitFor();
        await page.click('[data-testid="funnel"] details > summary');
        await page.locator('[data-testid="funnel-day"]').first().waitFor();
      },
    });
  });
});
