package com.radartracking.mobile;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Response and request bodies of the signed-in customer's endpoints. */
final class MeApi {

    private MeApi() {
    }

    @Schema(description = "The signed-in customer")
    record Profile(String id, String firstName, String lastName, String email, String phone, LocalDate birthday,
            Instant memberSince, int visitCount, Instant firstVisitAt, Instant lastVisitAt, BigDecimal totalSpent,
            SignInApi.ConsentsBody consents) {
    }

    @Schema(description = "Fields to change; absent fields stay as they are, null clears lastName or birthday")
    record ProfilePatch(@Schema(example = "María") String firstName, String lastName,
            @Schema(example = "1990-04-23") LocalDate birthday) {
    }

    record Cards(List<Card> cards) {
    }

    @Schema(description = "A loyalty card; qrPayload is what the card's QR code encodes (shown at the counter)")
    record Card(String id, String programId, String programName, @Schema(example = "POINTS") String kind,
            String code, String qrPayload, @Schema(description = "Points, or stamps collected") long balance,
            Integer stampsPerReward, List<Reward> availableRewards, Instant lastActivityAt) {
    }

    record Reward(String id, String name, long cost) {
    }

    @Schema(description = "A page of visits, newest first; pass nextCursor as cursor for the next page")
    record Visits(List<Visit> visits, String nextCursor) {
    }

    record Visit(String id, String locationId, String locationName, BigDecimal amount, String currency,
            @Schema(example = "QR_SCAN") String source, Instant occurredAt) {
    }
}
