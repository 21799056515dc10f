"use client";

import { useRouter } from "next/navigation";
import { useI18n } from "@/components/providers/I18nProvider";
import { focusRing } from "@/components/ui/Button";
import { LOCALES, type Locale } from "@/lib/i18n";
import { prefs } from "@/stores/prefs";

/** Language links for the pages outside a business (login, sign-up, invitation). */
export function LanguageSwitch() {
  const { locale, t } = useI18n();
  const router = useRouter();
  function choose(next: Locale) {
    prefs.getState().setLanguage(next);
    router.refresh();
  }
  return (
    <div className="flex gap-2 text-sm" role="group" aria-label={t("settings.language")}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === locale}
          onClick={() => choose(l)}
          className={`rounded px-2 py-1 ${focusRing} ${l === locale ? "font-semibold text-indigo-800 underline" : "text-slate-700 hover:text-slate-900"}`}
        >
          {t(`locale.${l}`)}
        </button>
      ))}
    </div>
  );
}
