"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { SectionTabs } from "@/components/ui/SectionTabs";

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
    <SectionTabs label={t("push.tabs")} active={active} testIdPrefix="push-tab"
      tabs={tabs.map((tab) => ({ ...tab, label: t(`push.tab.${tab.key}`) }))} />
  );
}
