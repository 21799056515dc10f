import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { PREVIEW_DELAY_MS, useSegmentPreview } from "./hooks/useSegmentPreview";
import { conditionKey, type Condition } from "./tree";

// The live count's wiring: what it asks goes through useDebouncedValue (one request once the tree has
// stayed the same for PREVIEW_DELAY_MS), and an incomplete tree asks nothing. The request count while
// typing is measured in the browser (e2e/segments.e2e.test.mjs, "counts once per pause in typing").

const debounced = vi.hoisted(() => ({ calls: [] as Array<[unknown, number]> }));
vi.mock("@/lib/hooks/useDebouncedValue", () => ({
  useDebouncedValue: (value: unknown, delay: number) => {
    debounced.calls.push([value, delay]);
    return value;
  },
}));

function Probe({ value, enabled = true }: { value: Condition; enabled?: boolean }) {
  const state = useSegmentPreview(value, enabled);
  const { countExactly: _, ...shown } = state;
  return createElement("output", { "data-state": JSON.stringify(shown) });
}

const stateOf = (html: string) => JSON.parse(/data-state="([^"]*)"/.exec(html)![1]!.replace(/&quot;/g, '"'));

beforeEach(() => {
  debounced.calls.length = 0;
});

describe("useSegmentPreview", () => {
  it("debounces what it counts: the tree as sent, after a pause", () => {
    const value: Condition = { all: [{ fact: "TAG", tag: " VIP" }] };
    const state = stateOf(renderToStaticMarkup(createElement(Probe, { value })));
    expect(debounced.calls).toEqual([[conditionKey(value), PREVIEW_DELAY_MS]]);
    expect(PREVIEW_DELAY_MS).toBeGreaterThanOrEqual(300);
    expect(state).toEqual({ preview: null, counted: null, errors: null, updating: true, incomplete: false });
  });

  it("asks nothing for an incomplete tree, nor when disabled", () => {
    const incomplete = stateOf(renderToStaticMarkup(createElement(Probe, { value: { all: [{ fact: "TAG", tag: "" }] } })));
    expect(debounced.calls.at(-1)).toEqual([null, PREVIEW_DELAY_MS]);
    expect(incomplete).toMatchObject({ incomplete: true, updating: false });
    const disabled = stateOf(renderToStaticMarkup(createElement(Probe, { value: { fact: "CONSENT", consent: "PUSH" }, enabled: false })));
    expect(debounced.calls.at(-1)).toEqual([null, PREVIEW_DELAY_MS]);
    expect(disabled).toMatchObject({ incomplete: false, updating: false });
  });
});
