package com.radartracking.loyalty;

import com.radartracking.customers.TimelineCursor;
import com.radartracking.customers.TimelineEntry;
import com.radartracking.customers.TimelineKind;
import com.radartracking.customers.TimelineSource;
import com.radartracking.platform.tenancy.TenantContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Redemptions on the customer timeline: "Redeemed Free coffee (-100 points)". */
@Component
class RedemptionTimeline implements TimelineSource {

    private final NamedParameterJdbcTemplate jdbc;

    RedemptionTimeline(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TimelineEntry> entries(UUID customerId, TimelineCursor before, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("customerId", customerId).addValue("limit", limit);
        return jdbc.query("""
                select d.id, d.card_id, d.reward_id, d.location_id, d.cost, d.balance_after, d.redeemed_by,
                       d.occurred_at, r.name as reward_name, p.name as program_name, p.kind
                  from redemptions d
                  join rewards r on r.business_id = d.business_id and r.id = d.reward_id
                  join loyalty_programs p on p.business_id = r.business_id and p.id = r.program_id
                 where d.business_id = :businessId and d.customer_id = :customerId"""
                + LoyaltyTimelineSql.after(before, "d.occurred_at", "d.id", "redemption", params)
                + " order by d.occurred_at desc, d.id desc limit :limit", params, (rs, row) -> {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("redemptionId", rs.getString("id"));
                    details.put("cardId", rs.getString("card_id"));
                    details.put("rewardId", rs.getString("reward_id"));
                    details.put("reward", rs.getString("reward_name"));
                    details.put("program", rs.getString("program_name"));
                    details.put("cost", rs.getLong("cost"));
                    details.put("balanceAfter", rs.getLong("balance_after"));
                    details.put("locationId", rs.getString("location_id"));
                    if (rs.getString("redeemed_by") != null) {
                        details.put("redeemedByUserId", rs.getString("redeemed_by"));
                    }
                    return new TimelineEntry("redemption:" + rs.getString("id"), CardStore.instant(rs, "occurred_at"),
                            TimelineKind.REDEMPTION, "Redeemed " + rs.getString("reward_name") + " (-"
                                    + Quantities.of(rs.getLong("cost"), rs.getString("kind")) + ")", details);
                });
    }
}
