package com.radartracking.push.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.TenantFixture;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Quiet hours and the frequency cap hold notifications back (due later, with the reason) rather than
 * dropping them; the settings that define them; the database's quiet-hours arithmetic agrees with Java's.
 */
class PushHoldBackIT extends PushTestSupport {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final String SETTINGS = """
            quietHoursStart quietHoursEnd frequencyCap frequencyCapWindowHours timeZone blockedAt blockedReason""";

    private TenantFixture tenant;
    private String ana;

    @BeforeEach
    void business() {
        worker.pause(true);
        tenant = signUpBusiness("Quiet Café");
        ana = createCustomer(tenant.adminToken(), "Ana", "", true);
        addDevice(tenant.businessId(), ana);
    }

    @AfterEach
    void resume() {
        worker.pause(false);
    }

    private JsonNode updateSettings(Map<String, Object> input) {
        return graphQl.execute(tenant.adminToken(), "mutation($i: UpdatePushSettingsInput!) { updatePushSettings(input: $i) { "
                + SETTINGS + " } }", Map.of("i", input)).ok().data("updatePushSettings");
    }

    private JsonNode notificationsOf(String sendId) {
        return graphQl.execute(tenant.adminToken(), """
                query($id: ID!) { pushSend(id: $id) { counts { queued heldBack }
                  notifications { edges { node { dueAt heldReason status } } } } }""", Map.of("id", sendId))
                .ok().data("pushSend");
    }

    @Test
    void quietHoursHoldMessagesUntilTheyEnd() {
        LocalTime now = LocalTime.now(BOGOTA).truncatedTo(ChronoUnit.MINUTES);
        LocalTime start = now.minusHours(1);
        LocalTime end = now.plusHours(1);
        JsonNode settings = updateSettings(Map.of("quietHoursStart", start.toString(), "quietHoursEnd", end.toString()));
        assertThat(settings.path("timeZone").asString()).isEqualTo("America/Bogota");
        assertThat(settings.path("quietHoursStart").asString()).isEqualTo(start.toString());

        Instant before = Instant.now();
        String send = sendPush(tenant.adminToken(), toCustomer(ana), message("Hi", "x")).ok().text("sendPush.id");
        JsonNode held = notificationsOf(send);
        JsonNode notification = held.path("notifications").path("edges").path(0).path("node");
        assertThat(notification.path("heldReason").asString()).isEqualTo("QUIET_HOURS");
        assertThat(notification.path("status").asString()).isEqualTo("QUEUED");
        Instant expected = new QuietHours(start, end, BOGOTA).release(before);
        assertThat(Instant.parse(notification.path("dueAt").asString())).isEqualTo(expected);
        assertThat(held.path("counts").path("heldBack").asInt()).isEqualTo(1);

        updateSettings(Map.of("clearQuietHours", true));
        String free = sendPush(tenant.adminToken(), toCustomer(ana), message("Hi", "y")).ok().text("sendPush.id");
        assertThat(notificationsOf(free).path("notifications").path("edges").path(0).path("node")
                .path("heldReason").isNull()).isTrue();
    }

