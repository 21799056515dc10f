package com.radartracking.customers;

import com.radartracking.audit.ActivityLog;
import com.radartracking.locations.LocationDirectory;
import com.radartracking.platform.tenancy.TenantContext;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an export needs before its first byte: the business's name and zone (file name, local times),
 * the referenced locations and customer checked to exist in the business (another business's id is
 * NOT_FOUND, like an unknown one), and afterwards the activity log entry in its own transaction.
 */
@Component
class ExportPreparation {

    private final BusinessProfile business;
    private final LocationDirectory locations;
    private final CustomerQueries customers;
    private final ActivityLog activityLog;
    private final Clock clock;

    ExportPreparation(BusinessProfile business, LocationDirectory locations, CustomerQueries customers,
            ActivityLog activityLog, Clock clock) {
        this.business = business;
        this.locations = locations;
        this.customers = customers;
        this.activityLog = activityLog;
        this.clock = clock;
    }

    record Prepared(String businessName, ZoneId zone, LocalDate today) {

        /** {@code customers-cafe-demo-2026-11-28.csv}: ASCII only, so every browser keeps it. */
        String fileName(String what) {
            return what + "-" + slug(businessName) + "-" + today + ".csv";
        }
    }

    @Transactional(readOnly = true)
    Prepared prepare() {
        BusinessProfile.Identity identity = business.identity(TenantContext.require());
        return new Prepared(identity.name(), identity.zone(), LocalDate.now(clock.withZone(identity.zone())));
    }

    @Transactional(readOnly = true)
    void checkLocations(UUID... ids) {
        Set<UUID> wanted = new HashSet<>(Arrays.stream(ids).filter(Objects::nonNull).toList());
        Set<UUID> found = locations.existingIds(wanted);
        for (UUID id : wanted) {
            if (!found.contains(id)) {
                throw CustomerException.locationNotFound(id);
            }
        }
    }

    @Transactional(readOnly = true)
    void checkCustomer(UUID id) {
        if (id != null && customers.view(id).isEmpty()) {
            throw CustomerException.customerNotFound(id);
        }
    }

    @Transactional
    void audit(String action, Map<String, Object> details) {
        activityLog.record(action, "Export", null, details);
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "business" : slug;
    }
}
