package com.radartracking.push.sending;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The GraphQL {@code PushSend} type, read in one row. {@code businessId}, {@code createdBy} and the stored
 * audience are not schema fields: child fields and fan-out read them. {@code geofenceId}: the zone whose
 * GeoPush it is (null for other sends).
 */
record PushSendView(UUID id, UUID businessId, String audienceKind, String audienceJson, String audienceSummary,
        String title, String body, String imageUrl, String deepLink, Map<String, String> dataMap, String status,
        Instant scheduledAt, UUID createdBy, UUID campaignId, String idempotencyKey, int recipients, int skipped,
        UUID expandedThrough, Instant createdAt, Instant cancelledAt, Instant completedAt, UUID geofenceId) {

    /** The GraphQL {@code PushSendOrigin}: who decided it. */
    public String origin() {
        return geofenceId != null ? "GEOPUSH" : campaignId != null ? "CAMPAIGN" : "PANEL";
    }

    record DataEntry(String key, String value) {
    }

    public List<DataEntry> data() {
        return dataMap.entrySet().stream().map(entry -> new DataEntry(entry.getKey(), entry.getValue())).toList();
    }

    PushAudience audience() {
        return PushAudience.fromJson(audienceKind, audienceJson);
    }

    PushMessage message() {
        return new PushMessage(title, body, imageUrl, deepLink, dataMap);
    }
}
