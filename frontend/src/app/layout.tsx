import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { I18nProvider } from "@/components/providers/I18nProvider";
import { PrefsHydrator } from "@/components/providers/SessionProvider";
import { requestLocale } from "@/lib/i18n/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "RadarTracking", template: "%s · RadarTracking" },
  description: "Panel de RadarTracking: fidelización, notificaciones push y geocercas para tu negocio.",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <body>
        <PrefsHydrator />
        <I18nProvider locale={locale}>{children}</I18nProvider>
      </body>
    </html>
  );
}
