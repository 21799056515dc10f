package com.radartracking.customers;

import com.radartracking.customers.csv.CsvDialect;
import com.radartracking.locations.LocationDirectory;
import com.radartracking.locations.LocationView;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * How values look in an export: times in the business's time zone (ISO-8601 with offset for STANDARD,
 * {@code yyyy-MM-dd HH:mm:ss} local time for EXCEL, which Excel parses as a date), decimals in the
 * dialect's notation, location names instead of ids (looked up once per location per export).
 */
final class ExportCells {

    private static final DateTimeFormatter EXCEL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final CsvDialect dialect;
    private final ZoneId zone;
    private final LocationDirectory locations;
    private final Map<UUID, String> locationNames = new HashMap<>();

    ExportCells(CsvDialect dialect, ZoneId zone, LocationDirectory locations) {
        this.dialect = dialect;
        this.zone = zone;
        this.locations = locations;
    }

    String time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        if (value == null) {
            return null;
        }
        var local = value.toInstant().atZone(zone).withNano(0);
        return dialect == CsvDialect.EXCEL ? EXCEL_TIME.format(local) : ISO_TIME.format(local);
    }

    String decimal(BigDecimal value) {
        BigDecimal plain = CustomerQueries.plain(value);
        return plain == null ? null : dialect.decimal(plain.toPlainString());
    }

    static String string(Object value) {
        return value == null ? null : value.toString();
    }

    /** Loads the names of locations not seen yet in this export (one query per chunk at most). */
    void preloadLocations(Collection<UUID> ids) {
        Set<UUID> missing = new HashSet<>();
        for (UUID id : ids) {
            if (id != null && !locationNames.containsKey(id)) {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        for (LocationView location : locations.findAll(missing)) {
            locationNames.put(UUID.fromString(location.id()), location.name());
        }
        missing.forEach(id -> locationNames.putIfAbsent(id, id.toString()));
    }

    String locationName(UUID id) {
        return id == null ? null : Objects.requireNonNullElse(locationNames.get(id), id.toString());
    }
}
