package com.radartracking.campaigns.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.platform.errors.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every refusal of {@link CampaignInputs} and {@link CampaignRules}: field, reason, BAD_USER_INPUT. */
class CampaignInputTest {

    static final ZoneId ZONE = ZoneId.of("America/Bogota");
    /** A Wednesday, 10:00 in Bogotá. */
    static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

    static Map<String, Object> message() {
        return new HashMap<>(Map.of("title", "Hola {{firstName}}", "body", "Te extrañamos"));
    }

    static Map<String, Object> input(String kind, Object... fields) {
        Map<String, Object> input = new HashMap<>(Map.of("name", "Win back", "kind", kind, "message", message()));
        for (int i = 0; i < fields.length; i += 2) {
            input.put((String) fields[i], fields[i + 1]);
        }
        return input;
    }

    static Map<String, Object> map(Object... fields) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            map.put((String) fields[i], fields[i + 1]);
        }
        return map;
    }

    static Campaign read(Map<String, Object> input) {
        return CampaignInputs.read(input, UUID.randomUUID(), UUID.randomUUID(), CampaignStatus.DRAFT, null, NOW, NOW);
    }

    static void accepted(Map<String, Object> input) {
        assertThatCode(() -> CampaignRules.check(read(input), NOW, ZONE)).doesNotThrowAnyException();
    }

    static void refused(Map<String, Object> input, String field, String reason) {
        assertThatThrownBy(() -> CampaignRules.check(read(input), NOW, ZONE))
                .isInstanceOf(CampaignException.class)
                .satisfies(e -> assertThat(((DomainException) e).extensions())
                        .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", field)
                        .containsEntry("reason", reason));
    }

    static Map<String, Object> trigger(String type, Object... fields) {
        Map<String, Object> trigger = map(fields);
        trigger.put("type", type);
        return trigger;
    }

    @Test
    void acceptsEachKind() {
        accepted(input("ONE_OFF"));
        accepted(input("ONE_OFF", "schedule", map("sendAt", NOW.plus(Duration.ofHours(2)))));
        accepted(input("RECURRING", "schedule", map("frequency", "DAILY", "localTime", "09:30")));
        accepted(input("RECURRING", "schedule", map("frequency", "WEEKLY", "days", List.of("MON", "FRI"),
                "localTime", "18:00")));
        accepted(input("RECURRING", "schedule", map("frequency", "MONTHLY", "dayOfMonth", 31, "localTime", "08:00")));
        accepted(input("TRIGGERED", "trigger", trigger("INACTIVITY", "days", 30)));
        accepted(input("TRIGGERED", "trigger", trigger("BIRTHDAY")));
        accepted(input("TRIGGERED", "trigger", trigger("BIRTHDAY", "localTime", "07:15")));
        accepted(input("TRIGGERED", "trigger", trigger("WELCOME", "hours", 0)));
        accepted(input("TRIGGERED", "trigger", trigger("AFTER_VISIT", "hours", 720)));
        accepted(input("TRIGGERED", "trigger", trigger("GEOFENCE_ENTER", "geofenceIds", List.of(UUID.randomUUID().toString()),
                "cooldownHours", 12)));
        accepted(input("TRIGGERED", "trigger", trigger("GEOFENCE_DWELL", "geofenceIds", List.of("z"))));
        accepted(input("TRIGGERED", "trigger", trigger("POINTS_THRESHOLD", "points", 100, "programId", "p")));
        accepted(input("TRIGGERED", "trigger", trigger("REWARD_AVAILABLE")));
        accepted(input("TRIGGERED", "trigger", trigger("REWARD_AVAILABLE", "programId", "p", "rewardId", "r")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesAnEmptyName(String name) {
        refused(input("ONE_OFF", "name", name), "name", "LENGTH");
    }

    @Test
    void refusesALongNameAndAcceptsOneAtTheLimit() {
        refused(input("ONE_OFF", "name", "x".repeat(121)), "name", "LENGTH");
        accepted(input("ONE_OFF", "name", "x".repeat(120)));
    }

    @Test
    void kindTriggerAndScheduleGoTogether() {
        refused(input("TRIGGERED"), "trigger", "REQUIRED");
        refused(input("TRIGGERED", "trigger", trigger("INACTIVITY", "days", 30), "schedule", map("sendAt", NOW)),
                "schedule", "NOT_APPLICABLE");
        refused(input("RECURRING"), "schedule", "REQUIRED");
        refused(input("RECURRING", "trigger", trigger("INACTIVITY", "days", 30),
                "schedule", map("frequency", "DAILY", "localTime", "09:30")), "trigger", "NOT_APPLICABLE");
        refused(input("ONE_OFF", "trigger", trigger("BIRTHDAY")), "trigger", "NOT_APPLICABLE");
    }

    @Test
    void recurringSchedulesNeedTheirFields() {
        refused(input("RECURRING", "schedule", map("localTime", "09:30")), "schedule.frequency", "REQUIRED");
        refused(input("RECURRING", "schedule", map("frequency", "DAILY")), "schedule.localTime", "REQUIRED");
        refused(input("RECURRING", "schedule", map("frequency", "WEEKLY", "localTime", "09:30")), "schedule.days",
                "REQUIRED");
        refused(input("RECURRING", "schedule", map("frequency", "WEEKLY", "days", List.of(), "localTime", "09:30")),
                "schedule.days", "REQUIRED");
        refused(input("RECURRING", "schedule", map("frequency", "MONTHLY", "localTime", "09:30")),
                "schedule.dayOfMonth", "REQUIRED");
        refused(input("RECURRING", "schedule", map("frequency", "MONTHLY", "dayOfMonth", 0, "localTime", "09:30")),
                "schedule.dayOfMonth", "OUT_OF_RANGE");
        refused(input("RECURRING", "schedule", map("frequency", "MONTHLY", "dayOfMonth", 32, "localTime", "09:30")),
                "schedule.dayOfMonth", "OUT_OF_RANGE");
    }

    @Test
    void scheduleFieldsThatDoNotApplyAreRefused() {
        refused(input("RECURRING", "schedule", map("frequency", "DAILY", "localTime", "09:30", "days", List.of("MON"))),
                "schedule.days", "NOT_APPLICABLE");
        refused(input("RECURRING", "schedule", map("frequency", "WEEKLY", "days", List.of("MON"), "dayOfMonth", 3,
                "localTime", "09:30")), "schedule.dayOfMonth", "NOT_APPLICABLE");
        refused(input("RECURRING", "schedule", map("frequency", "DAILY", "localTime", "09:30",
                "sendAt", NOW.plusSeconds(3600))), "schedule.sendAt", "NOT_APPLICABLE");
        refused(input("ONE_OFF", "schedule", map("frequency", "DAILY")), "schedule.frequency", "NOT_APPLICABLE");
        refused(input("ONE_OFF", "schedule", map("localTime", "09:30")), "schedule.localTime", "NOT_APPLICABLE");
        refused(input("ONE_OFF", "schedule", map("days", List.of("MON"))), "schedule.days", "NOT_APPLICABLE");
        refused(input("ONE_OFF", "schedule", map("dayOfMonth", 2)), "schedule.dayOfMonth", "NOT_APPLICABLE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9:30", "24:00", "12:60", "12:30:00", "noon", "1230"})
    void localTimesAreHhMm(String time) {
        refused(input("RECURRING", "schedule", map("frequency", "DAILY", "localTime", time)), "schedule.localTime",
                "INVALID_TIME");
        refused(input("TRIGGERED", "trigger", trigger("BIRTHDAY", "localTime", time)), "trigger.localTime",
                "INVALID_TIME");
    }

    @Test
    void triggersNeedTheirParametersInRange() {
        refused(input("TRIGGERED", "trigger", trigger("INACTIVITY")), "trigger.days", "REQUIRED");
        refused(input("TRIGGERED", "trigger", trigger("INACTIVITY", "days", 0)), "trigger.days", "OUT_OF_RANGE");
        refused(input("TRIGGERED", "trigger", trigger("INACTIVITY", "days", 366)), "trigger.days", "OUT_OF_RANGE");
        accepted(input("TRIGGERED", "trigger", trigger("INACTIVITY", "days", 365)));
        refused(input("TRIGGERED", "trigger", trigger("WELCOME")), "trigger.hours", "REQUIRED");
        refused(input("TRIGGERED", "trigger", trigger("WELCOME", "hours", -1)), "trigger.hours", "OUT_OF_RANGE");
        refused(input("TRIGGERED", "trigger", trigger("AFTER_VISIT", "hours", 721)), "trigger.hours", "OUT_OF_RANGE");
        refused(input("TRIGGERED", "trigger", trigger("GEOFENCE_ENTER")), "trigger.geofenceIds", "REQUIRED");
        refused(input("TRIGGERED", "trigger", trigger("GEOFENCE_DWELL", "geofenceIds", List.of())),
                "trigger.geofenceIds", "REQUIRED");
        refused(input("TRIGGERED", "trigger", trigger("GEOFENCE_ENTER", "geofenceIds", List.of("z"), "cooldownHours", 0)),
                "trigger.cooldownHours", "OUT_OF_RANGE");
        refused(input("TRIGGERED", "trigger", trigger("GEOFENCE_ENTER", "geofenceIds", List.of("z"),
                "cooldownHours", 721)), "trigger.cooldownHours", "OUT_OF_RANGE");
        refused(input("TRIGGERED", "trigger", trigger("POINTS_THRESHOLD")), "trigger.points", "REQUIRED");
        refused(input("TRIGGERED", "trigger", trigger("POINTS_THRESHOLD", "points", 0)), "trigger.points",
                "OUT_OF_RANGE");
    }

    @Test
    void aTriggerFieldThatDoesNotApplyIsRefused() {
        refused(input("TRIGGERED", "trigger", trigger("INACTIVITY", "days", 30, "hours", 2)), "trigger.hours",
                "NOT_APPLICABLE");
        refused(input("TRIGGERED", "trigger", trigger("BIRTHDAY", "days", 3)), "trigger.days", "NOT_APPLICABLE");
        refused(input("TRIGGERED", "trigger", trigger("WELCOME", "hours", 2, "localTime", "10:00")),
                "trigger.localTime", "NOT_APPLICABLE");
        refused(input("TRIGGERED", "trigger", trigger("AFTER_VISIT", "hours", 2, "geofenceIds", List.of("z"))),
                "trigger.geofenceIds", "NOT_APPLICABLE");
        refused(input("TRIGGERED", "trigger", trigger("GEOFENCE_ENTER", "geofenceIds", List.of("z"), "points", 3)),
                "trigger.points", "NOT_APPLICABLE");
        refused(input("TRIGGERED", "trigger", trigger("POINTS_THRESHOLD", "points", 3, "rewardId", "r")),
                "trigger.rewardId", "NOT_APPLICABLE");
        refused(input("TRIGGERED", "trigger", trigger("REWARD_AVAILABLE", "cooldownHours", 3)),
                "trigger.cooldownHours", "NOT_APPLICABLE");
        refused(input("TRIGGERED", "trigger", trigger("INACTIVITY", "days", 30, "programId", "p")),
                "trigger.programId", "NOT_APPLICABLE");
    }

    @Test
    void datesMustBeInOrderAndAhead() {
        refused(input("ONE_OFF", "startsAt", NOW.plusSeconds(7200), "endsAt", NOW.plusSeconds(3600)), "endsAt",
                "ENDS_BEFORE_START");
        refused(input("ONE_OFF", "startsAt", NOW.plusSeconds(3600), "endsAt", NOW.plusSeconds(3600)), "endsAt",
                "ENDS_BEFORE_START");
        refused(input("TRIGGERED", "trigger", trigger("INACTIVITY", "days", 30), "endsAt", NOW.minusSeconds(60)),
                "endsAt", "IN_PAST");
        accepted(input("TRIGGERED", "trigger", trigger("INACTIVITY", "days", 30), "startsAt", NOW.minusSeconds(86400),
                "endsAt", NOW.plusSeconds(86400 * 3)));
    }

    @Test
    void aOneOffsSendAtMayNotBeInThePastBeyondAMinute() {
        refused(input("ONE_OFF", "schedule", map("sendAt", NOW.minusSeconds(61))), "schedule.sendAt", "IN_PAST");
        accepted(input("ONE_OFF", "schedule", map("sendAt", NOW.minusSeconds(59))));
    }

    @Test
    void aScheduleThatNeverFiresIsRefused() {
        // a one-off after its end, or before its start
        refused(input("ONE_OFF", "schedule", map("sendAt", NOW.plusSeconds(7200)), "endsAt", NOW.plusSeconds(3600)),
                "schedule", "NEVER_FIRES");
        refused(input("ONE_OFF", "schedule", map("sendAt", NOW.plusSeconds(3600)), "startsAt", NOW.plusSeconds(7200),
                "endsAt", NOW.plusSeconds(86400)), "schedule", "NEVER_FIRES");
        // Wednesday 10:00; weekly on Monday, ending Sunday
        refused(input("RECURRING", "schedule", map("frequency", "WEEKLY", "days", List.of("MON"), "localTime", "09:00"),
                "endsAt", Instant.parse("2026-12-06T23:00:00Z")), "schedule", "NEVER_FIRES");
        accepted(input("RECURRING", "schedule", map("frequency", "WEEKLY", "days", List.of("MON"), "localTime", "09:00"),
                "endsAt", Instant.parse("2026-12-07T15:00:00Z")));
        // daily at 09:00, today's has passed and it ends before tomorrow's
        refused(input("RECURRING", "schedule", map("frequency", "DAILY", "localTime", "09:00"),
                "endsAt", Instant.parse("2026-12-03T13:59:00Z")), "schedule", "NEVER_FIRES");
        // monthly on the 31st from 1 Feb to 27 Feb (February's last day is the 28th)
        refused(input("RECURRING", "schedule", map("frequency", "MONTHLY", "dayOfMonth", 31, "localTime", "09:00"),
                "startsAt", Instant.parse("2027-02-01T05:00:00Z"), "endsAt", Instant.parse("2027-02-27T05:00:00Z")),
                "schedule", "NEVER_FIRES");
        // a birthday scan at 10:00 on a campaign that ends at 09:00 tomorrow
        refused(input("TRIGGERED", "trigger", trigger("BIRTHDAY"), "endsAt", Instant.parse("2026-12-03T14:00:00Z")),
                "endsAt", "NEVER_FIRES");
    }

    @Test
    void eventTriggersHaveNoScheduleToMiss() {
        accepted(input("TRIGGERED", "trigger", trigger("GEOFENCE_ENTER", "geofenceIds", List.of("z")),
                "endsAt", NOW.plusSeconds(60)));
    }

    @Test
    void readingKeepsDistinctIdsAndRefusesRepeatedDataKeys() {
        Campaign campaign = read(input("TRIGGERED", "trigger", trigger("GEOFENCE_ENTER", "geofenceIds",
                List.of("a", "b", "a")), "locationIds", List.of(UUID.randomUUID().toString())));
        assertThat(campaign.trigger().geofenceIds()).containsExactly("a", "b");
        assertThat(campaign.locationIds()).hasSize(1);
        Map<String, Object> message = message();
        message.put("data", List.of(Map.of("key", "k", "value", "1"), Map.of("key", "k", "value", "2")));
        assertThatThrownBy(() -> read(input("ONE_OFF", "message", message)))
                .satisfies(e -> assertThat(((DomainException) e).extensions()).containsEntry("field", "message.data")
                        .containsEntry("reason", "DUPLICATE_KEY"));
    }

    @Test
    void defaultsAreWrittenDown() {
        assertThat(read(input("TRIGGERED", "trigger", trigger("BIRTHDAY"))).trigger().localTime()).isEqualTo("10:00");
        assertThat(read(input("TRIGGERED", "trigger", trigger("GEOFENCE_DWELL", "geofenceIds", List.of("z"))))
                .trigger().cooldownHours()).isEqualTo(24);
        assertThat(read(input("TRIGGERED", "trigger", trigger("INACTIVITY", "days", 3))).trigger().cooldownHours())
                .isNull();
    }

    @Test
    void aMalformedLocationIdIsNotFoundLikeAnUnknownOne() {
        assertThatThrownBy(() -> read(input("ONE_OFF", "locationIds", List.of("nope"))))
                .satisfies(e -> assertThat(((DomainException) e).extensions()).containsEntry("code", "NOT_FOUND")
                        .containsEntry("field", "locationIds"));
    }
}
