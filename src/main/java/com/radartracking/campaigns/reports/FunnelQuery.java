package com.radartracking.campaigns.reports;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.push.PushReach;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funnels of several campaigns of the current business in two statements, whatever their number: the
 * campaigns and their periods travel as arrays. The deliveries in each period are the targeted customers
 * (campaign_deliveries' (business, campaign, created_at) index); their notifications are read per send
 * (notifications' (business, send, status) index) and their visits per delivery (visits' (business, customer,
 * occurred_at) index). The lateral joins keep it so: work in proportion to the campaign, not to the business
 * (a 100-delivery campaign in a business of 300,000 deliveries reads about 300 buffers). Skips come from the
 * campaign's sends in the period (push_sends' campaign index): the pipeline's skips and the notifications
 * still held back by quiet hours or the frequency cap.
 */
@Component
class FunnelQuery {

    /** A campaign's funnel over [from, to), visits counted within windowDays after each message. */
    record Key(UUID businessId, UUID campaignId, Instant from, Instant to, int windowDays) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    FunnelQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Map<Key, CampaignFunnel> load(List<Key> keys) {
        UUID businessId = TenantContext.require();
        List<Key> own = keys.stream().filter(key -> key.businessId().equals(businessId)).toList();
        Map<Key, CampaignFunnel> funnels = new HashMap<>();
        keys.forEach(key -> funnels.put(key, CampaignFunnel.EMPTY));
        if (own.isEmpty()) {
            return funnels;
        }
        MapSqlParameterSource params = params(businessId, own);
        Map<Integer, Totals> totals = new HashMap<>();
        jdbc.query(STEPS, params, rs -> {
            int keyNo = rs.getInt("key_no");
            Totals t = totals.computeIfAbsent(keyNo, n -> new Totals());
            String kind = rs.getString("kind");
            int[] counts = {rs.getInt("targeted"), rs.getInt("sent"), rs.getInt("delivered"), rs.getInt("opened"),
                rs.getInt("visited")};
            switch (kind) {
                case "total" -> t.steps = counts;
                case "day" -> t.days.add(new CampaignFunnel.Day(rs.getObject("day", java.time.LocalDate.class),
                        counts[0], counts[1], counts[2], counts[3], counts[4]));
                default -> t.locations.add(new CampaignFunnel.LocationVisits(businessId,
                        rs.getObject("location_id", UUID.class), counts[4]));
            }
        });
        jdbc.query(SKIPS, params, rs -> {
            totals.computeIfAbsent(rs.getInt("key_no"), n -> new Totals()).skips
                    .merge(rs.getString("reason"), rs.getInt("customers"), Integer::sum);
        });
        for (int i = 0; i < own.size(); i++) {
            Totals t = totals.get(i + 1);
            if (t != null) {
                funnels.put(own.get(i), t.funnel());
            }
        }
        return funnels;
    }

    private static MapSqlParameterSource params(UUID businessId, List<Key> keys) {
        return new MapSqlParameterSource("businessId", businessId)
                .addValue("ids", keys.stream().map(Key::campaignId).toArray(UUID[]::new))
                .addValue("froms", keys.stream().map(key -> key.from().toString()).toArray(String[]::new))
                .addValue("tos", keys.stream().map(key -> key.to().toString()).toArray(String[]::new))
                .addValue("windows", keys.stream().map(Key::windowDays).toArray(Integer[]::new));
    }

    /** Accumulates one key's rows. */
    private static final class Totals {
        private int[] steps = new int[5];
        private final List<CampaignFunnel.Day> days = new ArrayList<>();
        private final List<CampaignFunnel.LocationVisits> locations = new ArrayList<>();
        private final Map<String, Integer> skips = new HashMap<>();

        CampaignFunnel funnel() {
            days.sort(java.util.Comparator.comparing(CampaignFunnel.Day::day));
            locations.sort(java.util.Comparator.comparingInt(CampaignFunnel.LocationVisits::visited).reversed()
                    .thenComparing(CampaignFunnel.LocationVisits::locationId));
            return new CampaignFunnel(steps[0], steps[1], steps[2], steps[3], steps[4],
                    SkipCount.of(skips, PushReach.REASONS), List.copyOf(days), List.copyOf(locations));
        }
    }

