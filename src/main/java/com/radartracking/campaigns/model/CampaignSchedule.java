package com.radartracking.campaigns.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * When a ONE_OFF or RECURRING campaign runs (the GraphQL {@code CampaignSchedule}, stored as
 * {@code campaigns.schedule}). Days are the GraphQL {@code Weekday} names (MON…SUN); localTime is HH:mm in
 * the business's time zone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignSchedule(Instant sendAt, Frequency frequency, List<String> days, Integer dayOfMonth,
        String localTime) {

    public enum Frequency {
        DAILY, WEEKLY, MONTHLY
    }
}
