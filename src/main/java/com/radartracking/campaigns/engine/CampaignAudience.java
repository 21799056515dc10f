package com.radartracking.campaigns.engine;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.segments.SegmentCondition;
import com.radartracking.campaigns.segments.SegmentFilters;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Who a campaign may reach, as one SQL condition on {@code customers c} under the current tenant: the
 * business, the campaign's segment (none: everyone) and its location scope (customers whose preferred
 * location is in scope or who visited one there). Every selection the engine and the dry run make starts
 * from it, so they agree on the audience.
 */
@Component
public class CampaignAudience {

    private final SegmentFilters segments;

    CampaignAudience(SegmentFilters segments) {
        this.segments = segments;
    }

    /**
     * The condition, binding {@code businessId} and names starting with {@code a_} in {@code params}; empty
     * when the campaign's segment no longer exists (the campaign cannot run until it is edited).
     */
    public Optional<String> where(Campaign campaign, MapSqlParameterSource params) {
        return where(campaign, params, "a_");
    }

    /**
     * Like {@link #where(Campaign, MapSqlParameterSource)}, binding names starting with {@code prefix} (plus
     * {@code businessId}), so the conditions of several campaigns can share one statement (the event triggers
     * check all of a business's candidate campaigns for one customer at once).
     */
    public Optional<String> where(Campaign campaign, MapSqlParameterSource params, String prefix) {
        params.addValue("businessId", campaign.businessId());
        StringBuilder where = new StringBuilder("c.business_id = :businessId");
        if (campaign.segmentId() != null) {
            Optional<SegmentCondition> segment = segments.condition(campaign.segmentId());
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            where.append(" and ").append(segments.where(segment.get(), params, prefix + "s"));
        }
        if (!campaign.locationIds().isEmpty()) {
            params.addValue(prefix + "locations", campaign.locationIds().toArray(UUID[]::new));
            // The leading space is explicit (caught by the event triggers' location-scope test once).
            where.append(" and ").append(customerOfLocations(prefix + "locations"));
        }
        return Optional.of(where.toString());
    }

    /**
     * A condition on customers {@code c}: a customer of the locations bound as {@code parameter} (a uuid
     * array), i.e. preferring one of them or with a visit at one of them, at any time. The campaigns' location
     * scope, and a Staff user's share of a campaign's reports.
     */
    public static String customerOfLocations(String parameter) {
        return """
                (c.preferred_location_id = any(:%1$s) or exists (select 1 from visits v
                 where v.business_id = c.business_id and v.customer_id = c.id
                   and v.location_id = any(:%1$s)))""".formatted(parameter);
    }
}
