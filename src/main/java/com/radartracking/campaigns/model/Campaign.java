package com.radartracking.campaigns.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored campaign (one {@code campaigns} row). {@code trigger} is set for TRIGGERED campaigns only,
 * {@code schedule} for ONE_OFF (optional) and RECURRING; {@code segmentId} is a saved segment's id or a
 * ready-made {@code rfm:} id, null for every customer; {@code locationIds} empty for all locations.
 */
public record Campaign(UUID id, UUID businessId, String name, CampaignKind kind, CampaignStatus status,
        TriggerSettings trigger, CampaignSchedule schedule, String segmentId, List<UUID> locationIds,
        CampaignMessage message, Instant startsAt, Instant endsAt, Instant nextRunAt, Instant lastRunAt,
        UUID createdBy, Instant createdAt, Instant updatedAt, Instant activatedAt) {

    public Campaign {
        locationIds = locationIds == null ? List.of() : List.copyOf(locationIds);
    }

    public TriggerType triggerType() {
        return trigger == null ? null : trigger.type();
    }

    /** Whether the campaign may send at {@code now}: ACTIVE and within its start and end. */
    public boolean sendsAt(Instant now) {
        return status.running() && (startsAt == null || !now.isBefore(startsAt)) && (endsAt == null || now.isBefore(endsAt));
    }
}
