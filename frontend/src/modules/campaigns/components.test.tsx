import { describe, expect, it, vi } from "vitest";
import type { CampaignStatus, CampaignTrigger } from "@/gql/graphql";
import { createTranslator } from "@/lib/i18n";
import { CHAMPIONS_CONDITION } from "@/modules/segments/fixtures";
import { renderAs, textOf } from "@/test/render";
import { emptyBuilder, TRIGGERS, type BuilderValues } from "./builder";
import { builderErrorsFromApi } from "./errors";
import { CampaignBuilder } from "./components/CampaignBuilder";
import { CampaignDetail, LifecycleActions } from "./components/CampaignDetail";
import { CampaignForm } from "./components/CampaignForm";
import { CampaignsTable } from "./components/CampaignsList";
import { DryRunView } from "./components/DryRun";
import { FunnelView } from "./components/Funnel";
import { builderOptions, campaign, dryRun, funnel, row, ZONE_ID } from "./fixtures";
import { lookupOf, optionsOf } from "./options";

// The campaign components' first paint for given data and errors (typing and clicking run in
// e2e/campaigns.e2e.test.mjs against the real API).

vi.setConfig({ testTimeout: 30_000 });
vi.mock("next/navigation", async () => (await import("@/test/cannedApi")).navigationMock());

const options = optionsOf(builderOptions());
const t = createTranslator("es-419");
const fmt = { locale: "es-CO", timeZone: "America/Bogota" };

function renderForm(values: Partial<BuilderValues> = {}, errors: Record<string, string> = {}, formErrors: string[] = []) {
  return renderAs(
    "ADMIN",
    <CampaignForm
      values={{ ...emptyBuilder(), ...values }}
      onChange={() => undefined}
      errors={errors}
      formErrors={formErrors}
      options={options}
      timeZone="America/Bogota"
      saving={false}
      onSubmit={() => undefined}
      submitLabel="Guardar borrador"
    />,
  );
}

const FIELD_IDS = ["trigger-days", "trigger-hours", "trigger-local-time", "trigger-points", "trigger-program", "trigger-reward", "trigger-cooldown"] as const;
const EXPECTED: Record<CampaignTrigger, readonly string[]> = {
  INACTIVITY: ["trigger-days"],
  BIRTHDAY: ["trigger-local-time"],
  WELCOME: ["trigger-hours"],
  AFTER_VISIT: ["trigger-hours"],
  GEOFENCE_ENTER: ["trigger-cooldown", "zones"],
  GEOFENCE_DWELL: ["trigger-cooldown", "zones"],
  POINTS_THRESHOLD: ["trigger-points", "trigger-program"],
  REWARD_AVAILABLE: ["trigger-program", "trigger-reward"],
};

