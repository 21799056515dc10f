package com.radartracking.campaigns.model;

/** The GraphQL {@code CampaignStatus}: DRAFT → SCHEDULED/ACTIVE ⇄ PAUSED → COMPLETED; any → ARCHIVED. */
public enum CampaignStatus {
    DRAFT, SCHEDULED, ACTIVE, PAUSED, COMPLETED, ARCHIVED;

    /** Whether the engine may send for a campaign in this status. */
    public boolean running() {
        return this == ACTIVE;
    }
}