    @Test
    void theFrequencyCapHoldsMessagesUntilTheWindowHasRoom() {
        updateSettings(Map.of("frequencyCap", 2, "frequencyCapWindowHours", 24));
        String first = sendPush(tenant.adminToken(), toCustomer(ana), message("1", "x")).ok().text("sendPush.id");
        String second = sendPush(tenant.adminToken(), toCustomer(ana), message("2", "x")).ok().text("sendPush.id");
        String third = sendPush(tenant.adminToken(), toCustomer(ana), message("3", "x")).ok().text("sendPush.id");
        assertThat(notificationsOf(second).path("notifications").path("edges").path(0).path("node")
                .path("heldReason").isNull()).isTrue();
        JsonNode firstNode = notificationsOf(first).path("notifications").path("edges").path(0).path("node");
        JsonNode thirdNode = notificationsOf(third).path("notifications").path("edges").path(0).path("node");
        assertThat(thirdNode.path("heldReason").asString()).isEqualTo("FREQUENCY_CAP");
        // Room again 24 hours after the earlier of the two messages in the window.
        assertThat(Instant.parse(thirdNode.path("dueAt").asString()))
                .isEqualTo(Instant.parse(firstNode.path("dueAt").asString()).plus(Duration.ofHours(24)));
        // Cancelled messages do not count against the cap.
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { cancelPushSend(id: $id) { id } }",
                Map.of("id", third)).ok();
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { cancelPushSend(id: $id) { id } }",
                Map.of("id", second)).ok();
        String fourth = sendPush(tenant.adminToken(), toCustomer(ana), message("4", "x")).ok().text("sendPush.id");
        assertThat(notificationsOf(fourth).path("notifications").path("edges").path(0).path("node")
                .path("heldReason").isNull()).isTrue();
    }

    @Test
    void settingsAreValidatedAndAdminOnly() {
        String update = "mutation($i: UpdatePushSettingsInput!) { updatePushSettings(input: $i) { frequencyCap } }";
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("quietHoursStart", "25:00", "quietHoursEnd", "07:00"),
                Map.of("quietHoursStart", "22:00"),
                Map.of("quietHoursStart", "7pm", "quietHoursEnd", "07:00"),
                Map.of("quietHoursStart", "07:00", "quietHoursEnd", "07:00"),
                Map.of("frequencyCap", 0),
                Map.of("frequencyCapWindowHours", 0),
                Map.of("frequencyCapWindowHours", 721))) {
            graphQl.execute(tenant.adminToken(), update, Map.of("i", bad)).failsWith("BAD_USER_INPUT");
        }
        JsonNode night = updateSettings(Map.of("quietHoursStart", "22:00", "quietHoursEnd", "07:00",
                "frequencyCap", 3, "frequencyCapWindowHours", 720));
        assertThat(night.path("quietHoursEnd").asString()).isEqualTo("07:00");
        assertThat(night.path("frequencyCapWindowHours").asInt()).isEqualTo(720);
        JsonNode kept = updateSettings(Map.of("frequencyCap", 5));
        assertThat(kept.path("quietHoursStart").asString()).isEqualTo("22:00");
        JsonNode cleared = updateSettings(Map.of("clearFrequencyCap", true));
        assertThat(cleared.path("frequencyCap").isNull()).isTrue();

        String location = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        Member staff = addMember(tenant.adminToken(), "STAFF", List.of(location));
        graphQl.execute(staff.accessToken(), update, Map.of("i", Map.of("frequencyCap", 1))).failsWith("FORBIDDEN");
        graphQl.execute(staff.accessToken(), "mutation { clearPushBlock { blockedAt } }").failsWith("FORBIDDEN");
        graphQl.execute(staff.accessToken(), "{ pushSettings { quietHoursStart } }").ok();

        asTenant(tenant.businessId(), () -> jdbc.update(
                "update push_settings set blocked_at = now(), blocked_reason = 'SENDER_ID_MISMATCH'"));
        assertThat(graphQl.execute(tenant.adminToken(), "{ pushSettings { blockedReason } }").ok()
                .text("pushSettings.blockedReason")).isEqualTo("SENDER_ID_MISMATCH");
        JsonNode unblocked = graphQl.execute(tenant.adminToken(), "mutation { clearPushBlock { " + SETTINGS + " } }")
                .ok().data("clearPushBlock");
        assertThat(unblocked.path("blockedAt").isNull()).isTrue();
        assertThat(count(tenant.businessId(), "select count(*) from activity_logs where action like 'push.%'"))
                .isEqualTo(4);
    }

    @Test
    void theDatabaseReleasesQuietHoursExactlyAsJavaDoes() {
        List<String> zones = List.of("America/Bogota", "America/New_York", "Europe/Madrid");
        List<LocalTime[]> hours = List.of(new LocalTime[] {LocalTime.of(22, 0), LocalTime.of(7, 0)},
                new LocalTime[] {LocalTime.of(12, 0), LocalTime.of(14, 0)},
                new LocalTime[] {LocalTime.of(1, 0), LocalTime.of(2, 30)});
        Instant from = Instant.parse("2026-03-07T00:00:00Z");
        for (String zone : zones) {
            for (LocalTime[] window : hours) {
                QuietHours java = new QuietHours(window[0], window[1], ZoneId.of(zone));
                // Every 20 minutes over the spring-forward weekends of both continents (and an ordinary day).
                for (Instant at = from; at.isBefore(from.plus(Duration.ofDays(3))); at = at.plus(Duration.ofMinutes(20))) {
                    Instant moment = at;
                    Timestamp sql = jdbc.queryForObject("select push_quiet_release(?, ?, ?, ?)", Timestamp.class,
                            Timestamp.from(moment), zone, window[0], window[1]);
                    assertThat(sql.toInstant()).as("%s %s-%s at %s", zone, window[0], window[1], moment)
                            .isEqualTo(java.release(moment));
                }
            }
        }
    }
}
