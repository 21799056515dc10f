/**
 * What a campaign is, shared by the campaign module's parts: the API that edits it ({@code editing}), the engine
 * that runs it ({@code engine}) and the reports on it ({@code reports}). {@link CampaignStore} is its only
 * access to the {@code campaigns} table.
 */
package com.radartracking.campaigns.model;
