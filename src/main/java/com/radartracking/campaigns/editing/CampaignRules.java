package com.radartracking.campaigns.editing;

import com.radartracking.campaigns.engine.RunTimes;
import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignKind;
import com.radartracking.campaigns.model.CampaignSchedule;
import com.radartracking.campaigns.model.TriggerSettings;
import com.radartracking.campaigns.model.TriggerType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a campaign's settings usable, without the database: the name, which of trigger and schedule the
 * kind takes, each trigger's parameters and ranges (and no parameter it does not use), the schedule's fields,
 * the dates, and a schedule or time trigger that fires at least once before the campaign ends. Run on the input
 * when a campaign is saved and on the stored campaign when it is activated or resumed (time has passed since).
 */
final class CampaignRules {

    static final int MAX_NAME = 120;
    static final int MAX_ZONES = 100;
    static final int MAX_LOCATIONS = 500;
    /** A ONE_OFF's sendAt may be this far in the past (the time it took to press the button): it goes at once. */
    static final Duration SEND_AT_GRACE = Duration.ofMinutes(1);
    private static final Pattern LOCAL_TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    /** The trigger fields each type takes; any other one given is refused rather than silently ignored. */
    private static final Map<TriggerType, Set<String>> TRIGGER_FIELDS = Map.of(
            TriggerType.GEOFENCE_ENTER, Set.of("geofenceIds", "cooldownHours"),
            TriggerType.GEOFENCE_DWELL, Set.of("geofenceIds", "cooldownHours"),
            TriggerType.INACTIVITY, Set.of("days"),
            TriggerType.BIRTHDAY, Set.of("localTime"),
            TriggerType.WELCOME, Set.of("hours"),
            TriggerType.AFTER_VISIT, Set.of("hours"),
            TriggerType.POINTS_THRESHOLD, Set.of("points", "programId"),
            TriggerType.REWARD_AVAILABLE, Set.of("programId", "rewardId"));

    private CampaignRules() {
    }

    /** Everything but the references (segment, zones, programs, locations, message: {@link CampaignReferences}). */
    static void check(Campaign campaign, Instant now, ZoneId zone) {
        shape(campaign);
        timing(campaign, now, zone);
    }

