import type { ReactNode } from "react";
import { I18nProvider } from "@/components/providers/I18nProvider";
import { SessionProvider } from "@/components/providers/SessionProvider";
import { AppShell } from "@/components/shell/AppShell";
import { formattingLocale } from "@/lib/format";
import { requestLocale } from "@/lib/i18n/server";
import { getMe, getVisibleLocations } from "@/lib/session/server";

// Every signed-in page renders inside this layout on the server: the user, the business and the
// visible locations arrive with the first paint (no loading flash), in the business's language,
// time zone and formats.

export default async function AppLayout({ children }: { children: ReactNode }) {
  const [me, locations] = await Promise.all([getMe(), getVisibleLocations()]);
  const locale = await requestLocale(me.business.locale);
  return (
    <I18nProvider locale={locale} formatLocale={formattingLocale(locale, me.business.locale)} timeZone={me.business.timeZone}>
      <SessionProvider user={me.user} business={me.business} visibleLocationIds={locations.map((l) => l.id)}>
        <AppShell locations={locations}>{children}</AppShell>
      </SessionProvider>
    </I18nProvider>
  );
}
