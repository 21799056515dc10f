package com.radartracking.campaigns.model;

/** The GraphQL {@code CampaignKind}. */
public enum CampaignKind {
    ONE_OFF, RECURRING, TRIGGERED
}
