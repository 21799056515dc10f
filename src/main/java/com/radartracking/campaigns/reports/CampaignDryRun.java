package com.radartracking.campaigns.reports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The GraphQL {@code CampaignDryRun}; {@code sample} holds customer ids, resolved to Customer objects by the
 * customers module's loader.
 */
record CampaignDryRun(UUID businessId, int qualifyingNow, int reachable, List<SkipCount> heldBack,
        List<Occurrence> upcoming, List<UUID> sample, List<String> warnings) {

    /** The GraphQL {@code CampaignDryRunOccurrence}. */
    record Occurrence(Instant at, int customers) {
    }
}
