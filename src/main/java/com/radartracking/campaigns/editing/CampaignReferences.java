package com.radartracking.campaigns.editing;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignMessage;
import com.radartracking.campaigns.model.TriggerSettings;
import com.radartracking.campaigns.segments.SegmentFilters;
import com.radartracking.locations.LocationDirectory;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.push.PushMessageChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks what a campaign points at, under the current tenant: its segment (live, and its own references still
 * valid), its locations, its trigger's zones (live and active), program and reward, and its message against the
 * push pipeline's rules. An id the business cannot see is NOT_FOUND, the same as an unknown one. Zones, programs
 * and rewards are read with plain SQL (row-level security scoped), like segments read locations: their modules
 * publish no look-up for them and a read of three columns does not warrant one.
 */
@Component
class CampaignReferences {

    private final SegmentFilters segments;
    private final LocationDirectory locations;
    private final PushMessageChecks messages;
    private final NamedParameterJdbcTemplate jdbc;

    CampaignReferences(SegmentFilters segments, LocationDirectory locations, PushMessageChecks messages,
            NamedParameterJdbcTemplate jdbc) {
        this.segments = segments;
        this.locations = locations;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    void check(Campaign campaign) {
        message(campaign.message());
        if (campaign.segmentId() != null) {
            segments.problem(campaign.segmentId()).ifPresent(problem -> {
                if ("NOT_FOUND".equals(problem.reason())) {
                    throw CampaignException.notFound("segmentId", "Segment", campaign.segmentId());
                }
                throw CampaignException.badInput("segmentId", problem.reason(), problem.message());
            });
        }
        if (!campaign.locationIds().isEmpty()) {
            Set<UUID> found = locations.existingIds(campaign.locationIds());
            campaign.locationIds().stream().filter(id -> !found.contains(id)).findFirst().ifPresent(id -> {
                throw CampaignException.notFound("locationIds", "Location", id);
            });
        }
        if (campaign.trigger() != null) {
            trigger(campaign.trigger());
        }
    }

    private void message(CampaignMessage message) {
        List<PushMessageChecks.Problem> problems = messages.check(message.title(), message.body(), message.imageUrl(),
                message.deepLink(), message.data());
        if (!problems.isEmpty()) {
            PushMessageChecks.Problem problem = problems.getFirst();
            String field = "message".equals(problem.field()) ? "message" : "message." + problem.field();
            throw CampaignException.badInput(field, problem.reason(), problem.message());
        }
    }

    private void trigger(TriggerSettings trigger) {
        if (trigger.geofenceIds() != null && !trigger.geofenceIds().isEmpty()) {
            List<UUID> ids = ids("trigger.geofenceIds", "Zone", trigger.geofenceIds());
            List<Map<String, Object>> rows = jdbc.queryForList("""
                    select id, active from geofences
                     where business_id = :businessId and id = any(:ids) and deleted_at is null""",
                    params().addValue("ids", ids.toArray(UUID[]::new)));
            requireAll("trigger.geofenceIds", "Zone", ids, rows);
            rows.stream().filter(row -> !Boolean.TRUE.equals(row.get("active"))).findFirst().ifPresent(row -> {
                throw CampaignException.badInput("trigger.geofenceIds", "GEOFENCE_INACTIVE",
                        "The zone " + row.get("id") + " is deactivated: activate it or leave it out");
            });
        }
        UUID programId = null;
        if (trigger.programId() != null) {
            programId = ids("trigger.programId", "Loyalty program", List.of(trigger.programId())).getFirst();
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select id, active from loyalty_programs where business_id = :businessId and id = :id",
                    params().addValue("id", programId));
            requireAll("trigger.programId", "Loyalty program", List.of(programId), rows);
            if (!Boolean.TRUE.equals(rows.getFirst().get("active"))) {
                throw CampaignException.badInput("trigger.programId", "PROGRAM_INACTIVE",
                        "The loyalty program is not active: nobody earns points in it");
            }
        }
        if (trigger.rewardId() != null) {
            UUID rewardId = ids("trigger.rewardId", "Reward", List.of(trigger.rewardId())).getFirst();
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select id, program_id, active from rewards where business_id = :businessId and id = :id",
                    params().addValue("id", rewardId));
            requireAll("trigger.rewardId", "Reward", List.of(rewardId), rows);
            Map<String, Object> reward = rows.getFirst();
            if (!Boolean.TRUE.equals(reward.get("active"))) {
                throw CampaignException.badInput("trigger.rewardId", "REWARD_INACTIVE",
                        "The reward is not active: it never becomes available");
            }
            if (programId != null && !programId.equals(reward.get("program_id"))) {
                throw CampaignException.badInput("trigger.rewardId", "REWARD_NOT_IN_PROGRAM",
                        "The reward belongs to another program than trigger.programId");
            }
        }
    }

    /** Ids as given; a malformed one names nothing, like another business's. */
    private static List<UUID> ids(String field, String what, List<String> given) {
        List<UUID> ids = new ArrayList<>();
        for (String id : given) {
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                throw CampaignException.notFound(field, what, id);
            }
        }
        return ids;
    }

    private static void requireAll(String field, String what, List<UUID> ids, List<Map<String, Object>> rows) {
        Set<Object> found = new java.util.HashSet<>();
        rows.forEach(row -> found.add(row.get("id")));
        ids.stream().filter(id -> !found.contains(id)).findFirst().ifPresent(id -> {
            throw CampaignException.notFound(field, what, id);
        });
    }

    private static MapSqlParameterSource params() {
        return new MapSqlParameterSource("businessId", TenantContext.require());
    }
}
