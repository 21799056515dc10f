package com.radartracking.campaigns.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The GraphQL {@code CampaignFunnel}: customers (each counted once however many deliveries they had) at each
 * step. {@code byDay} lists the business's local days with deliveries, each step attributed to the day of
 * the delivery it follows; {@code byLocation} the locations visited after a message, most visited first.
 * For Staff, every figure is their assigned locations' share ({@link FunnelQuery} says how it is shared out).
 */
record CampaignFunnel(int targeted, int sent, int delivered, int opened, int visited, List<SkipCount> skipped,
        List<Day> byDay, List<LocationVisits> byLocation) {

    static final CampaignFunnel EMPTY = new CampaignFunnel(0, 0, 0, 0, 0, List.of(), List.of(), List.of());

    /** The GraphQL {@code CampaignFunnelDay}. */
    record Day(LocalDate day, int targeted, int sent, int delivered, int opened, int visited) {
    }

    /** The GraphQL {@code CampaignFunnelLocation}; its location is resolved through the locations module. */
    record LocationVisits(UUID businessId, UUID locationId, int visited) {
    }
}
