import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { createTranslator } from "@/lib/i18n";
import { type ApiError, toApiError } from "@/lib/api/errors";
import { renderAs, textOf } from "@/test/render";
import { SegmentEditor } from "./components/SegmentEditor";
import { SegmentPreviewPanel } from "./components/SegmentPreviewPanel";
import { formatCount } from "./count";
import { localErrors, segmentErrorsFromApi } from "./errors";
import { addTo, type Condition, newFact, problemsOf } from "./tree";

// The editor's first paint (as the server renders it, with the panel's providers): each node and its
// fields, errors at their node, limits, the read-only view, and the live count panel. Clicks and the
// debounced count against the real API are in e2e/segments.e2e.test.mjs.

vi.mock("next/navigation", async () => (await import("@/test/cannedApi")).navigationMock());

const t = createTranslator("es-419");
const fmt = { locale: "es-CO", timeZone: "America/Bogota" };
const LOCATION = "11111111-1111-4111-8111-111111111111";

const tree: Condition = {
  all: [
    { fact: "VISIT_COUNT", op: "GTE", number: 3 },
    {
      any: [
        { fact: "TAG", tag: "vip" },
        { not: { fact: "LAST_VISIT", op: "WITHIN_LAST_DAYS", days: 30 } },
        { fact: "VISITED_LOCATION", locationId: LOCATION, days: 14 },
        { fact: "FIRST_VISIT", op: "BEFORE", date: "2026-03-01T05:00:00.000Z" },
        { fact: "BIRTHDAY_MONTH", month: 2 },
        { fact: "CONSENT", consent: "MARKETING" },
        { fact: "DEVICE_PLATFORM", platform: "IOS" },
      ],
    },
  ],
};

const editor = (props: Partial<Parameters<typeof SegmentEditor>[0]> = {}, role: "ADMIN" | "ANALYST" = "ADMIN") =>
  renderAs(role, createElement(SegmentEditor, { value: tree, onChange: () => {}, ...props }));

