package com.radartracking.mobile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Resolves an {@code X-App-Key} to its app and business before any tenant is known, through the narrow
 * definer function {@code mobile_app_by_key} (row-level security would hide every app otherwise).
 * Anything not shaped like a key is refused without a query. Active keys are cached per instance for
 * {@code radar.mobile.app-key-cache-ttl} (every app request carries one; pings will be many): a revocation
 * takes effect at once on the instance that made it and within that time on the others.
 */
@Component
class AppKeys {

    private static final Pattern SHAPE = Pattern.compile("pk_live_[A-Za-z0-9]{32}");

    private final JdbcTemplate jdbc;
    private final Cache<String, AppKey> active;

    AppKeys(JdbcTemplate jdbc, MobileProperties properties) {
        this.jdbc = jdbc;
        this.active = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(properties.appKeyCacheTtl()).build();
    }

    /** An active app's key, resolved. */
    record AppKey(UUID appId, UUID businessId) {
    }

    Optional<AppKey> resolve(String key) {
        if (key == null || !SHAPE.matcher(key).matches()) {
            return Optional.empty();
        }
        AppKey cached = active.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<AppKey> found = jdbc.query("select app_id, business_id from mobile_app_by_key(?)",
                (rs, row) -> new AppKey(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)), key)
                .stream().findFirst();
        found.ifPresent(app -> active.put(key, app));
        return found;
    }

    /** Drops a key from this instance's cache (after its revocation commits). */
    void forget(String key) {
        active.invalidate(key);
    }
}
