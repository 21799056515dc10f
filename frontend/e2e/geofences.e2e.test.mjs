// Zones (geofences) end to end: an Admin opens a location's zones from its page, creates a circle by
// typing its centre and radius and sees it on the self-drawn map (no map tiles load here), changes the
// radius by typing and by dragging the map's handle, sees the API's refusal of a bad radius beside the
// field, creates a polygon by typing its vertices (a crossing order is caught first), deactivates and
// deletes a zone; a Staff user of that location reads the zones without editing controls.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { launch, login, newContext, screenshot } from "./browser.mjs";
import { PASSWORD, assertFitsPhone, gql, newBusiness } from "./fixtures.mjs";

let browser;
let biz;
let page;
let locationId;
let circleUrl;
let circleId;

const zonesUrl = () => `/locations/${locationId}/zones`;
const zoneOf = async (id) => (await gql(biz.admin.context, "Geofence", { id })).geofence;

/** Accepts the next confirmation dialog (deleting a zone asks first). */
function acceptNextDialog(target) {
  target.once("dialog", (dialog) => void dialog.accept());
}

async function radiusDrawn() {
  return Number(await page.getAttribute('[data-testid="map-edit-circle"]', "data-radius"));
}

describe("geofences", { concurrency: false }, () => {
  before(async () => {
    browser = await launch();
    biz = await newBusiness(browser, { label: "Zonas", locations: ["Centro"], staffLocations: [0] });
    locationId = biz.locations[0].id;
    page = await biz.admin.context.newPage();
  });

  after(async () => {
    await browser?.close();
  });

  it("opens the location's zones from its page", async () => {
    await page.goto(`/locations/${locationId}`);
    await page.click('[data-testid="location-zones-link"]');
    await page.waitForURL(`**${zonesUrl()}`);
    await page.getByTestId("zones-empty").waitFor();
    await page.getByTestId("zone-map").waitFor();
  });

  it("creates a circle zone from typed coordinates and radius, drawn on the map as typed", async () => {
    await page.click('[data-testid="new-zone"]');
    await page.waitForURL(`**${zonesUrl()}/new`);
    // The form starts on the location's point with 100 m.
    assert.equal(await page.inputValue("#zone-latitude"), String(biz.locations[0].point.latitude));
    assert.equal(await radiusDrawn(), 100);
    await page.fill("#zone-name", "Puerta principal");
    await page.fill("#zone-latitude", "4,6512");
    await page.fill("#zone-longitude", "-74.0497");
    await page.fill("#zone-radius", "180");
    assert.equal(await radiusDrawn(), 180);
    await page.fill("#push-title", "Hola {{firstName}}");
    await page.fill("#push-body", "Hoy tienes puntos dobles en {{businessName}}");
    assert.match(await page.getByTestId("phone-title").innerText(), /Hola Ana/);
    await page.fill("#zone-cooldown-hours", "12");
    await page.click('[data-testid="schedule-add"]');
    await screenshot(page, "geofences-circle-form");
    await page.click('[data-testid="zone-submit"]');
    await page.waitForURL(/\/zones\/[0-9a-f-]{36}$/);
    circleUrl = new URL(page.url()).pathname;
    circleId = circleUrl.split("/").pop();
    assert.match(await page.getByTestId("zone-notice").innerText(), /Puerta principal/);
    const saved = await zoneOf(circleId);
    assert.equal(saved.shape, "CIRCLE");
    assert.equal(saved.radiusMeters, 180);
    assert.equal(saved.center.latitude, 4.6512);
    assert.equal(saved.cooldownSeconds, 12 * 3600);
    assert.deepEqual(saved.schedule, [{ days: ["MON", "TUE", "WED", "THU", "FRI"], from: "08:00", to: "20:00" }]);
    assert.equal(saved.pushMessage.title, "Hola {{firstName}}");

    await page.goto(zonesUrl());
    assert.equal(await page.locator('[data-testid="zone-row"]').count(), 1);
    assert.equal(await page.locator('[data-testid="map-zone"][data-shape="CIRCLE"] circle').getAttribute("r"), "180");
    await screenshot(page, "geofences-overview");
  });

  it("shows a new zone's activity (none yet) and its empty event list", async () => {
    await page.goto(circleUrl);
    await page.getByTestId("activity-entries").filter({ hasText: /^0$/ }).waitFor();
    assert.equal(await page.getByTestId("activity-sent").innerText(), "0");
    await page.getByTestId("activity-no-days").waitFor();
    await page.getByTestId("events-empty").waitFor();
    await page.selectOption("#activity-period", "7");
    await page.getByTestId("activity-entries").filter({ hasText: /^0$/ }).waitFor();
    assert.equal(await page.getByTestId("activity-errors").count(), 0);
  });

  it("edits the radius by typing it and by dragging the map's handle", async () => {
    await page.goto(circleUrl);
    await page.fill("#zone-radius", "250");
    assert.equal(await radiusDrawn(), 250);
    await page.click('[data-testid="zone-submit"]');
    await page.getByTestId("zone-notice").waitFor();
    assert.equal((await zoneOf(circleId)).radiusMeters, 250);

    // The mouse acts on what is in the viewport: bring the map into view first.
    await page.getByTestId("zone-map").scrollIntoViewIfNeeded();
    const handle = await page.getByTestId("map-radius-handle").boundingBox();
    const center = await page.getByTestId("map-center-handle").boundingBox();
    assert.ok(handle && center, "both handles are on the map");
    const cx = center.x + center.width / 2;
    const hx = handle.x + handle.width / 2;
    const hy = handle.y + handle.height / 2;
    await page.mouse.move(hx, hy);
    await page.mouse.down();
    await page.mouse.move(hx + (hx - cx) * 0.3, hy, { steps: 5 });
    await page.mouse.move(hx + (hx - cx) * 0.6, hy, { steps: 5 });
    await page.mouse.up();
    const dragged = Number(await page.inputValue("#zone-radius"));
    // 1.6 × 250 m, give or take a pixel's worth of metres.
    assert.ok(Math.abs(dragged - 400) <= 15, `dragged radius ${dragged}`);
    assert.equal(await radiusDrawn(), dragged);
    await page.click('[data-testid="zone-submit"]');
    await page.getByTestId("zone-notice").waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="zone-submit"][aria-busy="true"]'));
    assert.equal((await zoneOf(circleId)).radiusMeters, dragged);
  });

  it("checks the radius before sending, and shows the API's refusal beside the field", async () => {
    await page.goto(circleUrl);
    await page.fill("#zone-radius", "20");
    await page.click('[data-testid="zone-submit"]');
    assert.match(await page.locator("#zone-radius-error").innerText(), /entre 50 y 5[.,]?000/);

    // Past the panel's own check (as an older panel or a hand-made request would be), the API refuses
    // the radius with BAD_USER_INPUT field radiusMeters, which lands beside the same field.
    await page.route("**/api/graphql", async (route) => {
      const body = route.request().postDataJSON();
      if (body?.variables?.input?.radiusMeters) {
        body.variables.input.radiusMeters = 20;
        await route.continue({ postData: JSON.stringify(body) });
      } else {
        await route.continue();
      }
    });
    await page.fill("#zone-radius", "300");
    await page.click('[data-testid="zone-submit"]');
    await page.locator("#zone-radius-error").waitFor();
    assert.equal(await page.getAttribute("#zone-radius", "aria-invalid"), "true");
    assert.match(await page.locator("#zone-radius-error").innerText(), /entre 50 y 5[.,]?000/);
    await screenshot(page, "geofences-radius-refused");
    await page.unroute("**/api/graphql");
    assert.notEqual((await zoneOf(circleId)).radiusMeters, 20);
  });

  it("creates a polygon zone from typed vertices, catching a crossing order first", async () => {
    await page.goto(`${zonesUrl()}/new`);
    await page.fill("#zone-name", "Parque");
    await page.check("#zone-shape-POLYGON");
    const corners = [
      ["4.6520", "-74.0520"],
      ["4.6500", "-74.0480"],
      ["4.6520", "-74.0480"],
      ["4.6500", "-74.0520"],
    ];
    for (const [i, [lat, lng]] of corners.entries()) {
      await page.click('[data-testid="vertex-add"]');
      await page.fill(`[data-testid="vertex-${i}-latitude"]`, lat);
      await page.fill(`[data-testid="vertex-${i}-longitude"]`, lng);
    }
    assert.equal(await page.getAttribute('[data-testid="map-edit-polygon"]', "data-vertices"), "4");
    await page.uncheck("#zone-send-push");
    await page.click('[data-testid="zone-submit"]');
    assert.match(await page.locator("#zone-vertices-error").innerText(), /se cruzan/);
    // Put vertices 2 and 3 in order around the zone.
    await page.fill('[data-testid="vertex-1-latitude"]', "4.6520");
    await page.fill('[data-testid="vertex-2-latitude"]', "4.6500");
    await page.click('[data-testid="zone-submit"]');
    await page.waitForURL(/\/zones\/[0-9a-f-]{36}$/);
    const polygon = await zoneOf(new URL(page.url()).pathname.split("/").pop());
    assert.equal(polygon.shape, "POLYGON");
    assert.equal(polygon.polygon.length, 4);
    assert.equal(polygon.pushMessage, null);
    assert.equal(await page.locator('[data-testid="map-vertex"]').count(), 4);

    // On the map: a click inside the polygon adds a vertex (into the nearest side), a dragged vertex
    // moves in the typed list too, and the click that ends a drag adds nothing.
    await page.getByTestId("zone-map").scrollIntoViewIfNeeded();
    const shape = await page.getByTestId("map-edit-polygon").boundingBox();
    await page.mouse.click(shape.x + shape.width / 2, shape.y + shape.height * 0.3);
    assert.equal(await page.locator('[data-testid="vertex-row"]').count(), 5);
    assert.equal(await page.locator('[data-testid="map-vertex"]').count(), 5);
    const before = await page.inputValue('[data-testid="vertex-0-latitude"]');
    const vertex = await page.locator('[data-testid="map-vertex"]').first().boundingBox();
    await page.mouse.move(vertex.x + vertex.width / 2, vertex.y + vertex.height / 2);
    await page.mouse.down();
    await page.mouse.move(vertex.x + vertex.width / 2 - 20, vertex.y + vertex.height / 2 - 20, { steps: 4 });
    await page.mouse.up();
    assert.ok(Number(await page.inputValue('[data-testid="vertex-0-latitude"]')) > Number(before), "the vertex moved north");
    assert.equal(await page.locator('[data-testid="vertex-row"]').count(), 5);
    await screenshot(page, "geofences-polygon");
  });

  it("deactivates a zone and deletes it after confirming", async () => {
    await page.click('[data-testid="zone-toggle-active"]');
    await page.getByTestId("zone-state").filter({ hasText: "Inactiva" }).waitFor();
    acceptNextDialog(page);
    await page.click('[data-testid="zone-delete"]');
    await page.waitForURL(`**${zonesUrl()}`);
    assert.match(await page.getByTestId("zones-notice").innerText(), /Parque/);
    assert.equal(await page.locator('[data-testid="zone-row"]').count(), 1);
    const zones = (await gql(biz.admin.context, "LocationGeofences", { id: locationId })).location.geofences;
    assert.deepEqual(zones.map((z) => z.name), ["Puerta principal"]);
  });

  it("fits the location's zones table on a phone-sized screen, scrolling inside its box", async () => {
    await assertFitsPhone(page, {
      what: "the location's zones",
      shot: "geofences-zones-phone",
      open: async () => {
        await page.goto(zonesUrl());
        await page.locator('[data-testid="zone-row"]').first().waitFor();
      },
    });
  });

  it("fits a phone-sized screen, map and vertex list included", async () => {
    const context = await newContext(browser, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const phone = await context.newPage();
    await phone.goto("/login");
    await login(phone, biz.admin.email, PASSWORD);
    await phone.waitForURL("**/dashboard");
    await phone.goto(circleUrl);
    await phone.getByTestId("zone-map").waitFor();
    const overflow = () => phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok((await overflow()) <= 1, `no sideways scrolling on the zone (overflow ${await overflow()}px)`);
    await phone.check("#zone-shape-POLYGON");
    await phone.click('[data-testid="vertex-square"]');
    assert.equal(await phone.locator('[data-testid="vertex-row"]').count(), 4);
    assert.ok((await overflow()) <= 1, `no sideways scrolling with the vertex list (overflow ${await overflow()}px)`);
    await screenshot(phone, "geofences-phone");
    await context.close();
  });

  it("fits the zone's page on a phone-sized screen once it has activity: its day-by-day and event tables scroll inside their boxes", async () => {
    // A customer's app reports two fixes at the zone's centre (the second one is the ENTER), through the
    // REST shim with a mobile app's key, as a real app would.
    const key = (await gql(biz.admin.context, "CreateMobileApp", { name: `App Zonas ${biz.run}` })).createMobileApp.publicKey;
    await page.goto("/settings/mobile-apps");
    const base = (await page.getByTestId("mobile-api-base").innerText()).trim();
    const shim = async (method, path, body, token) => {
      const headers = { "X-App-Key": key, Accept: "application/json", "Content-Type": "application/json" };
      if (token) headers.Authorization = `Bearer ${token}`;
      const response = await fetch(`${base}${path}`, { method, headers, body: JSON.stringify(body) });
      const json = await response.json();
      assert.ok(response.ok, `${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
      return json;
    };
    const enrolled = await shim("POST", "/enrolments", { firstName: "Zoe", lastName: "Zonas", email: `zoe-${biz.run}@e2e.example` });
    await shim("PUT", "/me/consents", { location: true }, enrolled.accessToken);
    const { center } = await zoneOf(circleId);
    const fix = (secondsAgo) => ({ latitude: center.latitude, longitude: center.longitude, accuracy: 10, recordedAt: new Date(Date.now() - secondsAgo * 1000).toISOString() });
    // Just now: the page's period runs to the end of the current minute, so an entry of this minute counts.
    const reported = await shim("POST", "/me/pings", { deviceId: `e2e-${biz.run}`, pings: [fix(12), fix(2)] }, enrolled.accessToken);
    assert.ok(reported.events.some((e) => e.kind === "ENTER"), JSON.stringify(reported));

    await assertFitsPhone(page, {
      what: "the zone's page with its activity and events",
      shot: "geofences-zone-activity-phone",
      open: async () => {
        await page.goto(circleUrl);
        await page.getByTestId("activity-chart").waitFor();
        await page.click('[data-testid="zone-activity-figures"] details > summary');
        await page.locator('[data-testid="activity-day"]').first().waitFor();
        await page.locator('[data-testid="geo-event"]').first().waitFor();
      },
    });
  });

  it("lets Staff of the location read the zones without editing them", async () => {
    const staff = await biz.staff.context.newPage();
    await staff.goto(zonesUrl());
    await staff.getByTestId("zones-read-only").waitFor();
    assert.equal(await staff.locator('[data-testid="new-zone"]').count(), 0);
    assert.equal(await staff.locator('[data-testid="zone-row"]').count(), 1);
    await staff.goto(circleUrl);
    await staff.getByTestId("zone-summary").waitFor();
    assert.equal(await staff.locator('[data-testid="zone-form"]').count(), 0);
    assert.equal(await staff.locator('[data-testid="zone-delete"]').count(), 0);
    assert.equal(await staff.locator('[data-testid="map-radius-handle"]').count(), 0);
    await screenshot(staff, "geofences-staff");
    await staff.goto(`${zonesUrl()}/new`);
    await staff.getByTestId("forbidden").waitFor();
  });
});
