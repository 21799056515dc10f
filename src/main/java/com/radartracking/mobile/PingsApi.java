package com.radartracking.mobile;

import com.radartracking.geofencing.LocationPings;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request and response bodies of location pings, and the request's validation (all field errors at once). */
final class PingsApi {

    static final int MAX_PINGS = 100;
    static final int MAX_DEVICE_ID = 200;

    private PingsApi() {
    }

    @Schema(description = "One or more location fixes of this device, in any order (they are sorted by recordedAt). "
            + "Send them as they come or batched, up to 100 per request; the body is limited to 16 KB.")
    record PingsBody(
            @Schema(description = "A stable id of this app installation (1 to 200 characters), so two phones of one "
                    + "customer are tracked apart; omit it and the customer's pings count as one device",
                    maxLength = MAX_DEVICE_ID, example = "7f1c7a52-5c1e-4c1b-9d0e-2e5b0c6a1f00") String deviceId,
            @ArraySchema(minItems = 1, maxItems = MAX_PINGS, schema = @Schema(implementation = PingBody.class),
                    arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED)) List<PingBody> pings) {
    }

    @Schema(description = "One location fix")
    record PingBody(
            @Schema(description = "WGS 84 degrees, -90 to 90", requiredMode = Schema.RequiredMode.REQUIRED,
                    minimum = "-90", maximum = "90", example = "4.6486") Double latitude,
            @Schema(description = "WGS 84 degrees, -180 to 180", requiredMode = Schema.RequiredMode.REQUIRED,
                    minimum = "-180", maximum = "180", example = "-74.0636") Double longitude,
            @Schema(description = "Horizontal accuracy in metres (radius of 68% confidence), greater than 0",
                    requiredMode = Schema.RequiredMode.REQUIRED, exclusiveMinimumValue = 0, example = "12.5")
            Double accuracy,
            @Schema(description = "When the device took the fix (device clock), ISO 8601 with offset",
                    requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-11-29T14:03:12.250Z") String recordedAt,
            @Schema(description = "Speed in m/s, if known (0 or more)", minimum = "0", example = "1.2") Double speed) {
    }

    @Schema(description = "What became of the pings: how many were evaluated, how many dropped and why, and the "
            + "customer's transitions they caused (their own business's zones only)")
    record PingsResponse(int accepted, Dropped dropped, List<Event> events) {

        static PingsResponse of(LocationPings.Outcome outcome) {
            Map<LocationPings.DropReason, Integer> d = outcome.dropped();
            return new PingsResponse(outcome.accepted(), new Dropped(d.getOrDefault(LocationPings.DropReason.STALE, 0),
                    d.getOrDefault(LocationPings.DropReason.OUT_OF_ORDER, 0),
                    d.getOrDefault(LocationPings.DropReason.INACCURATE, 0),
                    d.getOrDefault(LocationPings.DropReason.FUTURE, 0)),
                    outcome.transitions().stream().map(t -> new Event(t.kind().name(), t.geofenceId().toString(),
                            t.occurredAt())).toList());
        }
    }

    @Schema(description = "Pings not evaluated (they change nothing and trigger nothing); not an error, do not resend")
    record Dropped(
            @Schema(description = "Taken more than 10 minutes before the server's time") int stale,
            @Schema(description = "Not newer than the device's last accepted ping (also a resent ping)") int outOfOrder,
            @Schema(description = "Accuracy worse than 1000 m") int inaccurate,
            @Schema(description = "Taken more than 2 minutes after the server's time (device clock ahead)") int future) {
    }

    @Schema(description = "The device entered, left or stayed in one of the business's zones")
    record Event(@Schema(allowableValues = {"ENTER", "EXIT", "DWELL"}) String kind, String geofenceId,
            @Schema(description = "Device time of the ping that decided it") Instant occurredAt) {
    }

    /** The pings, validated; throws BAD_USER_INPUT naming the first bad field and listing all of them. */
    static List<LocationPings.Ping> validated(PingsBody body) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (body == null || body.pings() == null || body.pings().isEmpty()) {
            errors.put("pings", "Send 1 to " + MAX_PINGS + " pings");
        } else if (body.pings().size() > MAX_PINGS) {
            errors.put("pings", "At most " + MAX_PINGS + " pings per request, got " + body.pings().size());
        }
        if (body != null && body.deviceId() != null && (body.deviceId().isBlank()
                || body.deviceId().length() > MAX_DEVICE_ID)) {
            errors.put("deviceId", "1 to " + MAX_DEVICE_ID + " characters, or leave it out");
        }
        List<LocationPings.Ping> pings = new ArrayList<>();
        if (errors.isEmpty()) {
            for (int i = 0; i < body.pings().size(); i++) {
                LocationPings.Ping ping = validated(body.pings().get(i), "pings[" + i + "].", errors);
                if (ping != null) {
                    pings.add(ping);
                }
            }
        }
        if (!errors.isEmpty()) {
            Map.Entry<String, String> first = errors.entrySet().iterator().next();
            throw new MobileException(com.radartracking.platform.errors.ErrorCode.BAD_USER_INPUT,
                    first.getKey() + ": " + first.getValue() + (errors.size() > 1 ? " (and " + (errors.size() - 1)
                            + " more, see errors)" : ""),
                    Map.of("field", first.getKey(), "errors", errors.entrySet().stream().limit(MAX_PINGS)
                            .map(e -> Map.of("field", e.getKey(), "reason", e.getValue())).toList()));
        }
        return pings;
    }

    private static LocationPings.Ping validated(PingBody ping, String prefix, Map<String, String> errors) {
        if (ping == null) {
            errors.put(prefix.substring(0, prefix.length() - 1), "A ping must be an object");
            return null;
        }
        int before = errors.size();
        within(ping.latitude(), -90, 90, prefix + "latitude", errors);
        within(ping.longitude(), -180, 180, prefix + "longitude", errors);
        if (ping.accuracy() == null) {
            errors.put(prefix + "accuracy", "Required: horizontal accuracy in metres");
        } else if (!Double.isFinite(ping.accuracy()) || ping.accuracy() <= 0) {
            errors.put(prefix + "accuracy", "Must be a number greater than 0");
        }
        if (ping.speed() != null && (!Double.isFinite(ping.speed()) || ping.speed() < 0)) {
            errors.put(prefix + "speed", "Must be a number of 0 or more, or left out");
        }
        Instant recordedAt = null;
        if (ping.recordedAt() == null) {
            errors.put(prefix + "recordedAt", "Required: ISO 8601 time with offset, e.g. 2026-11-29T14:03:12Z");
        } else {
            try {
                recordedAt = OffsetDateTime.parse(ping.recordedAt()).toInstant();
            } catch (DateTimeParseException e) {
                errors.put(prefix + "recordedAt", "Not an ISO 8601 time with offset, e.g. 2026-11-29T14:03:12Z");
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new LocationPings.Ping(ping.latitude(), ping.longitude(), ping.accuracy(), recordedAt, ping.speed());
    }

    private static void within(Double value, double min, double max, String field, Map<String, String> errors) {
        if (value == null) {
            errors.put(field, "Required");
        } else if (!Double.isFinite(value) || value < min || value > max) {
            errors.put(field, "Must be a number from " + (int) min + " to " + (int) max);
        }
    }
}
