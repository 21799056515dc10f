package com.radartracking.push.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure rules of sending: placeholders, message validation, payload size and quiet-hours arithmetic. */
class PushRulesTest {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void placeholdersAreFilledInOnePass() {
        Map<String, String> values = Placeholders.values("Ana", "Pérez", 120, "Café Demo");
        assertThat(Placeholders.render("Hola {{firstName}}, tienes {{points}} puntos en {{businessName}}", values))
                .isEqualTo("Hola Ana, tienes 120 puntos en Café Demo");
        assertThat(Placeholders.render("{{displayName}} / {{lastName}}", values)).isEqualTo("Ana Pérez / Pérez");
        assertThat(Placeholders.render("{{displayName}}", Placeholders.values("Ana", "", 0, "x"))).isEqualTo("Ana");
        // A value that looks like a placeholder is not filled again.
        assertThat(Placeholders.render("{{firstName}}", Placeholders.values("{{points}}", "", 5, "x")))
                .isEqualTo("{{points}}");
        assertThat(Placeholders.normalise("Hi {{ firstName }}")).isEqualTo("Hi {{firstName}}");
    }

    @Test
    void anUnknownPlaceholderIsBadInputNamingIt() {
        assertThatThrownBy(() -> Placeholders.require("title", "Hi {{nickname}}"))
                .isInstanceOf(DomainException.class).hasMessageContaining("{{nickname}}")
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(ErrorCode.BAD_USER_INPUT));
        assertThat(Placeholders.require("body", "{{firstName}} {{points}}")).containsExactly("firstName", "points");
    }

    @Test
    void messagesAreValidated() {
        assertBad(Map.of("title", " ", "body", "b"), "title");
        assertBad(Map.of("title", "t", "body", ""), "body");
        assertBad(Map.of("title", "t".repeat(201), "body", "b"), "title");
        assertBad(Map.of("title", "t", "body", "b".repeat(2001)), "body");
        assertBad(Map.of("title", "t", "body", "b", "imageUrl", "http://example.com/a.png"), "imageUrl");
        assertBad(Map.of("title", "t", "body", "b", "imageUrl", "not a url"), "imageUrl");
        assertBad(Map.of("title", "t", "body", "b", "data", List.of(Map.of("key", "google.x", "value", "1"))), "data");
        assertBad(Map.of("title", "t", "body", "b", "data", List.of(Map.of("key", "a", "value", "1"),
                Map.of("key", "a", "value", "2"))), "data");
        PushMessage ok = PushMessage.from(Map.of("title", " Hola ", "body", "b", "imageUrl", "https://cdn.example/x.png",
                "deepLink", "app://offers/1", "data", List.of(Map.of("key", "offer", "value", "1"))));
        assertThat(ok.title()).isEqualTo("Hola");
        assertThat(ok.deliveryData()).containsEntry("offer", "1").containsEntry("deepLink", "app://offers/1");
    }

    @Test
    void payloadSizeIsTheUtf8JsonFcmReceives() {
        int small = PayloadSize.bytes("t", "b", null, null, Map.of());
        assertThat(small).isEqualTo("{\"notification\":{\"title\":\"t\",\"body\":\"b\"}}".length());
        // Two bytes per "é": the limit is in bytes, not characters.
        assertThat(PayloadSize.bytes("t", "é".repeat(100), null, null, Map.of())).isEqualTo(small - 1 + 200);
        PayloadSize.require(4096);
        assertThatThrownBy(() -> PayloadSize.require(4097)).hasMessageContaining("4,097 bytes")
                .hasMessageContaining("4,096");
    }

    @Test
    void quietHoursWithinADay() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0), BOGOTA);
        Instant before = Instant.parse("2026-03-02T16:59:00Z"); // 11:59 in Bogotá (UTC-5)
        assertThat(lunch.release(before)).isEqualTo(before);
        assertThat(lunch.release(Instant.parse("2026-03-02T17:00:00Z"))).isEqualTo(Instant.parse("2026-03-02T19:00:00Z"));
        assertThat(lunch.release(Instant.parse("2026-03-02T18:59:59Z"))).isEqualTo(Instant.parse("2026-03-02T19:00:00Z"));
        assertThat(lunch.release(Instant.parse("2026-03-02T19:00:00Z"))).isEqualTo(Instant.parse("2026-03-02T19:00:00Z"));
    }

    @Test
    void quietHoursSpanningMidnight() {
        QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), BOGOTA);
        // 23:30 local → 07:00 the next day.
        assertThat(night.release(Instant.parse("2026-03-03T04:30:00Z"))).isEqualTo(Instant.parse("2026-03-03T12:00:00Z"));
        // 03:00 local → 07:00 the same day.
        assertThat(night.release(Instant.parse("2026-03-03T08:00:00Z"))).isEqualTo(Instant.parse("2026-03-03T12:00:00Z"));
        // 21:59 and 07:00 are outside.
        Instant evening = Instant.parse("2026-03-03T02:59:00Z");
        assertThat(night.release(evening)).isEqualTo(evening);
        assertThat(night.isQuiet(Instant.parse("2026-03-03T12:00:00Z"))).isFalse();
    }

    @Test
    void quietHoursAcrossDaylightSavingChanges() {
        QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), NEW_YORK);
        // Spring forward (2026-03-08): 23:00 EST on the 7th → 07:00 EDT on the 8th = 11:00Z (not 12:00Z).
        assertThat(night.release(Instant.parse("2026-03-08T04:00:00Z"))).isEqualTo(Instant.parse("2026-03-08T11:00:00Z"));
        // Fall back (2026-11-01): 23:00 EDT on Oct 31 → 07:00 EST on Nov 1 = 12:00Z.
        assertThat(night.release(Instant.parse("2026-11-01T03:00:00Z"))).isEqualTo(Instant.parse("2026-11-01T12:00:00Z"));
        // Quiet hours ending inside the spring-forward gap (02:30 does not exist): shifted forward to 03:30 EDT.
        QuietHours gap = new QuietHours(LocalTime.of(1, 0), LocalTime.of(2, 30), NEW_YORK);
        assertThat(gap.release(Instant.parse("2026-03-08T06:30:00Z"))).isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
    }

    @Test
    void schedulesInThePastAreRefusedBeyondAMinuteOfSkew() {
        Instant now = Instant.parse("2026-03-02T12:00:00Z");
        assertThat(PushSendService.scheduledAt(null, now)).isEqualTo(now);
        assertThat(PushSendService.scheduledAt(now.minusSeconds(30), now)).isEqualTo(now);
        assertThat(PushSendService.scheduledAt(now.plusSeconds(3600), now)).isEqualTo(now.plusSeconds(3600));
        assertThatThrownBy(() -> PushSendService.scheduledAt(now.minusSeconds(3600), now))
                .hasMessageContaining("in the past");
    }

    private static void assertBad(Map<String, Object> input, String field) {
        assertThatThrownBy(() -> PushMessage.from(input)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).extensions()).containsEntry("field", field)
                        .containsEntry("code", "BAD_USER_INPUT"));
    }
}
