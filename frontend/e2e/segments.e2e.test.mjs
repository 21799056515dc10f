// Segments end to end, against the real API: an Admin builds a nested condition in the editor (a group
// of tags, a negated visit count), watches the live count settle on the customers seeded for this file
// (one request per pause in typing, not one per key), sees the API's refusal of an unknown tag at its
// node, saves, edits and deletes the segment; an Analyst reads it without editing controls and Staff
// are refused the page.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { PANEL_URL, launch, newContext, screenshot } from "./browser.mjs";
import { PASSWORD, assertFitsPhone, documentIdOf, gql, newBusiness } from "./fixtures.mjs";

let browser;
let biz;
let page;
let segmentId;
const customers = {};

/** gql, once more when the panel's server closed a kept-alive connection under the request (ECONNRESET). */
async function gqlRetrying(context, name, variables) {
  try {
    return await gql(context, name, variables);
  } catch (error) {
    if (!/ECONNRESET/.test(String(error))) throw error;
    return gql(context, name, variables);
  }
}

function acceptNextDialog(target) {
  target.once("dialog", (dialog) => void dialog.accept());
}

/** The live count once it has settled (no request on its way), as a number. */
async function settledCount() {
  await page.waitForFunction(() => {
    const count = document.querySelector('[data-testid="segment-count"]');
    const busy = document.querySelector('[data-testid="segment-preview"][aria-busy="true"]');
    return count && !busy;
  });
  return Number(await page.getAttribute('[data-testid="segment-count"]', "data-count"));
}

async function waitForCount(expected) {
  await page.waitForFunction(
    (n) => {
      const count = document.querySelector('[data-testid="segment-count"]');
      const busy = document.querySelector('[data-testid="segment-preview"][aria-busy="true"]');
      return count && !busy && count.getAttribute("data-count") === String(n);
    },
    expected,
  );
}

async function newAnalyst() {
  const email = `analyst-${biz.run}@e2e.example`;
  const invite = await gql(biz.admin.context, "InviteUser", { input: { email, role: "ANALYST" } });
  const context = await newContext(browser);
  const response = await context.request.post(`${PANEL_URL}/api/session/accept-invitation`, {
    headers: { "content-type": "application/json" },
    data: { token: invite.inviteUser.token, displayName: "Analista Segmentos", password: PASSWORD },
  });
  assert.ok(response.ok(), `accept-invitation: ${response.status()}`);
  return context;
}

