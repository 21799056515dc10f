package com.radartracking.customers;

import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The two business settings this module needs: the currency visit amounts are in, and the region in
 * which phone numbers without a country code are read (derived from the business's time zone).
 *
 * <p>Reads the identity module's {@code businesses} row directly (under row-level security, so only the
 * caller's business): identity publishes no settings interface yet. Replace with one when it exists.
 */
@Component
class BusinessProfile {

    /** Time zones that name one country; anything else falls back to the configured default region. */
    private static final Map<String, String> REGION_BY_ZONE = Map.ofEntries(
            Map.entry("America/Bogota", "CO"), Map.entry("America/Lima", "PE"), Map.entry("America/Quito", "EC"),
            Map.entry("America/Guayaquil", "EC"), Map.entry("America/Caracas", "VE"),
            Map.entry("America/Santiago", "CL"), Map.entry("America/Argentina/Buenos_Aires", "AR"),
            Map.entry("America/Buenos_Aires", "AR"), Map.entry("America/Montevideo", "UY"),
            Map.entry("America/Asuncion", "PY"), Map.entry("America/La_Paz", "BO"),
            Map.entry("America/Sao_Paulo", "BR"), Map.entry("America/Mexico_City", "MX"),
            Map.entry("America/Monterrey", "MX"), Map.entry("America/Cancun", "MX"),
            Map.entry("America/Tijuana", "MX"), Map.entry("America/Guatemala", "GT"),
            Map.entry("America/El_Salvador", "SV"), Map.entry("America/Tegucigalpa", "HN"),
            Map.entry("America/Managua", "NI"), Map.entry("America/Costa_Rica", "CR"),
            Map.entry("America/Panama", "PA"), Map.entry("America/Santo_Domingo", "DO"),
            Map.entry("America/Puerto_Rico", "PR"), Map.entry("America/Havana", "CU"),
            Map.entry("America/New_York", "US"), Map.entry("America/Chicago", "US"),
            Map.entry("America/Denver", "US"), Map.entry("America/Los_Angeles", "US"),
            Map.entry("America/Phoenix", "US"), Map.entry("America/Toronto", "CA"),
            Map.entry("America/Vancouver", "CA"), Map.entry("Europe/Madrid", "ES"),
            Map.entry("Europe/Lisbon", "PT"), Map.entry("Europe/London", "GB"), Map.entry("Europe/Paris", "FR"),
            Map.entry("Europe/Berlin", "DE"), Map.entry("Europe/Rome", "IT"));

    record Settings(String currency, String phoneRegion) {
    }

    private final JdbcTemplate jdbc;
    private final String defaultRegion;

    BusinessProfile(JdbcTemplate jdbc,
            @Value("${radar.customers.default-phone-region:CO}") String defaultRegion) {
        if (!Contacts.isKnownRegion(defaultRegion)) {
            throw new IllegalStateException("radar.customers.default-phone-region '" + defaultRegion
                    + "' is not an ISO 3166 region known to libphonenumber");
        }
        this.jdbc = jdbc;
        this.defaultRegion = defaultRegion;
    }

    /** Settings of the current business; must run inside its transaction (row-level security). */
    Settings current(UUID businessId) {
        return jdbc.query("select currency, time_zone from businesses where id = ?",
                rs -> {
                    if (!rs.next()) {
                        throw new IllegalStateException("The current business " + businessId + " does not exist");
                    }
                    return new Settings(rs.getString(1), regionOf(rs.getString(2)));
                }, businessId);
    }

    /** The business's name and time zone (file names and local times of exports). */
    record Identity(String name, ZoneId zone) {
    }

    /** Name and zone of the current business; must run inside its transaction (row-level security). */
    Identity identity(UUID businessId) {
        return jdbc.query("select name, time_zone from businesses where id = ?",
                rs -> {
                    if (!rs.next()) {
                        throw new IllegalStateException("The current business " + businessId + " does not exist");
                    }
                    return new Identity(rs.getString(1), ZoneId.of(rs.getString(2)));
                }, businessId);
    }

    String regionOf(String timeZone) {
        if (timeZone == null) {
            return defaultRegion;
        }
        String region = REGION_BY_ZONE.get(ZoneId.of(timeZone).getId());
        return region == null ? defaultRegion : region;
    }
}
