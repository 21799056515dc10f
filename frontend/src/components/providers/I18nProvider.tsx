"use client";

import { createContext, useContext, useEffect, useMemo, type ReactNode } from "react";
import type { FormatContext } from "@/lib/format";
import { createTranslator, type Locale, type Translator } from "@/lib/i18n";

interface I18nValue {
  locale: Locale;
  t: Translator;
  /** Formatting context: the business's time zone, UTC on pages outside a business (login...). */
  fmt: FormatContext;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({
  locale,
  formatLocale,
  timeZone,
  children,
}: {
  locale: Locale;
  formatLocale?: string;
  timeZone?: string | null;
  children: ReactNode;
}) {
  const value = useMemo<I18nValue>(
    () => ({
      locale,
      t: createTranslator(locale),
      fmt: { locale: formatLocale ?? locale, timeZone: timeZone ?? "UTC" },
    }),
    [locale, formatLocale, timeZone],
  );
  useEffect(() => {
    // The root layout cannot know the business's language; keep <html lang> right for screen readers.
    document.documentElement.lang = locale;
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
