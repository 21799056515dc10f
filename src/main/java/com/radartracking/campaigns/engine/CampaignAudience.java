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
            // The leading space is explicit: a text block strips its common indentation, and without it the
            // condition read ":businessIdand (...)" (caught by the event triggers' location-scope test).
            where.append(" and ").append("""
                    (c.preferred_location_id = any(:%1$slocations) or exists (select 1 from visits v
                     where v.business_id = c.business_id and v.customer_id = c.id
                       and v.location_id = any(:%1$slocations)))""".formatted(prefix));
        }
        return Optional.of(where.toString());
    }
}
