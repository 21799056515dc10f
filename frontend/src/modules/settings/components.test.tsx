import { describe, expect, it, vi } from "vitest";
import { renderAs, textOf } from "@/test/render";
import { CreateMobileAppForm } from "./components/CreateMobileAppForm";
import { MobileApiGuide } from "./components/MobileApiGuide";
import { MobileAppsPanel } from "./components/MobileAppsPanel";
import { MobileAppsTable } from "./components/MobileAppsTable";
import { SettingsPage } from "./components/SettingsPage";
import { SettingsTabs } from "./components/SettingsTabs";
import { appsPage, mobileApp, revokedApp } from "./fixtures";

// First paint of the settings components, per role: the tabs, the mobile apps list with its keys, the
// create form and the guide. Clicks (copy, create, revoke, the toggle) are exercised in
// e2e/mobileapps.e2e.test.mjs against the real API.
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

const BASE = "https://api.cafe.example/api/mobile/v1";
const second = mobileApp({ id: "cccccccc-cccc-4ccc-8ccc-cccccccccccc", name: "App iOS", publicKey: "pk_live_NewestNewestNewestNewest0000", createdAt: "2026-11-22T10:00:00Z" });

describe("SettingsTabs", () => {
  it("offers Admins the business and the mobile apps, marking the open one", () => {
    const html = renderAs("ADMIN", <SettingsTabs active="mobileApps" />);
    expect(html).toContain('data-testid="settings-tab-business"');
    expect(html).toContain('href="/settings/mobile-apps"');
    expect(html).toMatch(/aria-current="page"[^>]*data-testid="settings-tab-mobileApps"/);
    expect(textOf(html)).toBe("Negocio Apps móviles");
  });

  it("shows no tabs to Staff and Analysts, who have only the business section", () => {
    for (const role of ["STAFF", "ANALYST"] as const) expect(renderAs(role, <SettingsTabs active="business" />)).toBe("");
  });
});

describe("SettingsPage", () => {
  const zones = { frequent: ["America/Bogota"], all: ["America/Bogota", "UTC"] };

  it("leads Admins to the mobile apps from the business settings", () => {
    expect(renderAs("ADMIN", <SettingsPage timeZones={zones} />)).toContain('data-testid="settings-tab-mobileApps"');
  });

  it("gives Staff no way to the mobile apps", () => {
    const html = renderAs("STAFF", <SettingsPage timeZones={zones} />);
    expect(html).not.toContain("settings-tab");
    expect(html).not.toContain("mobile-apps");
  });
});

describe("MobileAppsTable", () => {
  it("shows each app's name, full key, status, created and revoked times", () => {
    const html = renderAs("ADMIN", <MobileAppsTable apps={[mobileApp(), revokedApp]} revoking={null} onRevoke={() => undefined} />);
    expect(html.match(/data-testid="mobile-app-row"/g)).toHaveLength(2);
    const [active, revoked] = html.split('data-testid="mobile-app-row"').slice(1).map(textOf);
    expect(active).toContain("App Android pk_live_AbCdEfGhIjKlMnOpQrStUvWxYz012345 Copiar");
    // Times in the business's zone (Bogotá, UTC-5).
    expect(active).toContain("Activa 20/11/2026, 10:00 a. m. — Revocar");
    expect(revoked).toContain("iOS pruebas pk_live_ZyXwVuTsRqPoNmLkJiHgFeDcBa987654 Revocada 20/11/2026, 10:00 a. m. 25/11/2026, 9:30 a. m.");
    expect(revoked).not.toContain("Copiar");
  });

  it("offers copy and revoke only for active apps, each named for screen readers", () => {
    const html = renderAs("ADMIN", <MobileAppsTable apps={[mobileApp(), revokedApp]} revoking={null} onRevoke={() => undefined} />);
    expect(html.match(/data-testid="mobile-app-copy"/g)).toHaveLength(1);
    expect(html.match(/data-testid="mobile-app-revoke"/g)).toHaveLength(1);
    expect(html).toContain('aria-label="Copiar la clave de App Android"');
    expect(html).toContain('aria-label="Revocar App Android"');
    expect(html).not.toContain("Revocar iOS pruebas");
  });

  it("marks the app being revoked as busy", () => {
    const html = renderAs("ADMIN", <MobileAppsTable apps={[mobileApp()]} revoking={mobileApp().id} onRevoke={() => undefined} />);
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*aria-busy="true"[^>]*data-testid="mobile-app-revoke"/);
  });
});