describe("campaign builder form", () => {
  it("shows each trigger's own fields and no other's", () => {
    for (const type of TRIGGERS) {
      const html = renderForm({ trigger: { ...emptyBuilder().trigger, type } });
      const shown = FIELD_IDS.filter((id) => html.includes(`id="${id}"`));
      const zones = html.includes('data-testid="trigger-zones"') ? ["zones"] : [];
      expect([...shown, ...zones].sort(), type).toEqual([...EXPECTED[type]].sort());
    }
  });

  it("offers the business's zones by location, its programs and their rewards", () => {
    const zones = renderForm({ trigger: { ...emptyBuilder().trigger, type: "GEOFENCE_ENTER", geofenceIds: [ZONE_ID] } });
    expect(zones).toContain(`data-testid="zone-${ZONE_ID}" checked=""`);
    expect(textOf(zones)).toContain("Café Centro Puerta principal");
    const reward = textOf(renderForm({ trigger: { ...emptyBuilder().trigger, type: "REWARD_AVAILABLE" } }));
    expect(reward).toContain("Puntos Café");
    expect(reward).toContain("Café gratis (100 pts)");
  });

  it("asks a one-off's time and a recurring schedule in the business's zone", () => {
    const oneOff = renderForm({ kind: "ONE_OFF", schedule: { ...emptyBuilder().schedule, when: "at", sendAtLocal: "2026-12-24T18:00" } });
    expect(oneOff).toMatch(/id="schedule-send-at"[^>]*type="datetime-local"|type="datetime-local"[^>]*id="schedule-send-at"/);
    expect(oneOff).toContain('value="2026-12-24T18:00"');
    expect(textOf(oneOff)).toContain("Enviar el (America/Bogota)");
    expect(oneOff).not.toContain('data-testid="trigger-fields"');
    const weekly = renderForm({ kind: "RECURRING" });
    expect(weekly).toContain('id="schedule-days-MON"');
    expect(textOf(weekly)).toContain("Hora (America/Bogota)");
    const monthly = renderForm({ kind: "RECURRING", schedule: { ...emptyBuilder().schedule, frequency: "MONTHLY" } });
    expect(monthly).toContain('id="schedule-day-of-month"');
    expect(monthly).not.toContain('id="schedule-days-MON"');
  });

  it("places the API's refusals beside their fields (NEVER_FIRES on the end date, a bad trigger value on it)", () => {
    const mapped = builderErrorsFromApi(
      [
        { code: "BAD_USER_INPUT", message: "the campaign ends before it could ever run", field: "endsAt", reason: "NEVER_FIRES" },
        { code: "BAD_USER_INPUT", message: "days must be 1 to 365", field: "trigger.days", reason: "RANGE" },
        { code: "NOT_FOUND", message: "Segment not found", field: "segmentId" },
      ],
      t,
      fmt,
    );
    const html = renderForm({}, mapped.fields, mapped.form);
    expect(html).toMatch(/<p id="segment-picker-error"[^>]*>Ese segmento ya no existe.</);
    expect(html).toMatch(/id="campaign-ends-at"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="campaign-ends-at"/);
    expect(html).toMatch(/<p id="campaign-ends-at-error"[^>]*>Con estos ajustes la campaña nunca enviaría nada: ningún envío cae entre su inicio y su fin.</);
    expect(html).toMatch(/<p id="trigger-days-error"[^>]*>No es válido: days must be 1 to 365</);
    expect(html).not.toContain("campaign-form-errors");
  });

  it("previews the notification with sample customer data and reuses push's message fields", () => {
    const html = renderForm({ title: "Hola {{firstName}}", body: "Vuelve a {{businessName}}" });
    expect(html).toContain('id="push-title"');
    expect(html).toContain('data-testid="placeholder-points"');
    expect(html).toMatch(/data-testid="phone-title">Hola Ana</);
    expect(html).toMatch(/data-testid="phone-body">Vuelve a Café</);
    expect(renderForm()).toContain('data-testid="campaign-preview-empty"');
  });

  it("locks editing of a campaign that is neither a draft nor paused, and says why", () => {
    for (const status of ["ACTIVE", "SCHEDULED", "COMPLETED", "ARCHIVED"] as const) {
      const html = renderAs("ADMIN", <CampaignBuilder campaign={campaign({ status })} options={options} />);
      expect(html, status).toContain('data-testid="campaign-locked"');
      expect(html).not.toContain("campaign-form");
    }
    expect(textOf(renderAs("ADMIN", <CampaignBuilder campaign={campaign({ status: "ACTIVE" })} options={options} />))).toContain("Esta campaña está Activa: solo se pueden editar los borradores y las campañas en pausa.");
    const paused = renderAs("ADMIN", <CampaignBuilder campaign={campaign({ status: "PAUSED" })} options={options} />);
    expect(paused).toMatch(/id="campaign-name"[^>]*value="Te extrañamos"/);
    expect(paused).toMatch(/id="trigger-days"[^>]*value="30"/);
  });
});

