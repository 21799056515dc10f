import { createJSONStorage, persist } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import { LANGUAGE_COOKIE, isLocale, type Locale } from "@/lib/i18n";

// Preferences of this browser: panel language (null = the business's) and whether the desktop
// sidebar is collapsed. The language is mirrored into a cookie so server components render in it.

export interface PrefsState {
  language: Locale | null;
  sidebarCollapsed: boolean;
  setLanguage(language: Locale | null): void;
  toggleSidebar(): void;
}

export function languageCookie(language: Locale | null): string {
  return language
    ? `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=31536000; SameSite=Lax`
    : `${LANGUAGE_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
}

export function createPrefsStore(options: { storage?: Storage; writeCookie?: (cookie: string) => void } = {}) {
  const writeCookie =
    options.writeCookie ??
    ((cookie: string) => {
      if (typeof document !== "undefined") document.cookie = cookie;
    });
  return createStore<PrefsState>()(
    persist(
      (set, get) => ({
        language: null,
        sidebarCollapsed: false,
        setLanguage: (language) => {
          const value = isLocale(language) ? language : null;
          writeCookie(languageCookie(value));
          set({ language: value });
        },
        toggleSidebar: () => set({ sidebarCollapsed: !get().sidebarCollapsed }),
      }),
      {
        name: "radar.prefs",
        version: 1,
        storage: createJSONStorage(() => options.storage ?? globalThis.localStorage),
        partialize: (state) => ({ language: state.language, sidebarCollapsed: state.sidebarCollapsed }),
        skipHydration: true,
      },
    ),
  );
}

export const prefs = createPrefsStore();
