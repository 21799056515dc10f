package com.radartracking.geofencing.events;

import com.radartracking.platform.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Zones' activity over one period in two statements for any number of zones: the totals (events by kind,
 * distinct customers entering, GeoPush outcomes) and the per-day series (entries, GeoPushes sent, visits
 * after an entry) in the business's time zone, every day of the period present. A visit counts once per
 * zone when it happened at the zone's location within the window after an ENTER of the same customer; it
 * is placed on the day of the latest such ENTER, so it always falls inside the period.
 */
@Component
@Transactional(readOnly = true)
class GeofenceActivityQueries {

    static final String TOTALS = """
            select z.id as geofence_id,
                   coalesce(e.entries, 0) as entries, coalesce(e.exits, 0) as exits, coalesce(e.dwells, 0) as dwells,
                   coalesce(e.customers, 0) as customers, coalesce(p.sent, 0) as sent,
                   coalesce(p.cooldown, 0) as cooldown, coalesce(p.outside, 0) as outside
              from unnest(cast(:ids as uuid[])) as z(id)
              left join (select geofence_id,
                                count(*) filter (where kind = 'ENTER') as entries,
                                count(*) filter (where kind = 'EXIT') as exits,
                                count(*) filter (where kind = 'DWELL') as dwells,
                                count(distinct customer_id) filter (where kind = 'ENTER') as customers
                           from geo_events
                          where business_id = :businessId and geofence_id = any(:ids)
                            and occurred_at >= :from and occurred_at < :to
                          group by geofence_id) e on e.geofence_id = z.id
              left join (select geofence_id,
                                count(*) filter (where outcome = 'SENT') as sent,
                                count(*) filter (where outcome = 'COOLDOWN') as cooldown,
                                count(*) filter (where outcome = 'OUTSIDE_SCHEDULE') as outside
                           from geo_pushes
                          where business_id = :businessId and geofence_id = any(:ids)
                            and created_at >= :from and created_at < :to
                          group by geofence_id) p on p.geofence_id = z.id""";

    static final String BY_DAY = """
            with zone as (select time_zone as name from businesses where id = :businessId),
            enters as (
                select geofence_id, location_id, customer_id, occurred_at
                  from geo_events
                 where business_id = :businessId and geofence_id = any(:ids) and kind = 'ENTER'
                   and occurred_at >= :from and occurred_at < :to),
            visits_after as (
                select en.geofence_id, v.id, max(en.occurred_at) as entered_at
                  from enters en
                  join visits v on v.business_id = :businessId and v.customer_id = en.customer_id
                                and v.location_id = en.location_id and v.occurred_at >= en.occurred_at
                                and v.occurred_at < en.occurred_at + make_interval(hours => :window)
                 group by en.geofence_id, v.id),
            facts as (
                select geofence_id, occurred_at as at, 1 as entries, 0 as sent, 0 as visits from enters
                union all
                select geofence_id, created_at, 0, 1, 0
                  from geo_pushes
                 where business_id = :businessId and geofence_id = any(:ids) and outcome = 'SENT'
                   and created_at >= :from and created_at < :to
                union all
                select geofence_id, entered_at, 0, 0, 1 from visits_after),
            local_facts as (
                select f.geofence_id, (f.at at time zone zone.name)::date as day, f.entries, f.sent, f.visits
                  from facts f cross join zone),
            days as (
                select z.id as geofence_id, d::date as day
                  from unnest(cast(:ids as uuid[])) as z(id)
                 cross join zone
                 cross join generate_series((cast(:from as timestamptz) at time zone zone.name)::date,
                                            ((cast(:to as timestamptz) - interval '1 microsecond')
                                                 at time zone zone.name)::date,
                                            interval '1 day') as d)
            select d.geofence_id, d.day::text as day, coalesce(sum(f.entries), 0) as entries,
                   coalesce(sum(f.sent), 0) as sent, coalesce(sum(f.visits), 0) as visits
              from days d
              left join local_facts f on f.geofence_id = d.geofence_id and f.day = d.day
             group by d.geofence_id, d.day
             order by d.geofence_id, d.day""";

    private final NamedParameterJdbcTemplate jdbc;

    GeofenceActivityQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The activity of each of {@code geofenceIds} (zones of the current business) over {@code period}. */
    Map<UUID, GeofenceActivity> activity(Collection<UUID> geofenceIds, ActivityPeriod period) {
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("ids", geofenceIds.toArray(UUID[]::new))
                .addValue("from", GeoEventQueries.utc(period.from()))
                .addValue("to", GeoEventQueries.utc(period.to()))
                .addValue("window", period.visitWindowHours());
        Map<UUID, List<GeofenceActivity.Day>> days = new HashMap<>();
        Map<UUID, Integer> visits = new HashMap<>();
        jdbc.query(BY_DAY, params, rs -> {
            UUID id = rs.getObject("geofence_id", UUID.class);
            int visitsAfter = rs.getInt("visits");
            days.computeIfAbsent(id, key -> new ArrayList<>()).add(new GeofenceActivity.Day(rs.getString("day"),
                    rs.getInt("entries"), rs.getInt("sent"), visitsAfter));
            visits.merge(id, visitsAfter, Integer::sum);
        });
        Map<UUID, GeofenceActivity> found = new HashMap<>();
        jdbc.query(TOTALS, params, rs -> {
            UUID id = rs.getObject("geofence_id", UUID.class);
            found.put(id, new GeofenceActivity(period.from(), period.to(), rs.getInt("entries"), rs.getInt("exits"),
                    rs.getInt("dwells"), rs.getInt("customers"), rs.getInt("sent"), rs.getInt("cooldown"),
                    rs.getInt("outside"), visits.getOrDefault(id, 0), period.visitWindowHours(),
                    List.copyOf(days.getOrDefault(id, List.of()))));
        });
        return found;
    }
}
