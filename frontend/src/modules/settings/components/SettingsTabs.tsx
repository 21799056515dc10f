"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { SectionTabs } from "@/components/ui/SectionTabs";

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
    <SectionTabs label={t("settings.tabs")} active={active} testIdPrefix="settings-tab"
      tabs={tabs.map((tab) => ({ ...tab, label: t(`settings.tab.${tab.key}`) }))} />
  );
}
