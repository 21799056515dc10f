import type { Metadata } from "next";
import { getMe } from "@/lib/session/server";
import { timeZoneOptions } from "@/lib/timezones";
import { SettingsPage } from "@/modules/settings/components/SettingsPage";

export const metadata: Metadata = { title: "Settings" };

export default async function Settings() {
  const me = await getMe();
  return <SettingsPage timeZones={timeZoneOptions([me.business.timeZone])} />;
}
