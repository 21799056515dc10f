package com.radartracking.campaigns.triggers;

import com.radartracking.campaigns.model.TriggerSettings;
import com.radartracking.campaigns.model.TriggerType;
import com.radartracking.geofencing.GeofenceTransition;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * GEOFENCE_ENTER and GEOFENCE_DWELL: campaigns whose zones include the event's, decided in the transaction
 * that stores the ping's {@code geo_events} row (synchronous listener), as GeoPush is: both may message the
 * customer for the same ENTER, the push pipeline's frequency cap and quiet hours applying to the two alike.
 * The occurrence is the geo event; the campaign's cooldown ({@link TriggerCooldowns}) spaces its messages.
 */
@Component
class GeofenceTriggers {

    private final CampaignFiring firing;

    GeofenceTriggers(CampaignFiring firing) {
        this.firing = firing;
    }

    @EventListener
    void on(GeofenceTransition event) {
        TriggerType type = switch (event.kind()) {
            case ENTER -> TriggerType.GEOFENCE_ENTER;
            case DWELL -> TriggerType.GEOFENCE_DWELL;
            case EXIT -> null;
        };
        if (type == null) {
            return;
        }
        firing.fire(new Firing(type, event.businessId(), event.customerId(), "geofence event " + event.eventId(),
                trigger -> selects(trigger, event.geofenceId()), "geo:" + event.eventId(), true));
    }

    /** The campaign's zones include {@code zone}. */
    static boolean selects(TriggerSettings trigger, UUID zone) {
        String id = zone.toString();
        return trigger.geofenceIds() != null && trigger.geofenceIds().stream().anyMatch(id::equalsIgnoreCase);
    }
}
