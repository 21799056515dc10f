package com.radartracking.campaigns.triggers;

import com.radartracking.campaigns.model.TriggerSettings;
import com.radartracking.campaigns.model.TriggerType;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What one published event asks of the business's campaigns of one trigger type.
 *
 * @param event      the event, for logs (e.g. "geofence event 3f…")
 * @param matches    whether a campaign's trigger parameters select this event (zone, threshold, reward…)
 * @param occurrence the delivery's occurrence: the same event can never deliver a campaign twice
 * @param cooldown   whether the campaign's {@link TriggerSettings#cooldownHoursOrDefault()} applies
 */
record Firing(TriggerType type, UUID businessId, UUID customerId, String event, Predicate<TriggerSettings> matches,
        String occurrence, boolean cooldown) {
}
