// Data for one end-to-end file: its own business, locations and Staff user, created through the
// panel's own doors (the session routes and the BFF, with the operations of the persisted-documents
// manifest), so each file runs alone and none depends on another's leftovers.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { PANEL_URL, newContext, screenshot } from "./browser.mjs";

const manifest = JSON.parse(readFileSync(new URL("../src/gql/persisted-documents.json", import.meta.url), "utf8"));

export const PASSWORD = "Panel-e2e-2026";

/** The manifest id of an operation, by name ("CreateLocation"). */
export function documentIdOf(name) {
  const entry = Object.entries(manifest).find(([, text]) => new RegExp(`(query|mutation) ${name}\\b`).test(text));
  assert.ok(entry, `${name} is in the persisted-documents manifest`);
  return entry[0];
}

/** Runs a panel operation through the BFF with the context's session cookies; returns data or throws. */
export async function gql(context, name, variables = {}) {
  const response = await context.request.post(`${PANEL_URL}/api/graphql`, {
    headers: { "content-type": "application/json" },
    data: { documentId: documentIdOf(name), variables },
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function postSession(context, path, data) {
  const response = await context.request.post(`${PANEL_URL}${path}`, { headers: { "content-type": "application/json" }, data });
  assert.ok(response.ok(), `${path}: ${response.status()} ${await response.text()}`);
}

/**
 * A new business signed up for this file (Admin context signed in), with the given locations, and,
 * when staffLocations is given, a Staff user assigned to those (by index) with their own context.
 */
export async function newBusiness(browser, { label, locations = [], staffLocations = null, contextOptions = {} }) {
  const run = `${label}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const admin = { email: `admin-${run}@e2e.example`, displayName: `Admin ${label}` };
  const adminContext = await newContext(browser, contextOptions);
  await postSession(adminContext, "/api/session/signup", {
    businessName: `Café ${label} ${run}`,
    timeZone: "America/Bogota",
    locale: "es-419",
    email: admin.email,
    password: PASSWORD,
    displayName: admin.displayName,
  });
  const created = [];
  for (const [i, name] of locations.entries()) {
    const data = await gql(adminContext, "CreateLocation", {
      input: { name: `${name} ${run}`, address: `Calle ${10 + i} # 1-2`, timeZone: "America/Bogota", point: { latitude: 4.65 + i / 100, longitude: -74.05 } },
    });
    created.push(data.createLocation);
  }
  let staff = null;
  if (staffLocations) {
    const email = `staff-${run}@e2e.example`;
    const invite = await gql(adminContext, "InviteUser", { input: { email, role: "STAFF", locationIds: staffLocations.map((i) => created[i].id) } });
    const staffContext = await newContext(browser, contextOptions);
    await postSession(staffContext, "/api/session/accept-invitation", { token: invite.inviteUser.token, displayName: `Staff ${label}`, password: PASSWORD });
    staff = { email, context: staffContext };
  }
  return { run, admin: { ...admin, context: adminContext }, locations: created, staff };
}

/**
 * An Analyst of the business whose Admin is signed in to `adminContext`: invited through the API, the invitation
 * accepted through the panel's session route; returns the Analyst's signed-in browser context.
 */
export async function newAnalyst(browser, adminContext, run, displayName) {
  const email = `analyst-${run}@e2e.example`;
  const invite = await gql(adminContext, "InviteUser", { input: { email, role: "ANALYST" } });
  const context = await newContext(browser);
  const response = await context.request.post(`${PANEL_URL}/api/session/accept-invitation`, {
    headers: { "content-type": "application/json" },
    data: { token: invite.inviteUser.token, displayName, password: PASSWORD },
  });
  assert.ok(response.ok(), `accept-invitation: ${response.status()}`);
  return context;
}

/** A wall-clock date-time in `zone`, days from now, as <input type="datetime-local"> takes it. */
export function localDateTime(zone, days, time) {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" })
    .format(new Date(Date.now() + days * 86_400_000));
  return `${day}T${time}`;
}

/** A phone's screen (an iPhone 12 to 15), narrower than every wide table of the panel. */
export const PHONE = { width: 390, height: 844 };

/**
 * Asserts that `page`, resized to a phone's width and opened by `open` (navigate and wait for the
 * content), does not scroll sideways: wide tables and code scroll inside their own boxes, not the page.
 * `shot` names a screenshot taken after the measure. The page gets its previous size back afterwards.
 */
export async function assertFitsPhone(page, { what, open, shot }) {
  const previous = page.viewportSize();
  await page.setViewportSize(PHONE);
  try {
    await open();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${what} scrolls sideways by ${overflow}px at ${PHONE.width}px wide`);
    if (shot) await screenshot(page, shot);
  } finally {
    if (previous) await page.setViewportSize(previous);
  }
}
