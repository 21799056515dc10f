"use client";

import Link from "next/link";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { buttonClass } from "@/components/ui/Button";
import { Card, PageHeader } from "@/components/ui/Page";
import { formatNumber } from "@/lib/format";
import { ActivityFeed } from "./ActivityFeed";

export function Dashboard({
  quota,
  locations,
  locationCount,
  teamCount,
}: {
  quota: { used: number; limit: number };
  locations: ReadonlyArray<{ id: string; name: string }>;
  locationCount: number;
  teamCount: number | null;
}) {
  const { t, fmt } = useI18n();
  const user = useSession((s) => s.user);
  const business = useSession((s) => s.business);
  const canSeeActivity = useSession((s) => s.can("activity.view"));
  const isStaff = user?.role === "STAFF";
  const canRecord = useSession((s) => s.can("visits.record"));
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("dashboard.welcome", { name: user?.displayName ?? "" })}
        actions={
          canRecord ? (
            <Link href="/counter" className={buttonClass(isStaff ? "primary" : "secondary")} data-testid="dashboard-counter">
              {t("counter.open")}
            </Link>
          ) : null
        }
      >{t("dashboard.business", { business: business?.name ?? "" })}</PageHeader>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Card>
          <p className="text-sm text-slate-700">{t("dashboard.locations")}</p>
          <p className="mt-1 text-3xl font-semibold text-slate-900" data-testid="dashboard-locations">
            {isStaff
              ? formatNumber(locationCount, fmt.locale)
              : t("dashboard.locationsOf", { used: formatNumber(quota.used, fmt.locale), limit: formatNumber(quota.limit, fmt.locale) })}
          </p>
        </Card>
        {teamCount !== null ? (
          <Card>
            <p className="text-sm text-slate-700">{t("dashboard.team")}</p>
            <p className="mt-1 text-3xl font-semibold text-slate-900">{formatNumber(teamCount, fmt.locale)}</p>
          </Card>
        ) : null}
        <Card>
          <p className="text-sm text-slate-700">{t("dashboard.yourLocations")}</p>
          <ul className="mt-2 space-y-1 text-sm">
            {locations.slice(0, 8).map((l) => (
              <li key={l.id}>
                <Link href={`/locations/${l.id}`} className="text-indigo-800 underline">
                  {l.name}
                </Link>
              </li>
            ))}
            {locations.length === 0 ? <li className="text-slate-700">{isStaff ? t("locations.emptyStaff") : t("locations.empty")}</li> : null}
          </ul>
        </Card>
      </div>
      {canSeeActivity ? <ActivityFeed /> : null}
    </div>
  );
}
