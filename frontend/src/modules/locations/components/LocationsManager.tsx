"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button, buttonClass } from "@/components/ui/Button";
import { Badge, PageHeader, TableWrap, td, th } from "@/components/ui/Page";
import {
  DeactivateLocationDocument,
  LocationsDocument,
  ReactivateLocationDocument,
  type LocationFieldsFragment,
  type LocationsQuery,
} from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { asApiErrors } from "@/lib/api/errors";
import { describeError } from "@/lib/api/messages";
import { formatCoordinates } from "@/lib/format";
import { timeZoneLabel } from "@/lib/timezones";
import { flash } from "@/stores/flash";

import { LOCATIONS_PAGE_SIZE } from "../paging";

export { LOCATIONS_PAGE_SIZE };

/** The list renders from the server's first page; changes and "load more" are fetched here. */
export function LocationsManager({ initial, includeInactive }: { initial: LocationsQuery; includeInactive: boolean }) {
  const { t, fmt } = useI18n();
  const canManage = useSession((s) => s.can("locations.manage"));
  const isStaff = useSession((s) => s.user?.role === "STAFF");
  const [page, setPage] = useState(initial);
  const [items, setItems] = useState<LocationFieldsFragment[]>(initial.locations.edges.map((e) => e.node));
  const [showInactive, setShowInactive] = useState(includeInactive);
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [busyId, setBusyId] = useState<string | null>(null);

  useEffect(() => {
    setNotice(flash.getState().take());
  }, []);

  useEffect(() => {
    setPage(initial);
    setItems(initial.locations.edges.map((e) => e.node));
  }, [initial]);

  async function load(after: string | null, inactive: boolean) {
    try {
      const data = await request(LocationsDocument, { first: LOCATIONS_PAGE_SIZE, after, includeInactive: inactive });
      setPage(data);
      const nodes = data.locations.edges.map((e) => e.node);
      setItems((current) => (after ? [...current, ...nodes] : nodes));
      setErrors([]);
    } catch (error) {
      setErrors(asApiErrors(error).map((e) => describeError(e, t, fmt).message));
    }
  }

  async function toggle(location: LocationFieldsFragment) {
    if (location.active && !window.confirm(t("locations.confirmDeactivate", { name: location.name }))) return;
    setBusyId(location.id);
    setNotice(null);
    try {
      if (location.active) await request(DeactivateLocationDocument, { id: location.id });
      else await request(ReactivateLocationDocument, { id: location.id });
      setNotice(t(location.active ? "locations.deactivated" : "locations.reactivated", { name: location.name }));
      await load(null, showInactive);
    } catch (error) {
      setErrors(asApiErrors(error).map((e) => describeError(e, t, fmt).message));
    } finally {
      setBusyId(null);
    }
  }

  const quota = page.locationQuota;
  const atLimit = quota.used >= quota.limit;

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("locations.title")}
        actions={
          canManage ? (
            <Link
              href="/locations/new"
              className={`${buttonClass("primary")} ${atLimit ? "pointer-events-none opacity-60" : ""}`}
              aria-disabled={atLimit || undefined}
              tabIndex={atLimit ? -1 : undefined}
              data-testid="new-location"
            >
              {t("locations.new")}
            </Link>
          ) : null
        }
      >
        {!isStaff ? <span data-testid="location-quota">{t("locations.quota", { limit: quota.limit, used: quota.used })}</span> : null}
      </PageHeader>
      {canManage && atLimit ? <Alert kind="warning">{t("locations.quotaReached")}</Alert> : null}
      {!canManage ? <p className="text-sm text-slate-700">{t("locations.readOnly")}</p> : null}
      {notice ? <Alert kind="success" testId="locations-notice">{notice}</Alert> : null}
      <AlertList messages={errors} />
      {canManage ? (
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={showInactive}
            onChange={(e) => {
              setShowInactive(e.target.checked);
              void load(null, e.target.checked);
            }}
            className="h-4 w-4"
          />
          {t("locations.showInactive")}
        </label>
      ) : null}
      {items.length === 0 ? (
        <p className="text-slate-700" data-testid="locations-empty">
          {isStaff ? t("locations.emptyStaff") : t("locations.empty")}
        </p>
      ) : (
        <TableWrap label={t("locations.title")}>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={th}>{t("locations.col.name")}</th>
              <th scope="col" className={th}>{t("locations.col.address")}</th>
              <th scope="col" className={th}>{t("locations.col.timeZone")}</th>
              <th scope="col" className={th}>{t("locations.col.coordinates")}</th>
              <th scope="col" className={th}>{t("locations.col.status")}</th>
              {canManage ? <th scope="col" className={th}>{t("locations.col.actions")}</th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="locations-table">
            {items.map((location) => (
              <tr key={location.id} data-testid="location-row">
                <td className={`${td} font-medium`}>
                  <Link href={`/locations/${location.id}`} className="text-indigo-800 underline">
                    {location.name}
                  </Link>
                </td>
                <td className={td}>{location.address || "—"}</td>
                <td className={`${td} whitespace-nowrap`}>{timeZoneLabel(location.timeZone)}</td>
                <td className={`${td} whitespace-nowrap`}>{formatCoordinates(location.point.latitude, location.point.longitude, fmt.locale)}</td>
                <td className={td}>
                  <Badge tone={location.active ? "green" : "slate"}>{location.active ? t("locations.active") : t("locations.inactive")}</Badge>
                </td>
                {canManage ? (
                  <td className={`${td} whitespace-nowrap`}>
                    <div className="flex gap-2">
                      <Link href={`/locations/${location.id}`} className={buttonClass("secondary", true)} aria-label={t("locations.editNamed", { name: location.name })}>
                        {t("locations.edit")}
                      </Link>
                      <Button
                        small
                        variant={location.active ? "danger" : "secondary"}
                        busy={busyId === location.id}
                        onClick={() => toggle(location)}
                        aria-label={`${location.active ? t("locations.deactivate") : t("locations.reactivate")}: ${location.name}`}
                      >
                        {location.active ? t("locations.deactivate") : t("locations.reactivate")}
                      </Button>
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </TableWrap>
      )}
      {page.locations.pageInfo.hasNextPage ? (
        <Button variant="secondary" onClick={() => load(page.locations.pageInfo.endCursor ?? null, showInactive)}>
          {t("app.loadMore")}
        </Button>
      ) : null}
    </div>
  );
}
