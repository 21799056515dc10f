// Shared set-up of the end-to-end tests: Debian's Chromium driven by playwright-core (no browser is
// ever downloaded), the panel's URL, and where screenshots go.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const PANEL_URL = (process.env.PANEL_URL || "http://localhost:3000").replace(/\/$/, "");
export const SCREENSHOTS = process.env.E2E_SCREENSHOTS || join(dirname(fileURLToPath(import.meta.url)), "screenshots");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A fresh browser context (own cookies = own session), Spanish as a Latin American user has it. */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext({ baseURL: PANEL_URL, locale: "es-419", viewport: { width: 1280, height: 860 }, ...options });
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export async function login(page, email, password) {
  await page.fill("#email", email);
  await page.fill("#password", password);
  await page.click('[data-testid="login-submit"]');
}
