package com.radartracking.campaigns.engine;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignKind;
import com.radartracking.campaigns.model.TriggerSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Who a scheduled run or time trigger reaches, and for which occurrence, as set-based SQL for
 * {@link CampaignDeliveries#deliverBatch}: always the campaign's audience ({@link CampaignAudience})
 * and, per kind,
 * <ul>
 *   <li>ONE_OFF: everyone in it, 'once';</li>
 *   <li>RECURRING: everyone in it, 'run:' and the run's local date;</li>
 *   <li>INACTIVITY: whose last visit (their joining time when they never visited) is more than {@code days}
 *       days before the run, 'lapse:' and that time;</li>
 *   <li>BIRTHDAY: whose birthday (month, day) is the run's local date (29 February on 28 February in other
 *       years), 'birthday:' and the year;</li>
 *   <li>WELCOME: who joined after the campaign's activation and at least {@code hours} before the run,
 *       'welcome';</li>
 *   <li>AFTER_VISIT: one row per visit after activation and at least {@code hours} before the run (at the
 *       campaign's locations when it has some), 'visit:' and the visit id.</li>
 * </ul>
 * WELCOME and AFTER_VISIT run every few minutes: they look back only to {@link #LOOKBACK} before the previous
 * run's cut-off (never before activation), so a scan does not re-read every customer or visit since the
 * campaign began, while a short outage of the scheduler loses nothing.
 */
@Component
public class CampaignSelections {

    /** How far before the previous run's cut-off WELCOME and AFTER_VISIT look again. */
    static final Duration LOOKBACK = Duration.ofDays(2);

    private final CampaignAudience audience;

    CampaignSelections(CampaignAudience audience) {
        this.audience = audience;
    }

    /**
     * One run's selection: rows of {@code from} (customers {@code c}, joined with visits {@code v} for
     * AFTER_VISIT) matching {@code where}, each with the occurrence {@code occurrenceSql}, values in {@code params}.
     */
    public record Selection(String from, String where, String occurrenceSql, MapSqlParameterSource params) {
    }

    /**
     * The selection of the run of {@code campaign} scheduled at {@code scheduledAt}, or empty when its segment
     * is gone (the campaign cannot run until it is edited).
     *
     * @throws IllegalArgumentException for a campaign the time scheduler does not run (event triggers)
     */
    public Optional<Selection> of(Campaign campaign, Instant scheduledAt, ZoneId zone) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Optional<String> who = audience.where(campaign, params);
        if (who.isEmpty()) {
            return Optional.empty();
        }
        String where = who.get();
        if (campaign.kind() == CampaignKind.ONE_OFF) {
            return Optional.of(new Selection("customers c", where, literal(params, Occurrences.ONCE), params));
        }
        if (campaign.kind() == CampaignKind.RECURRING) {
            return Optional.of(new Selection("customers c", where,
                    literal(params, Occurrences.recurring(scheduledAt, zone)), params));
        }
        TriggerSettings trigger = campaign.trigger();
        return Optional.of(switch (trigger.type()) {
            case INACTIVITY -> {
                // Spelled as an OR rather than coalesce() so both halves are range scans of
                // customers_last_visit_idx (business_id, last_visit_at); NULLs sort last in it.
                params.addValue("t_cutoff", timestamp(scheduledAt.minus(Duration.ofDays(trigger.days()))));
                yield new Selection("customers c", where + " " + """
                         and (c.last_visit_at < :t_cutoff
                              or (c.last_visit_at is null and c.created_at < :t_cutoff))""",
                        Occurrences.lapseSql(), params);
            }
            case BIRTHDAY -> {
                LocalDate today = Occurrences.localDate(scheduledAt, zone);
                // The generated birthday_md (month * 100 + day) against int[]: smallint = integer is leakproof,
                // so under row-level security this is a range of customers_business_birthday_md_idx; extract()
                // was not, and the application role's plan read every customer.
                params.addValue("t_days", Occurrences.birthdayMonthDays(today).toArray(Integer[]::new));
                yield new Selection("customers c", where + " " + """
                         and c.birthday_md = any(cast(:t_days as int[]))""",
                        literal(params, Occurrences.birthday(today)), params);
            }
            case WELCOME -> {
                params.addValue("t_since", timestamp(since(campaign)))
                        .addValue("t_until", timestamp(scheduledAt.minus(Duration.ofHours(trigger.hours()))));
                yield new Selection("customers c", where + " " + """
                         and c.created_at >= :t_since and c.created_at <= :t_until""",
                        literal(params, Occurrences.WELCOME), params);
            }
            case AFTER_VISIT -> {
                params.addValue("t_since", timestamp(since(campaign)))
                        .addValue("t_until", timestamp(scheduledAt.minus(Duration.ofHours(trigger.hours()))));
                String visits = "";
                if (!campaign.locationIds().isEmpty()) {
                    params.addValue("t_locations", campaign.locationIds().toArray(UUID[]::new));
                    visits = " and v.location_id = any(:t_locations)";
                }
                yield new Selection("customers c join visits v on v.business_id = c.business_id and v.customer_id = c.id",
                        where + " and v.occurred_at >= :t_since and v.occurred_at <= :t_until" + visits,
                        Occurrences.visitSql(), params);
            }
            default -> throw new IllegalArgumentException(
                    "Campaign " + campaign.id() + ": " + trigger.type() + " is not a time trigger");
        });
    }

    /** Activation, or {@link #LOOKBACK} before the previous run's cut-off when that is later. */
    private static Instant since(Campaign campaign) {
        Instant activated = campaign.activatedAt() != null ? campaign.activatedAt() : campaign.createdAt();
        if (campaign.lastRunAt() == null) {
            return activated;
        }
        Instant previousCutoff = campaign.lastRunAt().minus(Duration.ofHours(campaign.trigger().hours()));
        Instant lookback = previousCutoff.minus(LOOKBACK);
        return lookback.isAfter(activated) ? lookback : activated;
    }

    private static String literal(MapSqlParameterSource params, String occurrence) {
        params.addValue("t_occurrence", occurrence);
        return "cast(:t_occurrence as text)";
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
