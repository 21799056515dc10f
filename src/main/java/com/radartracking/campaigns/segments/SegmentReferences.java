package com.radartracking.campaigns.segments;

import com.radartracking.platform.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses, when a segment is saved or previewed, a condition that points at nothing: a tag no customer of
 * the business carries (tags have no catalogue: a tag removed from everyone is gone), a location that is
 * not the business's (NOT_FOUND, as for any id the caller cannot see) or no longer active. A segment that
 * silently matches no one would make a campaign that silently does nothing.
 */
@Component
class SegmentReferences {

    private final NamedParameterJdbcTemplate jdbc;

    SegmentReferences(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void check(SegmentCondition condition) {
        Set<String> tags = new LinkedHashSet<>();
        Set<String> locations = new LinkedHashSet<>();
        collect(condition, tags, locations);
        UUID businessId = TenantContext.require();
        if (!tags.isEmpty()) {
            List<String> unknown = jdbc.queryForList("""
                    select t from unnest(cast(:tags as text[])) as t
                     where not exists (select 1 from customers c where c.business_id = :businessId
                                          and c.tags @> array[t])""",
                    new MapSqlParameterSource("tags", tags.toArray(String[]::new)).addValue("businessId", businessId),
                    String.class);
            if (!unknown.isEmpty()) {
                throw SegmentException.badCondition("", "UNKNOWN_TAG", "No customer has the tag '" + unknown.getFirst()
                        + "' (removed from everyone, or never used): the segment would match no one by it");
            }
        }
        if (!locations.isEmpty()) {
            List<Map<String, Object>> found = jdbc.queryForList(
                    "select id, active from locations where business_id = :businessId and id = any(:ids)",
                    new MapSqlParameterSource("ids", locations.stream().map(UUID::fromString).toArray(UUID[]::new))
                            .addValue("businessId", businessId));
            List<String> seen = new ArrayList<>();
            for (Map<String, Object> row : found) {
                seen.add(row.get("id").toString());
                if (!Boolean.TRUE.equals(row.get("active"))) {
                    throw SegmentException.badCondition("", "LOCATION_INACTIVE",
                            "The location " + row.get("id") + " is deactivated: reactivate it or leave it out");
                }
            }
            locations.stream().filter(id -> !seen.contains(id)).findFirst().ifPresent(id -> {
                throw SegmentException.notFound("Location", id);
            });
        }
    }

    private static void collect(SegmentCondition node, Set<String> tags, Set<String> locations) {
        if (node.all() != null) {
            node.all().forEach(part -> collect(part, tags, locations));
        } else if (node.any() != null) {
            node.any().forEach(part -> collect(part, tags, locations));
        } else if (node.not() != null) {
            collect(node.not(), tags, locations);
        } else if (node.fact() == SegmentFact.TAG) {
            tags.add(node.tag());
        } else if (node.fact() == SegmentFact.VISITED_LOCATION) {
            locations.add(node.locationId());
        }
    }
}
