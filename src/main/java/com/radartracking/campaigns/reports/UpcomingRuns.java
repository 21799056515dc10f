package com.radartracking.campaigns.reports;

import com.radartracking.campaigns.engine.RunTimes;
import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignKind;
import com.radartracking.campaigns.model.TriggerType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a campaign would run over the next days and how many customers each run would choose (before push's
 * consent and device checks), in at most one statement:
 * <ul>
 *   <li>ONE_OFF, RECURRING: each run of {@link RunTimes} chooses the audience (as it stands now);</li>
 *   <li>BIRTHDAY: each daily run chooses the customers whose birthday is that local day;</li>
 *   <li>INACTIVITY: the first run chooses everyone lapsed by then, each later one those whose last visit
 *       crosses the threshold since the previous run (assuming no new visits);</li>
 *   <li>WELCOME, AFTER_VISIT: scans run every few minutes, so one line per local day, at the first moment a
 *       customer who has already joined (visited) falls due that day; future joins cannot be foreseen;</li>
 *   <li>event triggers: none (they fire on events).</li>
 * </ul>
 */
@Component
class UpcomingRuns {

    /** More than a month of daily runs; a schedule cannot run more often except the delayed scans. */
    private static final int MAX_RUNS = 64;

    private final NamedParameterJdbcTemplate jdbc;

    UpcomingRuns(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The run times in (now, until), from the campaign's schedule or time trigger. */
    static List<Instant> runTimes(Campaign campaign, Instant now, Instant until, ZoneId zone) {
        List<Instant> runs = new ArrayList<>();
        Instant after = now;
        while (runs.size() < MAX_RUNS) {
            Optional<Instant> next = RunTimes.next(campaign, after, zone);
            if (next.isEmpty() || !next.get().isBefore(until)) {
                break;
            }
            runs.add(next.get());
            after = next.get();
        }
        return runs;
    }

    List<CampaignDryRun.Occurrence> upcoming(Campaign campaign, String qualifying, String audience,
            MapSqlParameterSource params, int qualifyingNow, Instant now, Instant until, ZoneId zone) {
        TriggerType type = campaign.triggerType();
        if (campaign.kind() != CampaignKind.TRIGGERED) {
            return runTimes(campaign, now, until, zone).stream()
                    .map(at -> new CampaignDryRun.Occurrence(at, qualifyingNow)).toList();
        }
        return switch (type) {
            case BIRTHDAY -> birthdays(audience, params, runTimes(campaign, now, until, zone), now, zone);
            case INACTIVITY -> lapses(qualifying, params, runTimes(campaign, now, until, zone), campaign);
            case WELCOME, AFTER_VISIT -> delayed(campaign, qualifying, params, now, until, zone);
            default -> List.of();
        };
    }

    /** Audience birthdays per (month, day), then each run's local day picks its own. */
    private List<CampaignDryRun.Occurrence> birthdays(String audience, MapSqlParameterSource params,
            List<Instant> runs, Instant now, ZoneId zone) {
        if (runs.isEmpty()) {
            return List.of();
        }
        params.addValue("u_year", "birthday:" + now.atZone(zone).getYear());
        Map<Integer, Integer> byMonthDay = new HashMap<>();
        jdbc.query("""
                select c.birthday_md as md, count(*) as customers
                  from customers c
                 where %s and c.birthday_md is not null
                   and not exists (select 1 from campaign_deliveries d where d.business_id = c.business_id
                                      and d.campaign_id = :q_campaign and d.customer_id = c.id and d.occurrence = :u_year)
                 group by 1""".formatted(audience), params,
                rs -> {
                    byMonthDay.put(rs.getInt("md"), rs.getInt("customers"));
                });
        return runs.stream().map(at -> {
            LocalDate day = at.atZone(zone).toLocalDate();
            int count = byMonthDay.getOrDefault(day.getMonthValue() * 100 + day.getDayOfMonth(), 0);
            if (day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear()) {
                count += byMonthDay.getOrDefault(229, 0);
            }
            return new CampaignDryRun.Occurrence(at, count);
        }).toList();
    }

    /**
     * Run i chooses the customers whose last visit falls in (run(i-1) - days, run(i) - days]; the first run
     * everyone lapsed by then. Each customer is counted once, at the first run whose threshold they cross.
     */
    private List<CampaignDryRun.Occurrence> lapses(String qualifying, MapSqlParameterSource params, List<Instant> runs,
            Campaign campaign) {
        if (runs.isEmpty()) {
            return List.of();
        }
        Duration lapse = TriggerRules.lapse(campaign);
        String[] thresholds = runs.stream().map(at -> at.minus(lapse).toString()).toArray(String[]::new);
        MapSqlParameterSource byLastRun = new MapSqlParameterSource(new HashMap<>(params.getValues()))
                .addValue("q_lapsedBy", Timestamp.from(runs.getLast().minus(lapse)))
                .addValue("u_thresholds", thresholds);
        int[] counts = new int[runs.size()];
        jdbc.query("""
                select r.run_no, count(*) as customers
                  from customers c
                  cross join lateral (
                      select min(t.run_no) as run_no
                        from unnest(cast(:u_thresholds as text[])) with ordinality as t(lapsed_by, run_no)
                       where coalesce(c.last_visit_at, c.created_at) < cast(t.lapsed_by as timestamptz)) r
                 where %s
                 group by r.run_no""".formatted(qualifying), byLastRun, rs -> {
                    counts[rs.getInt("run_no") - 1] = rs.getInt("customers");
                });
        List<CampaignDryRun.Occurrence> occurrences = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            occurrences.add(new CampaignDryRun.Occurrence(runs.get(i), counts[i]));
        }
        return occurrences;
    }

    /** Customers already joined (visited) and not yet messaged, per local day they fall due. */
    private List<CampaignDryRun.Occurrence> delayed(Campaign campaign, String qualifying, MapSqlParameterSource params,
            Instant now, Instant until, ZoneId zone) {
        params.addValue("u_delay", TriggerRules.delayHours(campaign)).addValue("u_until", Timestamp.from(until))
                .addValue("u_zone", zone.getId());
        String due = campaign.triggerType() == TriggerType.WELCOME
                ? "c.created_at + make_interval(hours => :u_delay)"
                : """
                  (select max(v.occurred_at) from visits v where v.business_id = c.business_id and v.customer_id = c.id
                      and v.occurred_at > cast(:q_now as timestamptz) - make_interval(hours => :q_hours)
                      and v.occurred_at <= cast(:q_now as timestamptz)) + make_interval(hours => :u_delay)""";
        List<CampaignDryRun.Occurrence> occurrences = new ArrayList<>();
        jdbc.query("""
                select min(t.due) as first_due, count(*) as customers
                  from (select greatest(%s, cast(:q_now as timestamptz)) as due from customers c where %s) t
                 where t.due < :u_until
                 group by (t.due at time zone :u_zone)::date
                 order by 1""".formatted(due, qualifying), params, rs -> {
                    occurrences.add(new CampaignDryRun.Occurrence(
                            rs.getTimestamp("first_due").toInstant(), rs.getInt("customers")));
                });
        return occurrences;
    }
}
