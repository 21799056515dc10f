import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { I18nProvider } from "@/components/providers/I18nProvider";
import { SessionProvider } from "@/components/providers/SessionProvider";
import type { PushSendDetailFieldsFragment, Role } from "@/gql/graphql";
import { AudiencePicker } from "./components/AudiencePicker";
import { MessageFields } from "./components/MessageFields";
import { PushPreviewPanel, type PushPreviewData } from "./components/PushPreviewPanel";
import { PushSendDetail } from "./components/PushSendDetail";
import { CompactFigures, ProgressBar, SendFigures } from "./components/SendFigures";
import { emptyComposer } from "./compose";

// The push components rendered as the server renders them (with the panel's real providers), checked
// on their markup: what each shows for given data and role. Clicks are exercised in e2e/push.e2e.test.mjs.

function render(element: ReactElement, role: Role = "ADMIN", displayName = "Admin Uno"): string {
  const user = { id: "u1", email: "a@x.example", displayName, role };
  const business = { id: "b1", name: "Café Centro", timeZone: "America/Bogota", locale: "es-CO", currency: "COP", locationLimit: 5 };
  return renderToStaticMarkup(
    createElement(I18nProvider, {
      locale: "es-419",
      formatLocale: "es-CO",
      timeZone: "America/Bogota",
      children: createElement(SessionProvider, { user, business, visibleLocationIds: [], children: element }),
    }),
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const preview: PushPreviewData = {
  customers: 1200,
  reachableCustomers: 950,
  devices: 1010,
  skipped: [
    { reason: "NO_CONSENT", count: 200 },
    { reason: "NO_DEVICE", count: 50 },
    { reason: "STALE_TOKEN", count: 0 },
  ],
  sample: { title: "Hola Ana", body: "Tienes 120 puntos en Café Centro", imageUrl: null, deepLink: null },
  payloadBytes: 512,
};

describe("composer preview", () => {
  it("shows reach, skips in words with counts, the phone mock with the personalised sample and the payload size", () => {
    const html = render(createElement(PushPreviewPanel, { preview, loading: false, incomplete: false, appName: "Café Centro" }));
    const words = text(html);
    expect(words).toContain("Llegará a 950 de 1200 clientes en 1010 dispositivos.".replace("1200", "1.200").replace("1010", "1.010"));
    expect(html).toContain('data-testid="preview-skip-NO_CONSENT"');
    expect(words).toContain("No dieron consentimiento para notificaciones 200");
    expect(words).toContain("No tienen la app instalada con un dispositivo activo 50");
    expect(html).not.toContain("preview-skip-STALE_TOKEN");
    expect(html).toMatch(/data-testid="phone-title"[^>]*>Hola Ana</);
    expect(html).toMatch(/data-testid="phone-body"[^>]*>Tienes 120 puntos en Café Centro</);
    expect(words).toContain("Tamaño: 512 de 4.096 bytes");
    expect(html).not.toContain("preview-payload-over");
  });

  it("warns when the personalised payload is over 4,096 bytes and when nobody is reachable", () => {
    const html = render(createElement(PushPreviewPanel, { preview: { ...preview, reachableCustomers: 0, devices: 0, payloadBytes: 5000 }, loading: false, incomplete: false, appName: "X" }));
    expect(html).toContain('data-testid="preview-payload-over"');
    expect(text(html)).toContain("Nadie recibiría este mensaje");
  });

  it("asks for the audience and texts before previewing", () => {
    expect(render(createElement(PushPreviewPanel, { preview: null, loading: false, incomplete: true, appName: "X" }))).toContain('data-testid="preview-incomplete"');
  });
});

describe("composer fields", () => {
  const values = { ...emptyComposer(), title: "Hola {{firstName}}", body: "" };

  it("offers a button per placeholder and puts errors beside title and text", () => {
    const html = render(createElement(MessageFields, { values, onChange: () => {}, errors: { body: "Este campo es obligatorio." } }));
    for (const name of ["firstName", "lastName", "displayName", "points", "businessName"]) expect(html).toContain(`data-testid="placeholder-${name}"`);
    expect(html).toMatch(/id="push-body"[^>]*aria-invalid="true"/);
    expect(html).toContain('id="push-body-error"');
    expect(text(html)).toContain("18/200");
  });

  it("lets Admins choose any audience and Staff only one customer", () => {
    const props = { values: emptyComposer(), onChange: () => {}, tags: ["vip"], locations: [], error: "Elige el cliente." };
    const admin = render(createElement(AudiencePicker, { ...props, onlyOneCustomer: false }));
    for (const kind of ["CUSTOMER", "CUSTOMERS", "SEGMENT", "ALL"]) expect(admin).toContain(`data-testid="audience-${kind}"`);
    expect(admin).toContain('data-testid="audience-error"');
    const staff = render(createElement(AudiencePicker, { ...props, onlyOneCustomer: true }), "STAFF");
    expect(staff).not.toContain('data-testid="audience-ALL"');
    expect(text(staff)).toContain("Como personal puedes enviar a un cliente a la vez.");
  });

  it("shows the segment's filters (tags, locations, last visit and joining ranges, visit counts, search)", () => {
    const html = render(createElement(AudiencePicker, { values: { ...emptyComposer(), audience: "SEGMENT" }, onChange: () => {}, onlyOneCustomer: false, tags: ["vip"], locations: [{ id: "l1", name: "Centro" }] }));
    for (const id of ["segment-search", "segment-location", "segment-preferred", "segment-last-from", "segment-last-to", "segment-joined-from", "segment-joined-to", "segment-min-visits", "segment-max-visits"]) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('data-testid="segment-tags"');
  });
});

const counts = { total: 10, queued: 3, sending: 1, sent: 5, failed: 1, cancelled: 0, received: 2, opened: 1, heldBack: 2 };

function sendOf(changes: Partial<PushSendDetailFieldsFragment> = {}): PushSendDetailFieldsFragment {
  return {
    id: "22222222-2222-4222-8222-222222222222",
    audienceKind: "SEGMENT",
    audienceSummary: "Segment: tag vip",
    audienceCustomerCount: null,
    audienceSegment: {
      search: null, tags: ["vip"], preferredLocationId: null, visitedLocationId: null, lastVisitFrom: null,
      lastVisitTo: null, minVisits: null, maxVisits: null, createdFrom: null, createdTo: null,
    },
    title: "Hola {{firstName}}",
    status: "QUEUED",
    scheduledAt: "2026-11-29T15:00:00Z",
    createdByName: "Sara Staff",
    canCancel: true,
    origin: "PANEL",
    recipients: 10,
    skipped: 4,
    counts,
    createdAt: "2026-11-29T15:00:00Z",
    cancelledAt: null,
    completedAt: null,
    body: "Tienes {{points}} puntos",
    imageUrl: null,
    deepLink: "/promos",
    data: [{ key: "promo", value: "navidad" }],
    campaignId: null,
    skipCounts: [
      { reason: "NO_CONSENT", count: 3 },
      { reason: "NO_DEVICE", count: 1 },
    ],
    ...changes,
  };
}

describe("history and detail figures", () => {
  it("shows every figure of a send and its progress", () => {
    const html = render(createElement(SendFigures, { counts, skipped: 4, recipients: 10 }));
    const expected = { recipients: 10, queued: 3, sending: 1, sent: 5, failed: 1, cancelled: 0, received: 2, opened: 1, heldBack: 2, skipped: 4 };
    for (const [key, value] of Object.entries(expected)) expect(html).toMatch(new RegExp(`data-testid="figure-${key}"[^>]*>${value}<`));
    const bar = render(createElement(ProgressBar, { counts, status: "QUEUED" }));
    expect(bar).toContain('aria-valuenow="60"');
    expect(text(bar)).toContain("6 de 10 entregadas o terminadas (60 %)");
    const row = text(render(createElement(CompactFigures, { counts })));
    expect(row).toContain("5 enviadas");
    expect(row).toContain("2 retenidas");
    expect(row).not.toContain("canceladas");
  });

  it("shows a delivering send as live, its skip reasons with counts, and Cancel to an Admin", () => {
    const html = render(createElement(PushSendDetail, { initial: sendOf() }));
    expect(html).toContain('data-testid="send-live"');
    expect(html).toMatch(/data-testid="send-status"[^>]*>Entregando</);
    expect(text(html)).toContain("No dieron consentimiento para notificaciones 3");
    expect(html).toContain('data-testid="send-cancel"');
  });

  it("offers Cancel only when the API says the caller may cancel (the sender's id decides, not a name)", () => {
    expect(render(createElement(PushSendDetail, { initial: sendOf() }), "STAFF", "Sara Staff")).toContain('data-testid="send-cancel"');
    expect(render(createElement(PushSendDetail, { initial: sendOf({ canCancel: false }) }), "STAFF", "Sara Staff")).not.toContain('data-testid="send-cancel"');
    const done = render(createElement(PushSendDetail, { initial: sendOf({ status: "DONE", canCancel: false, completedAt: "2026-11-29T15:01:00Z" }) }));
    expect(done).not.toContain('data-testid="send-cancel"');
    expect(done).not.toContain('data-testid="send-live"');
  });
});
