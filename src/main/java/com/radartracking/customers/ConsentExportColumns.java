package com.radartracking.customers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The customers module's own extra export columns: the current consent answers ("yes", "no", empty when
 * never asked), read per chunk like any contributor's columns rather than joined into the main query.
 */
final class ConsentExportColumns implements CustomerExportColumns {

    private static final List<ConsentType> ORDER = List.of(ConsentType.PUSH, ConsentType.LOCATION,
            ConsentType.MARKETING);

    private final NamedParameterJdbcTemplate jdbc;
    private final UUID businessId;

    ConsentExportColumns(NamedParameterJdbcTemplate jdbc, UUID businessId) {
        this.jdbc = jdbc;
        this.businessId = businessId;
    }

    @Override
    public List<String> headers() {
        return List.of("push_consent", "location_consent", "marketing_consent");
    }

    @Override
    public Map<UUID, List<String>> values(Collection<UUID> customerIds) {
        Map<UUID, List<String>> values = new HashMap<>();
        jdbc.query("select customer_id, type, granted from consents where business_id = :businessId"
                + " and customer_id = any(:ids)", new MapSqlParameterSource("businessId", businessId)
                .addValue("ids", customerIds.toArray(UUID[]::new)), rs -> {
                    List<String> cells = values.computeIfAbsent(rs.getObject(1, UUID.class),
                            id -> new ArrayList<>(List.of("", "", "")));
                    int index = ORDER.indexOf(ConsentType.valueOf(rs.getString(2)));
                    cells.set(index, rs.getBoolean(3) ? "yes" : "no");
                });
        return values;
    }
}
