package com.radartracking.campaigns.editing;

import com.radartracking.campaigns.engine.RunTimes;
import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignKind;
import com.radartracking.campaigns.model.CampaignMessage;
import com.radartracking.campaigns.model.CampaignSchedule;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.TriggerSettings;
import com.radartracking.campaigns.model.TriggerType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The GraphQL {@code CampaignInput} read into a campaign's settings, as given: only conversions happen here
 * (a malformed location id is NOT_FOUND like an unknown one, a data key given twice is refused because a map
 * cannot keep both); every rule is {@link CampaignRules}', so the same checks run on a stored campaign when it is
 * activated.
 */
final class CampaignInputs {

    private CampaignInputs() {
    }

    /** The settings of {@code input} on a campaign with the given identity, status and times. */
    @SuppressWarnings("unchecked")
    static Campaign read(Map<String, Object> input, UUID id, UUID businessId, CampaignStatus status, UUID createdBy,
            Instant createdAt, Instant updatedAt) {
        Map<String, Object> message = (Map<String, Object>) input.get("message");
        if (message == null) {
            throw CampaignException.badInput("message", "REQUIRED", "A campaign needs a message");
        }
        return new Campaign(id, businessId, strip(text(input.get("name"))), kind(input.get("kind")), status,
                trigger((Map<String, Object>) input.get("trigger")), schedule((Map<String, Object>) input.get("schedule")),
                blankToNull(text(input.get("segmentId"))), locationIds((Collection<Object>) input.get("locationIds")),
                new CampaignMessage(strip(text(message.get("title"))), strip(text(message.get("body"))),
                        blankToNull(text(message.get("imageUrl"))), blankToNull(text(message.get("deepLink"))),
                        data((List<Map<String, Object>>) message.get("data"))),
                instant(input.get("startsAt")), instant(input.get("endsAt")), null, null, createdBy, createdAt,
                updatedAt, null);
    }

    private static CampaignKind kind(Object value) {
        if (value == null) {
            throw CampaignException.badInput("kind", "REQUIRED", "A campaign needs a kind");
        }
        return CampaignKind.valueOf(value.toString());
    }

    @SuppressWarnings("unchecked")
    private static TriggerSettings trigger(Map<String, Object> input) {
        if (input == null) {
            return null;
        }
        if (input.get("type") == null) {
            throw CampaignException.badInput("trigger.type", "REQUIRED", "A trigger needs a type");
        }
        List<String> zones = null;
        if (input.get("geofenceIds") != null) {
            zones = List.copyOf(new LinkedHashSet<>(((Collection<Object>) input.get("geofenceIds")).stream()
                    .map(Object::toString).toList()));
        }
        TriggerType type = TriggerType.valueOf(input.get("type").toString());
        String localTime = text(input.get("localTime"));
        Integer cooldown = integer(input.get("cooldownHours"));
        // Defaults written down, so the campaign shows what it will do rather than a blank.
        if (type == TriggerType.BIRTHDAY && localTime == null) {
            localTime = RunTimes.DEFAULT_LOCAL_TIME.toString();
        }
        if ((type == TriggerType.GEOFENCE_ENTER || type == TriggerType.GEOFENCE_DWELL) && cooldown == null) {
            cooldown = TriggerSettings.DEFAULT_COOLDOWN_HOURS;
        }
        return new TriggerSettings(type, integer(input.get("days")), integer(input.get("hours")), localTime, zones,
                integer(input.get("points")), text(input.get("programId")), text(input.get("rewardId")), cooldown);
    }

    @SuppressWarnings("unchecked")
    private static CampaignSchedule schedule(Map<String, Object> input) {
        if (input == null) {
            return null;
        }
        List<String> days = null;
        if (input.get("days") != null) {
            days = List.copyOf(new LinkedHashSet<>(((Collection<Object>) input.get("days")).stream()
                    .map(Object::toString).toList()));
        }
        Object frequency = input.get("frequency");
        return new CampaignSchedule(instant(input.get("sendAt")),
                frequency == null ? null : CampaignSchedule.Frequency.valueOf(frequency.toString()), days,
                integer(input.get("dayOfMonth")), text(input.get("localTime")));
    }

    /** Distinct ids in the order given; one that is not an id names no location, like another business's. */
    private static List<UUID> locationIds(Collection<Object> ids) {
        if (ids == null) {
            return List.of();
        }
        LinkedHashSet<UUID> distinct = new LinkedHashSet<>();
        for (Object id : ids) {
            try {
                distinct.add(UUID.fromString(id.toString()));
            } catch (IllegalArgumentException e) {
                throw CampaignException.notFound("locationIds", "Location", id);
            }
        }
        return new ArrayList<>(distinct);
    }

    private static Map<String, String> data(List<Map<String, Object>> entries) {
        Map<String, String> data = new LinkedHashMap<>();
        if (entries == null) {
            return data;
        }
        for (Map<String, Object> entry : entries) {
            String key = text(entry.get("key"));
            if (data.containsKey(key)) {
                throw CampaignException.badInput("message.data", "DUPLICATE_KEY", "Data key '" + key
                        + "' is given twice");
            }
            data.put(key, text(entry.get("value")));
        }
        return data;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        return java.time.OffsetDateTime.parse(value.toString()).toInstant();
    }
}
