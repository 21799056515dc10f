"use client";

import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/Field";
import { Badge, Card, TableWrap, td, th } from "@/components/ui/Page";
import { GeofenceEventsDocument, type GeoEventKind, type GeofenceEventsQuery } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { asApiErrors } from "@/lib/api/errors";
import { describeError } from "@/lib/api/messages";
import { formatDateTime, formatNumber } from "@/lib/format";
import { EVENTS_PAGE_SIZE } from "../zones";

export type GeoEventRow = GeofenceEventsQuery["geoEvents"]["edges"][number]["node"];

const KIND_TONES = { ENTER: "green", EXIT: "slate", DWELL: "indigo" } as const;

export function GeoEventsTable({ events }: { events: readonly GeoEventRow[] }) {
  const { t, fmt } = useI18n();
  return (
    <TableWrap label={t("geofences.events.title")}>
      <thead className="bg-slate-50">
        <tr>
          <th scope="col" className={th}>{t("geofences.events.when")}</th>
          <th scope="col" className={th}>{t("geofences.events.kind")}</th>
          <th scope="col" className={th}>{t("geofences.events.customer")}</th>
          <th scope="col" className={th}>{t("geofences.events.accuracy")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {events.map((event) => (
          <tr key={event.id} data-testid="geo-event">
            <td className={`${td} whitespace-nowrap`}>{formatDateTime(event.occurredAt, fmt)}</td>
            <td className={td}>
              <Badge tone={KIND_TONES[event.kind]}>{t(`geofences.kind.${event.kind}`)}</Badge>
            </td>
            <td className={td}>
              <Link href={`/customers/${event.customer.id}`} className="text-indigo-800 underline">
                {event.customer.displayName}
              </Link>
            </td>
            <td className={`${td} tabular-nums`}>{event.accuracyMeters === null ? "—" : `± ${formatNumber(event.accuracyMeters, fmt.locale, 0)} m`}</td>
          </tr>
        ))}
      </tbody>
    </TableWrap>
  );
}

/** The zone's recent ENTER / EXIT / DWELL events, newest first, a page at a time. */
export function GeoEventsList({ zoneId }: { zoneId: string }) {
  const { t, fmt } = useI18n();
  const [kind, setKind] = useState<GeoEventKind | "">("");
  const [events, setEvents] = useState<GeoEventRow[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  const load = useCallback(
    async (after: string | null) => {
      setLoading(true);
      try {
        const filter = { geofenceId: zoneId, ...(kind ? { kinds: [kind] } : {}) };
        const data = await request(GeofenceEventsDocument, { filter, first: EVENTS_PAGE_SIZE, after });
        const nodes = data.geoEvents.edges.map((e) => e.node);
        setEvents((current) => (after && current ? [...current, ...nodes] : nodes));
        setCursor(data.geoEvents.pageInfo.endCursor ?? null);
        setHasMore(data.geoEvents.pageInfo.hasNextPage);
        setErrors([]);
      } catch (error) {
        setErrors(asApiErrors(error).map((e) => describeError(e, t, fmt).message));
      } finally {
        setLoading(false);
      }
    },
    [zoneId, kind, t, fmt],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  return (
    <Card title={t("geofences.events.title")}>
      <div className="mb-3 max-w-xs">
        <SelectField id="events-kind" label={t("geofences.events.kind")} value={kind} onValue={(v) => setKind(v as GeoEventKind | "")}>
          <option value="">{t("geofences.events.allKinds")}</option>
          {(["ENTER", "EXIT", "DWELL"] as const).map((k) => (
            <option key={k} value={k}>
              {t(`geofences.kind.${k}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <AlertList messages={errors} testId="events-errors" />
      {events === null ? (
        !errors.length ? <p className="text-sm text-slate-700">{t("app.loading")}</p> : null
      ) : events.length === 0 ? (
        <p className="text-sm text-slate-700" data-testid="events-empty">
          {t("geofences.events.empty")}
        </p>
      ) : (
        <GeoEventsTable events={events} />
      )}
      {hasMore ? (
        <Button variant="secondary" className="mt-3" busy={loading} onClick={() => void load(cursor)} data-testid="events-more">
          {t("geofences.events.more")}
        </Button>
      ) : null}
    </Card>
  );
}
