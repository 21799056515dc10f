package com.radartracking.campaigns.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A TRIGGERED campaign's trigger and its parameters (the GraphQL {@code CampaignTriggerSettings}, stored as
 * {@code campaigns.trigger}); each type uses the fields the schema names for it, the others are null.
 *
 * @param localTime HH:mm in the business's time zone (BIRTHDAY)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TriggerSettings(TriggerType type, Integer days, Integer hours, String localTime, List<String> geofenceIds,
        Integer points, String programId, String rewardId, Integer cooldownHours) {

    public static final int DEFAULT_COOLDOWN_HOURS = 24;

    public int cooldownHoursOrDefault() {
        return cooldownHours == null ? DEFAULT_COOLDOWN_HOURS : cooldownHours;
    }
}
