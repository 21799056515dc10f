"use client";

import Link from "next/link";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { focusRing } from "@/components/ui/Button";

type Tab = "compose" | "history" | "settings";

/** The push pages' sections: compose (roles that send), history, settings. */
export function PushTabs({ active }: { active: Tab }) {
  const { t } = useI18n();
  const canSend = useSession((s) => s.can("push.send"));
  const tabs: Array<{ key: Tab; href: string }> = [
    ...(canSend ? [{ key: "compose" as const, href: "/push/new" }] : []),
    { key: "history", href: "/push" },
    { key: "settings", href: "/push/settings" },
  ];
  return (
    <nav aria-label={t("push.tabs")} className="border-b border-slate-200">
      <ul className="flex gap-1">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={active === tab.key ? "page" : undefined}
              data-testid={`push-tab-${tab.key}`}
              className={`inline-block rounded-t-md px-3 py-2 text-sm font-medium ${focusRing} ${
                active === tab.key ? "border-b-2 border-indigo-700 text-indigo-800" : "text-slate-700 hover:text-slate-900"
              }`}
            >
              {t(`push.tab.${tab.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