describe("SegmentEditor", () => {
  it("draws every node with the API's path and each fact's own fields", () => {
    const html = editor();
    for (const [path, kind] of [["", "all"], ["all.0", "fact"], ["all.1", "any"], ["all.1.any.1", "not"], ["all.1.any.1.not", "fact"]]) {
      expect(html).toContain(`data-path="${path}" data-kind="${kind}"`);
    }
    expect(html).toMatch(/id="seg-all-0-number"[^>]*value="3"/);
    expect(html).toMatch(/id="seg-all-1-any-0-tag"[^>]*value="vip"/);
    expect(html).toMatch(/id="seg-all-1-any-1-not-days"[^>]*value="30"/);
    expect(html).toMatch(/id="seg-all-1-any-2-days"[^>]*value="14"/);
    expect(html).toContain('id="seg-all-1-any-2-location"');
    // The date shows as the business's calendar day.
    expect(html).toMatch(/id="seg-all-1-any-3-date"[^>]*value="2026-03-01"/);
    expect(html).toMatch(/<option value="2" selected="">febrero<\/option>/);
    expect(html).toMatch(/<option value="MARKETING" selected="">Mensajes de marketing<\/option>/);
    expect(html).toMatch(/<option value="IOS" selected="">iOS<\/option>/);
    // Buttons per node: negate, group, remove; the negation can be taken away; add a fact or a group.
    for (const id of ["seg-negate-all-0", "seg-group-all-0", "seg-remove-all-0", "seg-unnegate-all-1-any-1", "seg-add-group-root", "seg-remove-all-1"]) {
      expect(html).toContain(`data-testid="${id}"`);
    }
    expect(html).toContain('id="seg-root-add"');
    expect(html).not.toContain('data-testid="seg-remove-root"');
    expect(textOf(html)).toContain("8 de 50 condiciones · 4 de 5 niveles");
  });

  it("puts the API's refusal at the node (and field) its path names", () => {
    const serverError: ApiError[] = [
      { code: "BAD_USER_INPUT", field: "condition", path: "all.1.any.1.not.days", reason: "RANGE", message: "'days' must be 1 to 3650, got 0" },
      { code: "BAD_USER_INPUT", field: "condition", path: "", reason: "UNKNOWN_TAG", message: "No customer has the tag 'vip' (removed from everyone, or never used): the segment would match no one by it" },
      { code: "FORBIDDEN", message: "nope" },
    ];
    const html = editor({ serverError });
    expect(html).toMatch(/<ul id="seg-all-1-any-1-not-errors"[^>]*data-path="all.1.any.1.not"[^>]*><li>Escribe de 1 a 3.650 días.<\/li>/);
    expect(html).toMatch(/id="seg-all-1-any-1-not-days"[^>]*aria-invalid="true"[^>]*aria-describedby="seg-all-1-any-1-not-errors"/);
    expect(html).toMatch(/data-path="all.1.any.0"[^>]*><li>Ningún cliente tiene la etiqueta «vip»/);
    expect(html).toMatch(/data-testid="segment-editor-errors"[\s\S]*Tu rol no permite/);
    // Nodes the API said nothing about are not marked.
    expect(html).not.toContain('id="seg-all-0-errors"');
  });

  it("asks for what is missing before counting", () => {
    const html = editor({ value: { all: [{ fact: "TAG", tag: "" }, { any: [] }] } });
    expect(html).toMatch(/data-path="all.0"[^>]*><li>Completa este dato.<\/li>/);
    expect(html).toMatch(/data-path="all.1"[^>]*><li>Añade al menos una condición a este grupo.<\/li>/);
    expect(html).toContain('data-testid="segment-preview-incomplete"');
  });

  it("offers no change the API's limits would refuse", () => {
    let full: Condition = { all: [] };
    for (let i = 0; i < 20; i++) full = addTo(full, "", newFact("VISIT_COUNT"));
    const html = editor({ value: full });
    expect(html).toMatch(/id="seg-root-add"[^>]*disabled=""/);
    expect(html).toMatch(/disabled=""[^>]*data-testid="seg-add-group-root"/);
    // Five levels deep: the innermost fact can be neither negated nor grouped.
    const deep: Condition = { all: [{ any: [{ not: { all: [newFact("VISIT_COUNT")] } }] }] };
    const deepHtml = editor({ value: deep });
    expect(deepHtml).toMatch(/disabled=""[^>]*data-testid="seg-negate-all-0-any-0-not-all-0"/);
    expect(deepHtml).toMatch(/disabled=""[^>]*data-testid="seg-group-all-0-any-0-not-all-0"/);
    expect(textOf(deepHtml)).toContain("Se alcanzó el límite del segmento");
  });

  it("shows the tree without editing controls when read-only", () => {
    const html = editor({ readOnly: true }, "ANALYST");
    expect(html).toMatch(/id="seg-all-0-number"[^>]*disabled=""/);
    expect(html).not.toContain("seg-remove-");
    expect(html).not.toContain('id="seg-root-add"');
    expect(html).toContain('data-testid="segment-preview"');
  });
});

