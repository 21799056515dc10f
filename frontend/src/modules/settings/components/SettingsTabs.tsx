"use client";

import Link from "next/link";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { focusRing } from "@/components/ui/Button";

type Tab = "business" | "mobileApps";

/**
 * The settings pages' sections: the business (every role reads it) and its mobile apps (Admins only,
 * as the API's mobileApps is). A role that sees one section gets no tab bar at all.
 */
export function SettingsTabs({ active }: { active: Tab }) {
  const { t } = useI18n();
  const canManageApps = useSession((s) => s.can("mobileApps.manage"));
  const tabs: Array<{ key: Tab; href: string }> = [
    { key: "business", href: "/settings" },
    ...(canManageApps ? [{ key: "mobileApps" as const, href: "/settings/mobile-apps" }] : []),
  ];
  if (tabs.length < 2) return null;
  return (
    <nav aria-label={t("settings.tabs")} className="border-b border-slate-200">
      <ul className="flex gap-1">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={active === tab.key ? "page" : undefined}
              data-testid={`settings-tab-${tab.key}`}
              className={`inline-block rounded-t-md px-3 py-2 text-sm font-medium ${focusRing} ${
                active === tab.key ? "border-b-2 border-indigo-700 text-indigo-800" : "text-slate-700 hover:text-slate-900"
              }`}
            >
              {t(`settings.tab.${tab.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
