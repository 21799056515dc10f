package com.radartracking.campaigns.model;

import java.util.Map;

/** The campaign's message as written; placeholders ({{firstName}}, {{points}}…) are filled per customer by push. */
public record CampaignMessage(String title, String body, String imageUrl, String deepLink, Map<String, String> data) {

    public CampaignMessage {
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