describe("campaign detail", () => {
  it("gives Admins the actions of the campaign's status, each asking first", () => {
    const buttons = (status: CampaignStatus) =>
      [...renderAs("ADMIN", <LifecycleActions campaign={campaign({ status })} onChanged={() => undefined} />).matchAll(/data-testid="campaign-(edit|activate|pause|resume|archive)"/g)].map((m) => m[1]);
    expect(buttons("DRAFT")).toEqual(["edit", "activate", "archive"]);
    expect(buttons("ACTIVE")).toEqual(["pause", "archive"]);
    expect(buttons("SCHEDULED")).toEqual(["pause", "archive"]);
    expect(buttons("PAUSED")).toEqual(["edit", "resume", "archive"]);
    expect(buttons("COMPLETED")).toEqual(["archive"]);
    expect(buttons("ARCHIVED")).toEqual([]);
  });

  it("shows Staff and Analysts the campaign read-only", () => {
    for (const role of ["STAFF", "ANALYST"] as const) {
      const html = renderAs(role, <CampaignDetail initial={campaign({ status: "ACTIVE" })} />);
      expect(html).toContain('data-testid="campaign-read-only"');
      expect(html).not.toContain("campaign-actions");
    }
    const admin = renderAs("ADMIN", <CampaignDetail initial={campaign({ status: "ACTIVE" })} />);
    expect(admin).toContain('data-testid="campaign-actions"');
    expect(admin).toContain('data-testid="campaign-edit-hint"');
  });

  it("names a ready-made segment and its condition in the panel's language", () => {
    const champions = { id: "rfm:champions", name: "Champions", builtIn: true, customerCount: 12, condition: CHAMPIONS_CONDITION };
    const words = (html: string) => textOf(/data-testid="settings-segment"[\s\S]*?<\/dd>/.exec(html)?.[0] ?? "");
    const spanish = renderAs("ADMIN", <CampaignDetail initial={campaign({ segment: champions })} />);
    expect(words(spanish)).toContain("Campeones última visita en los últimos 30 días y al menos 10 visitas");
    const english = renderAs("ADMIN", <CampaignDetail initial={campaign({ segment: champions })} />, "en");
    expect(words(english)).toContain("Champions last visit in the last 30 days and at least 10 visits");
  });

  it("says its settings in words, with the dry run before it sends and the funnel after", () => {
    const draft = renderAs("ADMIN", <CampaignDetail initial={campaign()} lookup={lookupOf(options)} />);
    const text = textOf(draft);
    expect(text).toContain("Sin visitas durante 30 días");
    expect(text).toContain("Clientes frecuentes al menos 3 visitas");
    expect(text).toContain("De su activación a sin fecha de fin");
    expect(draft).toContain('id="dry-run-days"');
    expect(draft).not.toContain('id="funnel-window"');
    const active = renderAs("ADMIN", <CampaignDetail initial={campaign({ status: "ACTIVE" })} />);
    expect(active).toContain('id="funnel-window"');
    expect(active).not.toContain('id="dry-run-days"');
  });

  it("renders the dry run: who qualifies, who is reachable, who is held back and why, when it runs, a sample", () => {
    const html = renderAs("ADMIN", <DryRunView dryRun={dryRun()} />);
    expect(html).toMatch(/data-testid="dry-run-qualifying">12</);
    expect(html).toMatch(/data-testid="dry-run-reachable">9</);
    expect(html).toMatch(/data-testid="dry-run-held">3</);
    expect(textOf(html)).toContain("Sin consentimiento para notificaciones 2");
    expect(html).not.toContain("dry-run-held-QUIET_HOURS");
    expect(html.match(/data-testid="dry-run-occurrence"/g)).toHaveLength(2);
    expect(textOf(html)).toContain("3 clientes");
    expect(html).toContain('href="/customers/c1"');
    expect(html).not.toContain("dry-run-warnings");
    const warned = renderAs("ADMIN", <DryRunView dryRun={dryRun({ warnings: ["No customer qualifies now"], upcoming: [], sample: [] })} />);
    expect(warned).toContain('data-testid="dry-run-warnings"');
    expect(textOf(warned)).toContain("Ningún cliente cumple ahora.");
    expect(warned).toContain('data-testid="dry-run-no-upcoming"');
  });

  it("renders the funnel with rates, the conversion, bars per day and visits per location", () => {
    const html = renderAs("ANALYST", <FunnelView funnel={funnel()} visitWindowDays={7} />);
    expect(html).toMatch(/data-testid="funnel-targeted">200</);
    expect(html).toMatch(/data-testid="funnel-visited">20</);
    expect(textOf(html)).toContain("80 % de los alcanzados");
    expect(textOf(html)).toContain("Conversión: 12,5 % de quienes recibieron el mensaje visitaron en 7 días.");
    expect(textOf(html)).toContain("Límite de mensajes por cliente 10");
    expect(html.match(/data-testid="funnel-bar"/g)).toHaveLength(2);
    expect(html).toContain("height:33%");
    expect(html).toContain("height:100%");
    expect(html.match(/data-testid="funnel-day"/g)).toHaveLength(2);
    expect(textOf(html)).toMatch(/Café Centro 12 Café Norte 8/);
    const empty = renderAs("ANALYST", <FunnelView funnel={funnel({ byDay: [], byLocation: [] })} visitWindowDays={7} />);
    expect(empty).toContain('data-testid="funnel-no-days"');
  });
});

describe("campaigns table", () => {
  it("shows status, what starts each in words, the next run and the funnel with its conversion", () => {
    const rows = [row(), row({ id: "x2", name: "Semanal", kind: "RECURRING", status: "PAUSED", trigger: null, schedule: { sendAt: null, frequency: "DAILY", days: null, dayOfMonth: null, localTime: "08:00" }, nextRunAt: null })];
    const html = renderAs("STAFF", <CampaignsTable rows={rows} />);
    const text = textOf(html);
    expect(html.match(/data-testid="campaign-row"/g)).toHaveLength(2);
    expect(text).toContain("Activa");
    expect(text).toContain("Automática Sin visitas durante 30 días");
    expect(text).toContain("Recurrente Cada día a las 08:00");
    expect(text).toContain("200 → 160 → 40 → 20");
    expect(text).toContain("conversión 12,5 %");
    expect(html).toContain('href="/campaigns/77777777-7777-4777-8777-777777777777"');
  });
});