describe("segments", { concurrency: false }, () => {
  before(async () => {
    browser = await launch();
    biz = await newBusiness(browser, { label: "Segmentos", locations: ["Centro"], staffLocations: [0] });
    const locationId = biz.locations[0].id;
    // Ana: vip, 2 visits. Beto: vip, none. Carla: frecuente, 1 visit. Diego: no tag, 3 visits.
    const seed = [
      ["Ana", ["vip"], 2],
      ["Beto", ["vip"], 0],
      ["Carla", ["frecuente"], 1],
      ["Diego", [], 3],
    ];
    for (const [firstName, tags, visits] of seed) {
      const created = (await gql(biz.admin.context, "CreateCustomer", { input: { firstName, lastName: "Segmento", tags } })).createCustomer;
      customers[firstName] = created;
      for (let i = 0; i < visits; i++) {
        await gql(biz.admin.context, "RecordVisit", { input: { customerId: created.id, locationId, occurredAt: new Date(Date.now() - (i + 1) * 86_400_000).toISOString() } });
      }
    }
    page = await biz.admin.context.newPage();
  });

  after(async () => {
    await browser?.close();
  });

  it("lists the ready-made segments with their counts and no saved one yet", async () => {
    await page.goto("/campaigns/segments");
    assert.equal(await page.locator('[data-testid="segments-builtin"] [data-testid="segment-row"]').count(), 5);
    // The business signed up in Spanish: ready-made segments and their conditions read in Spanish, put in
    // words by the panel (the API's description is English).
    const champions = page.locator('[data-testid="segment-row"][data-id="rfm:champions"]');
    assert.equal(await champions.getByTestId("segment-link").innerText(), "Campeones");
    assert.equal(await champions.getByTestId("segment-row-words").innerText(), "última visita en los últimos 30 días y al menos 10 visitas");
    await page.getByTestId("segments-empty").waitFor();
    await page.click('[data-testid="new-segment"]');
    await page.waitForURL("**/campaigns/segments/new");
  });

  it("builds a nested condition and the live count matches the seeded customers", async () => {
    await page.fill("#segment-name", "Etiquetados con pocas visitas");
    // The starting fact (3 or more visits) counts Diego alone.
    await waitForCount(1);

    // Root fact → tag vip, then grouped with "any" and a second tag: vip or frecuente.
    await page.selectOption("#seg-all-0-fact", "TAG");
    await page.fill("#seg-all-0-tag", "vip");
    await waitForCount(2);
    await page.click('[data-testid="seg-group-all-0"]');
    await page.selectOption("#seg-all-0-add", "TAG");
    await page.fill("#seg-all-0-any-1-tag", "frecuente");
    await waitForCount(3);

    // And not (2 or more visits): Ana (2 visits) drops out.
    await page.selectOption("#seg-root-add", "VISIT_COUNT");
    await page.fill("#seg-all-1-number", "2");
    await page.click('[data-testid="seg-negate-all-1"]');
    await page.locator('[data-path="all.1"][data-kind="not"]').waitFor();
    await waitForCount(2);

    const sample = await page.locator('[data-testid="segment-sample-customer"]').allInnerTexts();
    assert.equal(sample.length, 2);
    assert.ok(sample.some((s) => s.includes("Beto")) && sample.some((s) => s.includes("Carla")), sample.join(" | "));
    assert.equal(await page.getByTestId("segment-description").innerText(), "(con la etiqueta «vip» o con la etiqueta «frecuente») y no (al menos 2 visitas)");

    // The same condition counted by the API directly.
    const condition = {
      all: [{ any: [{ fact: "TAG", tag: "vip" }, { fact: "TAG", tag: "frecuente" }] }, { not: { fact: "VISIT_COUNT", op: "GTE", number: 2 } }],
    };
    const direct = (await gqlRetrying(biz.admin.context, "PreviewSegment", { condition })).segmentPreview;
    assert.equal(direct.customerCount, 2);
    await screenshot(page, "segments-editor");
  });

  it("counts once per pause in typing, not once per key", async () => {
    const previewId = documentIdOf("PreviewSegment");
    const asked = [];
    const listener = (request) => {
      if (request.url().endsWith("/api/graphql") && request.postData()?.includes(previewId)) asked.push(request.postDataJSON().variables);
    };
    page.on("request", listener);
    await page.fill("#seg-all-1-not-number", "");
    await page.type("#seg-all-1-not-number", "123", { delay: 40 });
    await waitForCount(3);
    await page.waitForTimeout(800);
    page.off("request", listener);
    assert.equal(asked.length, 1, JSON.stringify(asked));
    assert.equal(asked[0].condition.all[1].not.number, 123);
    await page.fill("#seg-all-1-not-number", "2");
    await waitForCount(2);
  });

  it("shows the API's refusal of a tag no customer has at its node", async () => {
    await page.fill("#seg-all-0-any-1-tag", "nadie-la-tiene");
    const error = page.locator('[data-testid="seg-node-errors"][data-path="all.0.any.1"]');
    await error.waitFor();
    assert.match(await error.innerText(), /nadie-la-tiene/);
    assert.equal(await page.getAttribute("#seg-all-0-any-1-tag", "aria-invalid"), "true");
    await page.getByTestId("segment-preview-invalid").waitFor();
    await page.fill("#seg-all-0-any-1-tag", "frecuente");
    await waitForCount(2);
    assert.equal(await error.count(), 0);
  });

  it("saves the segment, as built", async () => {
    await page.click('[data-testid="segment-submit"]');
    await page.waitForURL(/\/campaigns\/segments\/[0-9a-f-]{36}$/);
    segmentId = page.url().split("/").pop();
    assert.match(await page.getByTestId("segment-notice").innerText(), /Etiquetados con pocas visitas/);
    const saved = (await gqlRetrying(biz.admin.context, "SegmentDetail", { id: segmentId })).segment;
    assert.equal(saved.customerCount, 2);
    assert.equal(saved.condition.all[0].any[1].tag, "frecuente");
    assert.equal(saved.condition.all[1].not.fact, "VISIT_COUNT");
    assert.equal(saved.condition.all[1].not.number, 2);
  });

  it("edits it: removes a node and renames it", async () => {
    await page.goto(`/campaigns/segments/${segmentId}`);
    await waitForCount(2);
    await page.click('[data-testid="seg-remove-all-0-any-1"]');
    await waitForCount(1);
    await page.fill("#segment-name", "VIP con pocas visitas");
    await page.click('[data-testid="segment-submit"]');
    await page.getByTestId("segment-notice").filter({ hasText: "VIP con pocas visitas" }).waitFor();
    const saved = (await gqlRetrying(biz.admin.context, "SegmentDetail", { id: segmentId })).segment;
    assert.equal(saved.name, "VIP con pocas visitas");
    assert.deepEqual(saved.condition.all[0].any.map((n) => n.tag), ["vip"]);
    assert.equal(saved.customerCount, 1);

    await page.goto("/campaigns/segments");
    const row = page.locator(`[data-testid="segment-row"][data-id="${segmentId}"]`);
    assert.equal(await row.getByTestId("segment-row-count").innerText(), "1");
    await screenshot(page, "segments-list");
  });

  it("fits a phone-sized screen: both tables, the Admin's actions column included, scroll inside their boxes", async () => {
    await assertFitsPhone(page, {
      what: "the segments page",
      shot: "segments-phone",
      open: async () => {
        await page.goto("/campaigns/segments");
        await page.locator(`[data-testid="segments-saved"] [data-testid="segment-row"][data-id="${segmentId}"]`).waitFor();
        await page.locator('[data-testid="segments-builtin"] [data-testid="segment-row"]').first().waitFor();
      },
    });
  });

  it("is read-only for an Analyst, and refused to Staff", async () => {
    const analyst = await newAnalyst();
    const analystPage = await analyst.newPage();
    await analystPage.goto("/campaigns/segments");
    await analystPage.getByTestId("segments-read-only").waitFor();
    assert.equal(await analystPage.getByTestId("new-segment").count(), 0);
    assert.equal(await analystPage.getByTestId("segment-delete").count(), 0);
    await analystPage.goto(`/campaigns/segments/${segmentId}`);
    await analystPage.getByTestId("segment-read-only").waitFor();
    assert.equal(await analystPage.locator("#segment-name").count(), 0);
    assert.equal(await analystPage.locator('[data-testid^="seg-remove-"]').count(), 0);
    assert.ok(await analystPage.locator("#seg-all-0-any-0-tag").isDisabled());
    await analystPage.waitForFunction(() => document.querySelector('[data-testid="segment-count"]')?.getAttribute("data-count") === "1");
    await screenshot(analystPage, "segments-analyst");
    await analyst.close();

    const staffPage = await biz.staff.context.newPage();
    await staffPage.goto("/campaigns/segments");
    await staffPage.getByTestId("forbidden").waitFor();
    await staffPage.close();
  });

  it("deletes the segment after confirming", async () => {
    await page.goto(`/campaigns/segments/${segmentId}`);
    acceptNextDialog(page);
    await page.click('[data-testid="segment-delete"]');
    await page.waitForURL("**/campaigns/segments");
    assert.match(await page.getByTestId("segments-notice").innerText(), /VIP con pocas visitas/);
    await page.getByTestId("segments-empty").waitFor();
    await assert.rejects(gqlRetrying(biz.admin.context, "SegmentDetail", { id: segmentId }), /NOT_FOUND/);
  });

  it("counts a location, a first-visit date in the business's zone and 'never visited'", async () => {
    const day = (offset) => new Intl.DateTimeFormat("en-CA", { timeZone: "America/Bogota" }).format(new Date(Date.now() + offset * 86_400_000));
    await page.goto("/campaigns/segments/new");
    // A new location fact starts on the first location once the editor has read them.
    await page.locator('[data-testid="segment-editor"][data-options="ready"]').waitFor();
    await page.selectOption("#seg-all-0-fact", "VISITED_LOCATION");
    assert.equal(await page.inputValue("#seg-all-0-location"), biz.locations[0].id);
    // Ana, Carla and Diego visited Centro.
    await waitForCount(3);
    await page.selectOption("#seg-root-add", "FIRST_VISIT");
    await page.selectOption("#seg-all-1-op", "AFTER");
    await page.fill("#seg-all-1-date", day(-10));
    await waitForCount(3);
    await page.fill("#seg-all-1-date", day(1));
    await waitForCount(0);
    await page.selectOption("#seg-all-1-fact", "LAST_VISIT");
    await page.selectOption("#seg-all-1-op", "NEVER");
    await page.click('[data-testid="seg-remove-all-0"]');
    // Only Beto never came.
    await waitForCount(1);
    assert.match(await page.getByTestId("segment-sample").innerText(), /Beto/);
  });
});