describe("MobileAppsPanel", () => {
  it("renders the server's first page with its count, the toggle, the create form and the guide", () => {
    const html = renderAs("ADMIN", <MobileAppsPanel initial={appsPage([mobileApp(), second], 2)} apiBaseUrl={BASE} />);
    const text = textOf(html);
    expect(html.match(/data-testid="mobile-app-row"/g)).toHaveLength(2);
    expect(text).toContain("Apps: 2");
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*id="mobile-apps-revoked"/);
    expect(text).toContain("Mostrar revocadas");
    expect(html).toContain('data-testid="mobile-app-form"');
    expect(html).toContain('data-testid="mobile-api-guide"');
    expect(html).not.toContain('data-testid="mobile-apps-more"');
  });

  it("invites the Admin to register the first app", () => {
    const html = renderAs("ADMIN", <MobileAppsPanel initial={appsPage([])} apiBaseUrl={BASE} />);
    expect(textOf(html)).toContain("No hay apps activas. Registra una para obtener su clave.");
    expect(html).not.toContain('data-testid="mobile-apps-table"');
  });

  it("offers the next page when the API has more", () => {
    const html = renderAs("ADMIN", <MobileAppsPanel initial={appsPage([mobileApp()], 51, true)} apiBaseUrl={BASE} />);
    expect(html).toContain('data-testid="mobile-apps-more"');
    expect(textOf(html)).toContain("Apps: 51");
  });

  it("speaks English when the panel does", () => {
    const text = textOf(renderAs("ADMIN", <MobileAppsPanel initial={appsPage([mobileApp()])} apiBaseUrl={BASE} />, "en"));
    expect(text).toContain("Registered apps");
    expect(text).toContain("Public key (X-App-Key)");
    expect(text).toContain("Show revoked");
  });
});

describe("MobileApiGuide", () => {
  it("explains that the key ships in the app and goes in X-App-Key, with the base URL, docs and a real call", () => {
    const html = renderAs("ADMIN", <MobileApiGuide baseUrl={BASE} sampleKey="pk_live_NewestNewestNewestNewest0000" />);
    const text = textOf(html);
    expect(text).toContain("lleva su clave pública dentro y la envía en el encabezado X-App-Key");
    expect(text).toContain("no identifica al cliente");
    expect(html).toMatch(/data-testid="mobile-api-base">https:\/\/api\.cafe\.example\/api\/mobile\/v1</);
    expect(html).toContain('href="https://api.cafe.example/api/mobile/v1/docs"');
    expect(text).toContain("curl -X POST https://api.cafe.example/api/mobile/v1/enrolments");
    expect(text).toContain('X-App-Key: pk_live_NewestNewestNewestNewest0000');
  });

  it("shows a placeholder key when the business has no active app", () => {
    expect(textOf(renderAs("ADMIN", <MobileApiGuide baseUrl={BASE} sampleKey={null} />))).toContain("X-App-Key: TU_CLAVE");
    expect(textOf(renderAs("ADMIN", <MobileApiGuide baseUrl={BASE} sampleKey={null} />, "en"))).toContain("X-App-Key: YOUR_KEY");
  });

  it("is filled with the newest active app's key on the apps page", () => {
    const html = renderAs("ADMIN", <MobileAppsPanel initial={appsPage([mobileApp(), second, revokedApp])} apiBaseUrl={BASE} />);
    const snippet = html.slice(html.indexOf('data-testid="mobile-api-snippet"'));
    expect(snippet).toContain("X-App-Key: pk_live_NewestNewestNewestNewest0000");
  });
});

describe("CreateMobileAppForm", () => {
  it("asks for a required name with a hint on its length, and nothing else", () => {
    const html = renderAs("ADMIN", <CreateMobileAppForm onCreated={() => undefined} />);
    expect(html).toMatch(/<input[^>]*id="mobile-app-name"[^>]*aria-required="true"/);
    expect(html).toContain('aria-describedby="mobile-app-name-hint"');
    expect(textOf(html)).toContain("Hasta 80 caracteres.");
    expect(textOf(html)).toContain("Crear app y clave");
    expect(html.match(/<input/g)).toHaveLength(1);
  });
});
