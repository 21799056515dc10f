package com.radartracking.loyalty;

import com.radartracking.customers.TimelineCursor;
import com.radartracking.customers.TimelineEntry;
import com.radartracking.customers.TimelineKind;
import com.radartracking.customers.TimelineSource;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Points movements on the customer timeline ("+12 points in Café Club (visit)"). Redemptions have their
 * own source ({@link RedemptionTimeline}), so their ledger rows are left out here to avoid showing twice.
 */
@Component
class PointsTimeline implements TimelineSource {

    private final NamedParameterJdbcTemplate jdbc;

    PointsTimeline(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TimelineEntry> entries(UUID customerId, TimelineCursor before, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("customerId", customerId).addValue("limit", limit);
        return jdbc.query("""
                select l.id, l.card_id, l.reason, l.delta, l.balance_after, l.actor_user_id, l.reference, l.location_id,
                       l.note, l.expires_at, l.occurred_at, p.id as program_id, p.name as program_name, p.kind
                  from points_ledger l
                  join loyalty_cards c on c.business_id = l.business_id and c.id = l.card_id
                  join loyalty_programs p on p.business_id = c.business_id and p.id = c.program_id
                 where l.business_id = :businessId and l.customer_id = :customerId and l.reason <> 'REDEMPTION'"""
                + LoyaltyTimelineSql.after(before, "l.occurred_at", "l.id", "points", params)
                + " order by l.occurred_at desc, l.id desc limit :limit", params, (rs, row) -> {
                    PointsReason reason = PointsReason.valueOf(rs.getString("reason"));
                    long delta = rs.getLong("delta");
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("entryId", rs.getString("id"));
                    details.put("cardId", rs.getString("card_id"));
                    details.put("programId", rs.getString("program_id"));
                    details.put("program", rs.getString("program_name"));
                    details.put("reason", reason.name());
                    details.put("delta", delta);
                    details.put("balanceAfter", rs.getLong("balance_after"));
                    putIfPresent(details, "reference", rs.getString("reference"));
                    putIfPresent(details, "locationId", rs.getString("location_id"));
                    putIfPresent(details, "actorUserId", rs.getString("actor_user_id"));
                    putIfPresent(details, "note", rs.getString("note"));
                    Instant expiresAt = CardStore.instant(rs, "expires_at");
                    if (expiresAt != null) {
                        details.put("expiresIfIdleAt", expiresAt.toString());
                    }
                    String title = (delta > 0 ? "+" : "") + Quantities.of(delta, rs.getString("kind")) + " in " + rs.getString("program_name")
                            + " (" + label(reason) + ")";
                    return new TimelineEntry("points:" + rs.getString("id"), CardStore.instant(rs, "occurred_at"),
                            TimelineKind.POINTS, title, details);
                });
    }

    static String label(PointsReason reason) {
        return switch (reason) {
            case EARN_VISIT -> "visit";
            case EARN_AMOUNT -> "purchase";
            case REDEMPTION -> "redemption";
            case ADJUSTMENT -> "adjustment";
            case EXPIRY -> "expired";
            case OPENING_BALANCE -> "opening balance";
        };
    }

    private static void putIfPresent(Map<String, Object> details, String key, String value) {
        if (value != null) {
            details.put(key, value);
        }
    }
}
