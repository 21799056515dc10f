package com.radartracking.loyalty;

import com.radartracking.customers.CustomerExportColumns;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loyalty columns of the customers CSV export, for a whole chunk of customers in one statement: the code
 * of the customer's card in the business's default program (its oldest active one), the points and
 * stamps held across active programs, and the last earning or redemption on any card.
 */
@Component
class LoyaltyExportColumns implements CustomerExportColumns {

    static final List<String> HEADERS = List.of("loyalty_card_code", "loyalty_points", "loyalty_stamps",
            "loyalty_last_activity_at");

    private final NamedParameterJdbcTemplate jdbc;

    LoyaltyExportColumns(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> headers() {
        return HEADERS;
    }

    @Override
    public Map<UUID, List<String>> values(Collection<UUID> customerIds) {
        Map<UUID, List<String>> values = new HashMap<>();
        if (customerIds.isEmpty()) {
            return values;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("ids", customerIds);
        jdbc.query("""
                select c.customer_id,
                       max(c.code) filter (where c.program_id = (select d.id from loyalty_programs d
                                                                  where d.business_id = :businessId and d.active
                                                                  order by d.created_at, d.id limit 1)) as code,
                       sum(c.balance) filter (where p.kind = 'POINTS') as points,
                       sum(c.balance) filter (where p.kind = 'STAMPS') as stamps,
                       max(c.last_activity_at) as last_activity_at
                  from loyalty_cards c
                  join loyalty_programs p on p.business_id = c.business_id and p.id = c.program_id
                 where c.business_id = :businessId and c.customer_id in (:ids) and p.active
                 group by c.customer_id""", params, rs -> {
                    Instant last = CardStore.instant(rs, "last_activity_at");
                    values.put(rs.getObject("customer_id", UUID.class), List.of(
                            nullToEmpty(rs.getString("code")), nullToEmpty(rs.getString("points")),
                            nullToEmpty(rs.getString("stamps")), last == null ? "" : last.toString()));
                });
        return values;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
