/**
 * The campaign engine: who a campaign is for ({@link com.radartracking.campaigns.engine.CampaignAudience}),
 * exactly-once delivery ({@link com.radartracking.campaigns.engine.CampaignDeliveries}), the time schedulers
 * and the event triggers that call it.
 */
package com.radartracking.campaigns.engine;
