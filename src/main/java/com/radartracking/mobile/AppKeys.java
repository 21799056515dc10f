package com.radartracking.mobile;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Resolves an {@code X-App-Key} to its app and business before any tenant is known, through the narrow
 * definer function {@code mobile_app_by_key} (row-level security would hide every app otherwise).
 * Anything not shaped like a key is refused without a query.
 */
@Component
class AppKeys {

    private static final Pattern SHAPE = Pattern.compile("pk_live_[A-Za-z0-9]{32}");

    private final JdbcTemplate jdbc;

    AppKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An active app's key, resolved. */
    record AppKey(UUID appId, UUID businessId) {
    }

    Optional<AppKey> resolve(String key) {
        if (key == null || !SHAPE.matcher(key).matches()) {
            return Optional.empty();
        }
        return jdbc.query("select app_id, business_id from mobile_app_by_key(?)",
                (rs, row) -> new AppKey(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)), key)
                .stream().findFirst();
    }
}
