package com.radartracking.customers;

import com.radartracking.customers.csv.CsvDialect;
import com.radartracking.locations.LocationDirectory;
import com.radartracking.locations.LocationView;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How values look in an export. PostgreSQL formats them (in C, while it reads the rows, so the JVM only
 * copies strings): times in the business's time zone, set for the export's transaction, ISO-8601 with
 * offset for STANDARD and {@code yyyy-MM-dd HH:mm:ss} local time for EXCEL (which Excel parses as a date);
 * decimals without padding zeros, with a comma for EXCEL. Location names replace ids, looked up once per
 * location per export.
 */
final class ExportCells {

    private final CsvDialect dialect;
    private final LocationDirectory locations;
    private final Map<UUID, String> locationNames = new HashMap<>();

    ExportCells(CsvDialect dialect, LocationDirectory locations) {
        this.dialect = dialect;
        this.locations = locations;
    }

    /** Makes {@code to_char} of timestamps use the business's zone, for this transaction only. */
    static void useZone(JdbcTemplate jdbc, java.time.ZoneId zone) {
        jdbc.query("select set_config('TimeZone', ?, true)", rs -> null, zone.getId());
    }

    /** A {@code to_char} pattern for timestamps in this dialect. */
    String timeFormat() {
        return dialect == CsvDialect.EXCEL ? "YYYY-MM-DD HH24:MI:SS" : "YYYY-MM-DD\"T\"HH24:MI:SSTZH:TZM";
    }

    /** SQL for a numeric column as text in this dialect ("12.5" or "12,5"). */
    String decimal(String column) {
        String plain = "trim_scale(" + column + ")::text";
        return dialect == CsvDialect.EXCEL ? "replace(" + plain + ", '.', ',')" : plain;
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

    static String yesNo(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? "" : value ? "yes" : "no";
    }
}
