import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nProvider } from "@/components/providers/I18nProvider";
import { SessionProvider } from "@/components/providers/SessionProvider";
import type { Role } from "@/gql/graphql";

// Component tests: a component's first paint, rendered to HTML as the server renders it, inside the
// providers the (app) layout gives it (language, session with a role, the business's currency).

export const TEST_USER_ID = "00000000-0000-4000-8000-000000000001";

export function renderAs(role: Role, node: ReactNode, locale: "es-419" | "en" = "es-419"): string {
  return renderToStaticMarkup(
    <I18nProvider locale={locale} formatLocale={locale === "en" ? "en-US" : "es-CO"} timeZone="America/Bogota">
      <SessionProvider
        user={{ id: TEST_USER_ID, email: "someone@example.com", displayName: "Someone", role }}
        business={{ id: "b", name: "Café", timeZone: "America/Bogota", locale: "es-CO", currency: "COP", locationLimit: 5 }}
        visibleLocationIds={[]}
      >
        {node}
      </SessionProvider>
    </I18nProvider>,
  );
}

/** The text of the markup, tags removed and whitespace collapsed (what a person reads). */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
