import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TableWrap } from "./Page";

describe("TableWrap", () => {
  it("is a labelled, focusable region whose scroll box is relative, so an sr-only header cannot widen the page", () => {
    const html = renderToStaticMarkup(
      <TableWrap label="Segmentos">
        <thead>
          <tr>
            <th><span className="sr-only">Acciones</span></th>
          </tr>
        </thead>
      </TableWrap>,
    );
    const classes = html.match(/^<div class="([^"]*)" role="region" aria-label="Segmentos" tabindex="0"><table /)?.[1];
    expect(classes, html).toBeDefined();
    // The box both scrolls and positions: absolute content is placed and clipped inside it, not against the page.
    expect(classes?.split(" ")).toEqual(expect.arrayContaining(["relative", "overflow-x-auto"]));
    expect(html).toContain('<th><span class="sr-only">Acciones</span></th>');
  });
});
