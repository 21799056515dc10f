package com.radartracking.campaigns.triggers;

import com.radartracking.campaigns.engine.CampaignAudience;
import com.radartracking.campaigns.model.Campaign;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which of an event's candidate campaigns may reach its customer: each campaign's audience (segment and
 * location scope, {@link CampaignAudience}) tested for that one customer, all campaigns in one statement,
 * so an event costs one round trip however many campaigns it concerns.
 */
@Component
class TriggerAudience {

    private final CampaignAudience audience;
    private final NamedParameterJdbcTemplate jdbc;

    TriggerAudience(CampaignAudience audience, NamedParameterJdbcTemplate jdbc) {
        this.audience = audience;
        this.jdbc = jdbc;
    }

    /** The campaigns (ids) the customer belongs to; {@code withoutSegment} receives those whose segment is gone. */
    Set<UUID> including(List<Campaign> campaigns, UUID customerId, Set<UUID> withoutSegment) {
        MapSqlParameterSource params = new MapSqlParameterSource("customer", customerId);
        List<String> checks = new ArrayList<>();
        for (int i = 0; i < campaigns.size(); i++) {
            Campaign campaign = campaigns.get(i);
            String prefix = "t" + i + "_";
            Optional<String> where = audience.where(campaign, params, prefix);
            if (where.isEmpty()) {
                withoutSegment.add(campaign.id());
                continue;
            }
            params.addValue(prefix + "id", campaign.id());
            checks.add("select cast(:%sid as uuid) where exists (select 1 from customers c where %s and c.id = :customer)"
                    .formatted(prefix, where.get()));
        }
        if (checks.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList(String.join("\nunion all\n", checks), params, UUID.class));
    }
}
