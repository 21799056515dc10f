package com.radartracking.campaigns.reports;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.push.PushReach;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *
 * <p>Staff read their locations' share of every figure (see {@link Key#onlyAt}), so that nothing in the report
 * tells them what happened elsewhere in the business:
 * <ul>
 * <li>visited (total, per day, per location) counts only visits at their locations, exactly as byLocation
 * attributes a visit after the message to where it happened; a Staff user's visited is the number of
 * customers in their byLocation rows (their sum, unless a customer visited two of their locations);</li>
 * <li>targeted, sent, delivered, opened and skipped have no location of their own (a message goes to a
 * customer, not to a place): they count the customers of the Staff user's locations, as the campaigns' own
 * location scope defines them ({@code CampaignAudience}): the customer's preferred location is one of
 * them, or the customer has a visit at one of them (at any time). A campaign limited to a Staff user's
 * locations is therefore all theirs, and every customer counted as visited is also counted as targeted;</li>
 * <li>not attributable to any location: customers with no preferred location and no visit anywhere (a
 * welcome or birthday message to someone who never came). They are in no Staff user's share, only in the
 * whole-business figures Admins and Analysts read. A customer of two locations is in both shares, so the
 * shares of all Staff users do not add up to the business's totals.</li>
 * </ul>
 * Both ways are per-delivery (or per-skip) index probes (a lateral with {@code limit 1}, which the planner
 * cannot turn into a hashed scan of every visit at the locations): the work stays in proportion to the
 * campaign.
 */
@Component
class FunnelQuery {

    /**
     * A campaign's funnel over [from, to), visits counted within windowDays after each message; {@code onlyAt}
     * null for the whole business (Admins, Analysts), else the only locations whose share is counted (Staff).
     */
    record Key(UUID businessId, UUID campaignId, Instant from, Instant to, int windowDays, Set<UUID> onlyAt) {

        Key {
            onlyAt = onlyAt == null ? null : Set.copyOf(onlyAt);
        }

        /** Keys loaded by the same statements: one business, one scope. */
        Scope scope() {
            return new Scope(businessId, onlyAt);
        }
    }

    /** A business and the locations counted in it (null: all). */
    record Scope(UUID businessId, Set<UUID> onlyAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    FunnelQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keys of one {@link Scope} (the data loader groups them so): two statements for all of them. */
    @Transactional(readOnly = true)
    Map<Key, CampaignFunnel> load(List<Key> keys) {
        UUID businessId = TenantContext.require();
        Set<UUID> onlyAt = keys.isEmpty() ? null : keys.getFirst().onlyAt();
        List<Key> own = keys.stream().filter(key -> key.scope().equals(new Scope(businessId, onlyAt))).toList();
        Map<Key, CampaignFunnel> funnels = new HashMap<>();
        keys.forEach(key -> funnels.put(key, CampaignFunnel.EMPTY));
        if (own.isEmpty() || (onlyAt != null && onlyAt.isEmpty())) {
            return funnels; // a Staff user with no location has no share of anything
        }
        MapSqlParameterSource params = params(businessId, own);
        boolean restricted = onlyAt != null;
        if (restricted) {
            params.addValue("locations", onlyAt.toArray(UUID[]::new));
        }
        Map<Integer, Totals> totals = new HashMap<>();
        jdbc.query(restricted ? STAFF_STEPS : STEPS, params, rs -> {
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
        jdbc.query(restricted ? STAFF_SKIPS : SKIPS, params, rs -> {
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
    private static final String STEPS_TEMPLATE = """
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
                %1$s
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
                         and v.occurred_at <= s.created_at + make_interval(days => s.window_days)%2$s
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

    private static final String STEPS = STEPS_TEMPLATE.formatted("", "");

    /** Staff: deliveries to customers of their locations; visits at their locations. */
    private static final String STAFF_STEPS = STEPS_TEMPLATE.formatted(customerOfLocations("d.customer_id"),
            "\n                         and v.location_id = any(cast(:locations as uuid[]))");

    /** Per key and reason, the customers the campaign's sends in the period skipped or still hold back. */
    private static final String SKIPS_TEMPLATE = """
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
            select r.key_no, r.reason, count(distinct r.customer_id) as customers
              from reasons r%s
             group by r.key_no, r.reason""";

    private static final String SKIPS = SKIPS_TEMPLATE.formatted("");

    /** Staff: the skips of customers of their locations. */
    private static final String STAFF_SKIPS = SKIPS_TEMPLATE.formatted("\n" + customerOfLocations("r.customer_id"));

    /**
     * Keeps the rows whose customer {@code customerId} is a customer of {@code :locations}: preferred there
     * or visited there (customers' primary key, then visits' (business, customer, occurred_at) index). A
     * lateral with {@code limit 1}: at most one row per row it filters, and a probe per row, never a hashed
     * read of all the locations' visits.
     */
    private static String customerOfLocations(String customerId) {
        return """
                cross join lateral (
                    select 1 from customers c
                     where c.business_id = :businessId and c.id = %1$s
                       and c.preferred_location_id = any(cast(:locations as uuid[]))
                    union all
                    select 1 from visits v
                     where v.business_id = :businessId and v.customer_id = %1$s
                       and v.location_id = any(cast(:locations as uuid[]))
                    limit 1
                ) mine""".formatted(customerId);
    }
}
