import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SectionTabs } from "./SectionTabs";

describe("SectionTabs", () => {
  it("links every section under its label, marking the current one", () => {
    const html = renderToStaticMarkup(
      <SectionTabs label="Push" active="history" testIdPrefix="push-tab"
        tabs={[{ key: "compose", href: "/push/new", label: "Redactar" }, { key: "history", href: "/push", label: "Historial" }]} />,
    );
    expect(html).toMatch(/^<nav aria-label="Push"/);
    expect(html).toMatch(/<a data-testid="push-tab-compose" class="[^"]*text-slate-700[^"]*" href="\/push\/new">Redactar<\/a>/);
    expect(html).toMatch(/<a aria-current="page" data-testid="push-tab-history" class="[^"]*border-indigo-700[^"]*" href="\/push">Historial<\/a>/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });
});
