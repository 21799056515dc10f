package com.radartracking.campaigns.reports;

import com.radartracking.campaigns.engine.Occurrences;
import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignKind;
import com.radartracking.campaigns.model.TriggerType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Who a campaign's run or time trigger would choose now, as SQL on {@code customers c} added to the audience,
 * skipping customers already delivered for the same occurrence (the delivery keys the engine writes:
 * 'once', Occurrences.lapseSql(), 'birthday:' || year, 'welcome', 'visit:' || visit id).
 */
final class TriggerRules {

    private TriggerRules() {
    }

    /** WELCOME and AFTER_VISIT look this far back at least, so a 0-hour delay still shows who just came. */
    static final int MIN_RECENT_HOURS = 1;

    static String qualifying(Campaign campaign, String audience, MapSqlParameterSource params, Instant now, ZoneId zone) {
        params.addValue("q_campaign", campaign.id()).addValue("q_now", Timestamp.from(now));
        String delivered = "exists (select 1 from campaign_deliveries d where d.business_id = c.business_id"
                + " and d.campaign_id = :q_campaign and d.customer_id = c.id and d.occurrence = %s)";
        if (campaign.kind() == CampaignKind.ONE_OFF) {
            return audience + " and not " + delivered.formatted("'once'");
        }
        if (campaign.kind() == CampaignKind.RECURRING) {
            return audience;
        }
        TriggerType type = campaign.triggerType();
        return switch (type) {
            case INACTIVITY -> {
                params.addValue("q_lapsedBy", Timestamp.from(now.minus(lapse(campaign))));
                // The engine's own rule and key (Occurrences): a customer who never visited lapses from joining.
                yield audience + " and coalesce(c.last_visit_at, c.created_at) < :q_lapsedBy"
                        + " and not " + delivered.formatted(Occurrences.lapseSql());
            }
            case BIRTHDAY -> {
                LocalDate today = now.atZone(zone).toLocalDate();
                params.addValue("q_year", "birthday:" + today.getYear());
                yield audience + " and " + birthdayOn(today, params, "q_") + " and not " + delivered.formatted(":q_year");
            }
            case WELCOME -> {
                params.addValue("q_hours", recentHours(campaign));
                String joined = audience + " and c.created_at > cast(:q_now as timestamptz) - make_interval(hours => :q_hours)"
                        + " and not " + delivered.formatted("'welcome'");
                if (campaign.activatedAt() != null) {
                    // The engine welcomes only customers who joined after the campaign was activated.
                    params.addValue("q_activated", Timestamp.from(campaign.activatedAt()));
                    joined += " and c.created_at >= :q_activated";
                }
                yield joined;
            }
            case AFTER_VISIT -> {
                params.addValue("q_hours", recentHours(campaign));
                // A text block drops its leading blanks: the separating space is explicit.
                yield audience + " " + """
                        and exists (select 1 from visits v where v.business_id = c.business_id and v.customer_id = c.id
                                       and v.occurred_at > cast(:q_now as timestamptz) - make_interval(hours => :q_hours)
                                       and v.occurred_at <= cast(:q_now as timestamptz)
                                       and not exists (select 1 from campaign_deliveries d
                                                        where d.business_id = c.business_id and d.campaign_id = :q_campaign
                                                          and d.customer_id = c.id and d.occurrence = """ + Occurrences.visitSql() + "))";
            }
            default -> audience;
        };
    }

    /**
     * Customers whose birthday is {@code day}; 29 February birthdays fall on 28 February in other years. The
     * engine's own rule and column ({@link Occurrences#birthdayMonthDays}, birthday_md), an index range under
     * row-level security.
     */
    static String birthdayOn(LocalDate day, MapSqlParameterSource params, String prefix) {
        params.addValue(prefix + "days", Occurrences.birthdayMonthDays(day).toArray(Integer[]::new));
        return "c.birthday_md = any(cast(:%sdays as int[]))".formatted(prefix);
    }

    /** The delay of WELCOME / AFTER_VISIT in hours, at least {@link #MIN_RECENT_HOURS}. */
    static int recentHours(Campaign campaign) {
        Integer hours = campaign.trigger().hours();
        return Math.max(MIN_RECENT_HOURS, hours == null ? 0 : hours);
    }

    /** INACTIVITY: how long without a visit makes a customer lapsed. */
    static java.time.Duration lapse(Campaign campaign) {
        Integer days = campaign.trigger().days();
        return java.time.Duration.ofDays(days == null ? DEFAULT_LAPSE_DAYS : days);
    }

    static final int DEFAULT_LAPSE_DAYS = 30;

    /** The delay itself (0 when unset). */
    static int delayHours(Campaign campaign) {
        Integer hours = campaign.trigger().hours();
        return hours == null ? 0 : hours;
    }
}
