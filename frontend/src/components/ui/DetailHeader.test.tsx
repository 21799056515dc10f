import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DetailHeader } from "./DetailHeader";

const header = (props: Partial<Parameters<typeof DetailHeader>[0]> = {}) =>
  renderToStaticMarkup(<DetailHeader name="Puerta" nameTestId="zone-name" backHref="/zones" backLabel="Zonas" notice={null} errors={[]} testId="zone" {...props} />);

describe("DetailHeader", () => {
  it("shows the name with its badge, the actions and the way back", () => {
    const html = header({ badge: <b>Activa</b>, actions: <button>Borrar</button>, children: " · Puntos" });
    expect(html).toContain('<h1 class="text-2xl font-semibold text-slate-900"><span class="flex flex-wrap items-center gap-2"><span data-testid="zone-name">Puerta</span><b>Activa</b></span></h1>');
    expect(html).toContain('<a class="text-indigo-800 underline" href="/zones">Zonas</a> · Puntos');
    expect(html).toContain("<button>Borrar</button>");
  });

  it("says the notice and the errors under the page's test id, and nothing when there are none", () => {
    expect(header()).not.toMatch(/zone-notice|zone-errors|role="/);
    const html = header({ notice: "Guardada", errors: ["No se pudo", "Otra vez"] });
    expect(html).toMatch(/role="status" data-testid="zone-notice"[^>]*>Guardada</);
    expect(html).toMatch(/role="alert" data-testid="zone-errors"[^>]*><ul[^>]*><li>No se pudo<\/li><li>Otra vez<\/li>/);
  });
});