    /**
     * Per key: the totals, one row per local day with deliveries and one per visited location. A customer
     * counts as sent when a notification of their delivery's send went out, delivered when the app reported
     * it received (or opened), and visited when, having been sent the message, they visited within the
     * window after the delivery (the visit that triggered an AFTER_VISIT message comes before it).
     */
    private static final String STEPS = """
            with periods as (
                select p.key_no, p.campaign_id, p.from_at::timestamptz as from_at, p.to_at::timestamptz as to_at,
                       p.window_days
                  from unnest(cast(:ids as uuid[]), cast(:froms as text[]), cast(:tos as text[]),
                              cast(:windows as int[])) with ordinality as p(campaign_id, from_at, to_at, window_days, key_no)
            ), deliveries as materialized (
                select k.key_no, k.window_days, d.customer_id, d.send_id, d.created_at,
                       (d.created_at at time zone (select b.time_zone from businesses b where b.id = :businessId))::date
                           as day
                  from periods k
                  join campaign_deliveries d on d.business_id = :businessId and d.campaign_id = k.campaign_id
                                            and d.created_at >= k.from_at and d.created_at < k.to_at
            ), outcomes as materialized (
                select o.* from (select distinct send_id from deliveries where send_id is not null) s
                cross join lateral (
                    select n.send_id, n.customer_id, bool_or(n.status = 'SENT') as sent,
                           bool_or(n.received_at is not null or n.opened_at is not null) as delivered,
                           bool_or(n.opened_at is not null) as opened
                      from notifications n
                     where n.business_id = :businessId and n.send_id = s.send_id
                     group by n.send_id, n.customer_id
                ) o
            ), steps as materialized (
                select d.key_no, d.customer_id, d.day, d.created_at, d.window_days,
                       coalesce(o.sent, false) as sent, coalesce(o.delivered, false) as delivered,
                       coalesce(o.opened, false) as opened
                  from deliveries d
                  left join outcomes o on o.send_id = d.send_id and o.customer_id = d.customer_id
            ), visits_after as materialized (
                select s.key_no, s.customer_id, s.day, v.location_id
                  from steps s
                  cross join lateral (
                      select v.location_id from visits v
                       where v.business_id = :businessId and v.customer_id = s.customer_id
                         and v.occurred_at > s.created_at
                         and v.occurred_at <= s.created_at + make_interval(days => s.window_days)
                      offset 0 -- keeps the subquery apart: one index probe per delivery, never a scan of all visits
                  ) v
                 where s.sent
            ), flagged as (
                select s.key_no, s.customer_id, s.day, s.sent, s.delivered, s.opened, v.key_no is not null as visited
                  from steps s
                  left join (select distinct key_no, customer_id, day from visits_after) v
                         on v.key_no = s.key_no and v.customer_id = s.customer_id and v.day = s.day
            )
            select f.key_no, case when grouping(f.day) = 1 then 'total' else 'day' end as kind, f.day,
                   cast(null as uuid) as location_id,
                   count(distinct f.customer_id) as targeted,
                   count(distinct f.customer_id) filter (where f.sent) as sent,
                   count(distinct f.customer_id) filter (where f.delivered) as delivered,
                   count(distinct f.customer_id) filter (where f.opened) as opened,
                   count(distinct f.customer_id) filter (where f.visited) as visited
              from flagged f
             group by grouping sets ((f.key_no, f.day), (f.key_no))
            union all
            select v.key_no, 'location', null, v.location_id, 0, 0, 0, 0, count(distinct v.customer_id)
              from visits_after v
             group by v.key_no, v.location_id""";

    /** Per key and reason, the customers the campaign's sends in the period skipped or still hold back. */
    private static final String SKIPS = """
            with periods as (
                select p.key_no, p.campaign_id, p.from_at::timestamptz as from_at, p.to_at::timestamptz as to_at
                  from unnest(cast(:ids as uuid[]), cast(:froms as text[]), cast(:tos as text[]),
                              cast(:windows as int[])) with ordinality as p(campaign_id, from_at, to_at, window_days, key_no)
            ), sends as (
                select k.key_no, s.id as send_id
                  from periods k
                  join push_sends s on s.business_id = :businessId and s.campaign_id = k.campaign_id
                                   and s.created_at >= k.from_at and s.created_at < k.to_at
            ), reasons as (
                select s.key_no, x.customer_id, x.reason
                  from sends s
                  join push_skips x on x.business_id = :businessId and x.send_id = s.send_id
                union all
                select s.key_no, n.customer_id, n.held_reason
                  from sends s
                  join notifications n on n.business_id = :businessId and n.send_id = s.send_id
                                      and n.status = 'QUEUED' and n.held_reason is not null
            )
            select key_no, reason, count(distinct customer_id) as customers from reasons group by key_no, reason""";
}