    /** The rules that do not depend on when they are checked. */
    static void shape(Campaign campaign) {
        String name = campaign.name();
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw CampaignException.badInput("name", "LENGTH", "A campaign's name has 1 to " + MAX_NAME + " characters");
        }
        if (campaign.locationIds().size() > MAX_LOCATIONS) {
            throw CampaignException.badInput("locationIds", "TOO_MANY", "At most " + MAX_LOCATIONS + " locations");
        }
        switch (campaign.kind()) {
            case TRIGGERED -> {
                if (campaign.trigger() == null) {
                    throw CampaignException.badInput("trigger", "REQUIRED", "A TRIGGERED campaign needs a trigger");
                }
                notApplicable("schedule", campaign.schedule(), "A TRIGGERED campaign runs on its trigger, not on a schedule");
                trigger(campaign.trigger());
            }
            case RECURRING -> {
                notApplicable("trigger", campaign.trigger(), "Only TRIGGERED campaigns take a trigger");
                if (campaign.schedule() == null) {
                    throw CampaignException.badInput("schedule", "REQUIRED", "A RECURRING campaign needs a schedule");
                }
                recurring(campaign.schedule());
            }
            case ONE_OFF -> {
                notApplicable("trigger", campaign.trigger(), "Only TRIGGERED campaigns take a trigger");
                if (campaign.schedule() != null) {
                    oneOff(campaign.schedule());
                }
            }
        }
    }

    private static void trigger(TriggerSettings trigger) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("days", trigger.days());
        given.put("hours", trigger.hours());
        given.put("localTime", trigger.localTime());
        given.put("geofenceIds", trigger.geofenceIds());
        given.put("points", trigger.points());
        given.put("programId", trigger.programId());
        given.put("rewardId", trigger.rewardId());
        given.put("cooldownHours", trigger.cooldownHours());
        Set<String> allowed = TRIGGER_FIELDS.get(trigger.type());
        given.forEach((field, value) -> {
            if (value != null && !allowed.contains(field)) {
                throw CampaignException.badInput("trigger." + field, "NOT_APPLICABLE",
                        "A " + trigger.type() + " trigger does not take " + field + " (it takes "
                                + (allowed.isEmpty() ? "nothing" : String.join(", ", allowed.stream().sorted().toList()))
                                + ")");
            }
        });
        switch (trigger.type()) {
            case GEOFENCE_ENTER, GEOFENCE_DWELL -> {
                if (trigger.geofenceIds() == null || trigger.geofenceIds().isEmpty()) {
                    throw CampaignException.badInput("trigger.geofenceIds", "REQUIRED",
                            "A " + trigger.type() + " trigger needs at least one zone");
                }
                if (trigger.geofenceIds().size() > MAX_ZONES) {
                    throw CampaignException.badInput("trigger.geofenceIds", "TOO_MANY", "At most " + MAX_ZONES + " zones");
                }
                range("trigger.cooldownHours", trigger.cooldownHours(), 1, 720, false);
            }
            case INACTIVITY -> range("trigger.days", trigger.days(), 1, 365, true);
            case WELCOME, AFTER_VISIT -> range("trigger.hours", trigger.hours(), 0, 720, true);
            case BIRTHDAY -> localTime("trigger.localTime", trigger.localTime(), false);
            case POINTS_THRESHOLD -> range("trigger.points", trigger.points(), 1, Integer.MAX_VALUE, true);
            case REWARD_AVAILABLE -> { }
        }
    }

    private static void recurring(CampaignSchedule schedule) {
        notApplicable("schedule.sendAt", schedule.sendAt(), "sendAt is for ONE_OFF campaigns; a RECURRING one runs on "
                + "its frequency");
        if (schedule.frequency() == null) {
            throw CampaignException.badInput("schedule.frequency", "REQUIRED", "A RECURRING schedule needs a frequency");
        }
        localTime("schedule.localTime", schedule.localTime(), true);
        boolean weekly = schedule.frequency() == CampaignSchedule.Frequency.WEEKLY;
        boolean monthly = schedule.frequency() == CampaignSchedule.Frequency.MONTHLY;
        if (!weekly) {
            notApplicable("schedule.days", schedule.days(), "days are for WEEKLY schedules");
        } else if (schedule.days() == null || schedule.days().isEmpty()) {
            throw CampaignException.badInput("schedule.days", "REQUIRED", "A WEEKLY schedule needs at least one day");
        } else {
            for (String day : schedule.days()) {
                try {
                    RunTimes.dayOfWeek(day);
                } catch (IllegalArgumentException e) {
                    throw CampaignException.badInput("schedule.days", "INVALID", "Not a weekday: " + day);
                }
            }
        }
        if (!monthly) {
            notApplicable("schedule.dayOfMonth", schedule.dayOfMonth(), "dayOfMonth is for MONTHLY schedules");
        } else {
            range("schedule.dayOfMonth", schedule.dayOfMonth(), 1, 31, true);
        }
    }

    private static void oneOff(CampaignSchedule schedule) {
        String only = "A ONE_OFF schedule takes only sendAt";
        notApplicable("schedule.frequency", schedule.frequency(), only);
        notApplicable("schedule.days", schedule.days(), only);
        notApplicable("schedule.dayOfMonth", schedule.dayOfMonth(), only);
        notApplicable("schedule.localTime", schedule.localTime(), only);
    }

    /** The rules about time: dates in order and ahead, and at least one run before the end. */
    static void timing(Campaign campaign, Instant now, ZoneId zone) {
        if (campaign.startsAt() != null && campaign.endsAt() != null && !campaign.startsAt().isBefore(campaign.endsAt())) {
            throw CampaignException.badInput("endsAt", "ENDS_BEFORE_START", "endsAt must be after startsAt");
        }
        if (campaign.endsAt() != null && !campaign.endsAt().isAfter(now)) {
            throw CampaignException.badInput("endsAt", "IN_PAST", "endsAt must be in the future");
        }
        Instant sendAt = sendAt(campaign);
        if (sendAt != null && sendAt.isBefore(now.minus(SEND_AT_GRACE))) {
            throw CampaignException.badInput("schedule.sendAt", "IN_PAST",
                    "sendAt is in the past; leave it out to send as soon as the campaign is activated");
        }
        if (timeBased(campaign) && firstRun(campaign, now, zone).isEmpty()) {
            throw CampaignException.badInput(campaign.schedule() != null ? "schedule" : "endsAt", "NEVER_FIRES",
                    "The " + (campaign.kind() == CampaignKind.TRIGGERED ? "trigger" : "schedule")
                            + " never fires between the campaign's start and its end (endsAt)");
        }
    }

    /** Whether the campaign runs from the schedulers (a time), rather than on events (zones, points, rewards). */
    static boolean timeBased(Campaign campaign) {
        return campaign.kind() != CampaignKind.TRIGGERED || campaign.triggerType().timed();
    }

    /**
     * The first scheduler run at or after {@code now} (a ONE_OFF's sendAt within the grace: at once); empty when
     * there is none before the end, or for event triggers.
     */
    static Optional<Instant> firstRun(Campaign campaign, Instant now, ZoneId zone) {
        Instant sendAt = sendAt(campaign);
        if (sendAt != null && !sendAt.isAfter(now)) {
            return RunTimes.next(campaign, sendAt.minusNanos(1), zone).map(at -> at.isBefore(now) ? now : at);
        }
        return RunTimes.next(campaign, now, zone);
    }

    static Instant sendAt(Campaign campaign) {
        return campaign.kind() == CampaignKind.ONE_OFF && campaign.schedule() != null ? campaign.schedule().sendAt()
                : null;
    }

    private static void range(String field, Integer value, int min, int max, boolean required) {
        if (value == null) {
            if (required) {
                throw CampaignException.badInput(field, "REQUIRED", field + " is required");
            }
            return;
        }
        if (value < min || value > max) {
            throw CampaignException.badInput(field, "OUT_OF_RANGE", max == Integer.MAX_VALUE
                    ? field + " must be at least " + min : field + " must be between " + min + " and " + max);
        }
    }

    private static void localTime(String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                throw CampaignException.badInput(field, "REQUIRED", field + " is required (HH:mm)");
            }
            return;
        }
        if (!LOCAL_TIME.matcher(value).matches()) {
            throw CampaignException.badInput(field, "INVALID_TIME", field + " must be a local time HH:mm, e.g. 09:30");
        }
    }

    private static void notApplicable(String field, Object value, String message) {
        if (value != null) {
            throw CampaignException.badInput(field, "NOT_APPLICABLE", message);
        }
    }
}
