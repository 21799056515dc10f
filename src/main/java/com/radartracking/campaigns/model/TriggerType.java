package com.radartracking.campaigns.model;

/** The GraphQL {@code CampaignTrigger}. */
public enum TriggerType {
    GEOFENCE_ENTER, GEOFENCE_DWELL, INACTIVITY, BIRTHDAY, WELCOME, AFTER_VISIT, POINTS_THRESHOLD, REWARD_AVAILABLE;

    /** Fired by the time schedulers (a scan of customers) rather than by a published domain event. */
    public boolean timed() {
        return this == INACTIVITY || this == BIRTHDAY || this == WELCOME || this == AFTER_VISIT;
    }
}
