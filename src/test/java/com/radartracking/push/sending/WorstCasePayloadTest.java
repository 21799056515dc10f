package com.radartracking.push.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The query-free 4 KB bound: it must never be below the payload of any recipient the database can hold
 * (names of at most 80 characters, any characters), or a send that skips the audience query could write an
 * oversized message; and a typical campaign message must fit under it, or the query is never skipped.
 */
class WorstCasePayloadTest {

    private static final PushSettings SETTINGS = new PushSettings(UUID.randomUUID(), "Café Central", "America/Bogota",
            null, null, null, PushSettings.DEFAULT_WINDOW, null, null);

    private static PushMessage message(String title, String body) {
        return new PushMessage(title, body, "https://img.example/a.png", "app://card", Map.of("screen", "card"));
    }

    private static int exact(PushMessage message, String first, String last, long points) {
        Map<String, String> values = Placeholders.values(first, last, points, SETTINGS.businessName());
        return PayloadSize.bytes(Placeholders.render(message.title(), values), Placeholders.render(message.body(), values),
                message.imageUrl(), message.deepLink(), message.data());
    }

    @Test
    void isNeverBelowTheExactPayloadOfTheLongestNamesInAnyCharacters() {
        PushMessage message = message("Te extrañamos, {{firstName}}",
                "{{displayName}} ({{lastName}}), tienes {{points}} puntos en {{businessName}}");
        int bound = AudienceStats.worstCasePayloadBytes(message, SETTINGS);
        // 80 code points each: ASCII, 2-byte, 3-byte and 4-byte UTF-8, JSON-escaped quotes and control characters.
        for (String character : List.of("a", "ñ", "€", "😀", "\"", "\\", "\n", "\u0001")) {
            String name = character.repeat(80);
            assertThat(exact(message, name, name, Long.MIN_VALUE)).as(character).isLessThanOrEqualTo(bound);
        }
        assertThat(bound).isLessThanOrEqualTo(PayloadSize.FCM_LIMIT_BYTES);
    }

    @Test
    void aMessageWhoseWorstCaseIsOverTheLimitIsLeftToTheAudienceQuery() {
        PushMessage message = new PushMessage("t".repeat(100), "{{firstName}}" + "é".repeat(1950), null, null, Map.of());
        assertThat(AudienceStats.worstCasePayloadBytes(message, SETTINGS)).isGreaterThan(PayloadSize.FCM_LIMIT_BYTES);
        // ...although a short name fits, which is what the query finds out (PushSendingIT).
        assertThat(exact(message, "Al", "", 0)).isLessThanOrEqualTo(PayloadSize.FCM_LIMIT_BYTES);
    }
}
