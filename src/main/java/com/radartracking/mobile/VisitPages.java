package com.radartracking.mobile;

import com.radartracking.customers.VisitHistory;
import com.radartracking.locations.LocationDirectory;
import com.radartracking.locations.LocationView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The customer's visit history in keyset pages. The cursor is opaque to the app (base64url of the last
 * visit's time and id), so pages stay stable while new visits arrive.
 */
@Component
class VisitPages {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final VisitHistory history;
    private final LocationDirectory locations;

    VisitPages(VisitHistory history, LocationDirectory locations) {
        this.history = history;
        this.locations = locations;
    }

    MeApi.Visits page(UUID customerId, String cursor, Integer requestedLimit) {
        int limit = requestedLimit == null ? DEFAULT_LIMIT : requestedLimit;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw MobileException.badInput("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        Position after = cursor == null || cursor.isBlank() ? null : decode(cursor);
        List<VisitHistory.VisitSummary> rows = history.visitsOf(customerId, after == null ? null : after.occurredAt(),
                after == null ? null : after.id(), limit + 1);
        boolean more = rows.size() > limit;
        List<VisitHistory.VisitSummary> visits = more ? rows.subList(0, limit) : rows;
        Map<String, String> names = locations.findAll(visits.stream().map(VisitHistory.VisitSummary::locationId)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(LocationView::id, LocationView::name, (first, second) -> first));
        List<MeApi.Visit> items = visits.stream().map(visit -> new MeApi.Visit(visit.id().toString(),
                visit.locationId().toString(), names.get(visit.locationId().toString()), visit.amount(),
                visit.currency(), visit.source().name(), visit.occurredAt())).toList();
        String next = more ? encode(visits.getLast().occurredAt(), visits.getLast().id()) : null;
        return new MeApi.Visits(items, next);
    }

    record Position(Instant occurredAt, UUID id) {
    }

    static String encode(Instant occurredAt, UUID id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((occurredAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    static Position decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new Position(Instant.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw MobileException.badInput("cursor", "cursor is not one this API returned");
        }
    }
}