describe("the live count", () => {
  const preview = {
    customerCount: 1234,
    customerCountIsExact: true,
    countCap: 10000,
    sample: [{ id: "c1", displayName: "Ana Rojas", lastVisitAt: "2026-11-20T15:00:00Z", visitCount: 7 }],
  };
  // The condition the count answers for, put in words by the panel.
  const counted = { all: [{ fact: "VISIT_COUNT" as const, op: "GTE" as const, number: 3 }, { fact: "TAG" as const, tag: "vip" }] };

  it("shows the count, the condition in words and the sample", () => {
    const html = renderAs("ADMIN", createElement(SegmentPreviewPanel, { state: { preview, counted, errors: null, updating: false, incomplete: false, countExactly: () => {} }, invalid: false }));
    expect(html).toMatch(/data-testid="segment-count" data-count="1234" data-exact="true"[^>]*>1.234</);
    expect(html).not.toContain("segment-count-exact");
    expect(textOf(html)).toContain("En palabras al menos 3 visitas y con la etiqueta «vip»");
    const english = renderAs("ADMIN", createElement(SegmentPreviewPanel, { state: { preview, counted, errors: null, updating: false, incomplete: false, countExactly: () => {} }, invalid: false }), "en");
    expect(textOf(english)).toContain("In words at least 3 visits and tagged “vip”");
    expect(html).toContain('href="/customers/c1"');
    expect(textOf(html)).toContain("Ana Rojas · 7 visitas · última: 20 de noviembre de 2026");
  });

  it("reads a capped live count as '10.000+' and offers to count exactly", () => {
    const capped = { ...preview, customerCount: 10000, customerCountIsExact: false };
    const html = renderAs("ADMIN", createElement(SegmentPreviewPanel, { state: { preview: capped, counted, errors: null, updating: false, incomplete: false, countExactly: () => {} }, invalid: false }));
    expect(html).toMatch(/data-testid="segment-count" data-count="10000" data-exact="false"[^>]*>10.000\+</);
    expect(textOf(html)).toContain("Mientras editas se cuenta hasta 10.000; el número exacto se ve al guardar.");
    expect(html).toContain('data-testid="segment-count-exact"');
    expect(formatCount({ value: 12345, exact: false }, "es-CO")).toBe("12.345+");
    expect(formatCount({ value: 12345, exact: true }, "en-US")).toBe("12,345");
  });

  it("keeps the last count dimmed while a newer one loads, and says when it cannot count", () => {
    const updating = renderAs("ADMIN", createElement(SegmentPreviewPanel, { state: { preview, counted, errors: null, updating: true, incomplete: false, countExactly: () => {} }, invalid: false }));
    expect(updating).toMatch(/class="opacity-60"/);
    expect(updating).toContain("Actualizando…");
    const refused = renderAs("ADMIN", createElement(SegmentPreviewPanel, { state: { preview, counted, errors: [], updating: false, incomplete: false, countExactly: () => {} }, invalid: true }));
    expect(refused).toContain('data-testid="segment-preview-invalid"');
    expect(refused).not.toContain('data-testid="segment-count"');
  });
});

describe("errors in words", () => {
  it("reads the node's path from the API's extensions", () => {
    const error = toApiError({ message: "x", extensions: { code: "BAD_USER_INPUT", field: "condition", path: "all.1.not", reason: "TOO_DEEP" }, path: ["segmentPreview"] });
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "condition", path: "all.1.not", reason: "TOO_DEEP" });
  });

  it("names the limits and places location refusals at the facts with that location", () => {
    const root: Condition = { any: [{ fact: "VISITED_LOCATION", locationId: LOCATION }, { fact: "TAG", tag: "x" }] };
    const errors = segmentErrorsFromApi(
      [
        { code: "BAD_USER_INPUT", field: "condition", path: "", reason: "LOCATION_INACTIVE", message: `The location ${LOCATION} is deactivated: reactivate it or leave it out` },
        { code: "NOT_FOUND", message: `Location not found: ${LOCATION}` },
        { code: "BAD_USER_INPUT", field: "condition", path: "any.1", reason: "TOO_DEEP", message: "Conditions nest at most 5 levels" },
        { code: "CONFLICT", field: "name", message: "A segment named 'x' already exists" },
      ],
      root,
      t,
      fmt,
    );
    expect(errors.nodes["any.0"]?.map((e) => e.message)).toEqual(["Este local está desactivado: reactívalo o quita la condición.", "Este local ya no existe: elige otro o quita la condición."]);
    expect(errors.nodes["any.1"]).toEqual([{ message: "Las condiciones se anidan hasta 5 niveles." }]);
    expect(errors.name).toBe("Ya existe un segmento con ese nombre.");
    expect(errors.form).toEqual([]);
  });

  it("words the editor's own findings", () => {
    const errors = localErrors(problemsOf({ all: [{ fact: "VISIT_COUNT", op: "GTE", number: -1 }] }), t, fmt);
    expect(errors.nodes["all.0"]).toEqual([{ message: "Escribe un número entero de 0 a 1.000.000.000.", field: "number" }]);
  });
});
