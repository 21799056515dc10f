package com.radartracking.push.devices;

import com.radartracking.platform.validation.TimeZones;
import java.time.Duration;
import java.time.Instant;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * The rules of a registration, free of the database: what a well-formed token, platform, locale and time
 * zone are, and when a device counts as stale. Refusals are BAD_USER_INPUT naming the field.
 */
final class DeviceRules {

    /** The device_tokens column's limit; real FCM tokens are about 160 characters, FIDs 22. */
    static final int MAX_TOKEN_LENGTH = 4096;
    static final int MAX_APP_VERSION_LENGTH = 40;
    static final int MAX_LOCALE_LENGTH = 35;

    private DeviceRules() {
    }

    /** A registration with every field checked and normalised. */
    record Valid(String token, DeviceTokenKind tokenKind, DevicePlatform platform, String appVersion, String locale,
            String timeZone) {
    }

    static Valid validate(DeviceRegistration input) {
        if (input == null) {
            throw DeviceException.badInput("token", "Send the device as a JSON object with token and platform");
        }
        return new Valid(token(input.token()), tokenKind(input.tokenKind()), platform(input.platform()),
                appVersion(input.appVersion()), locale(input.locale()), timeZone(input.timeZone()));
    }

    /**
     * FCM tokens and installation ids are printable ASCII without spaces ([A-Za-z0-9_:-] in practice); a
     * space, control character or non-ASCII character means the app sent something else (a log line, a
     * JSON fragment, a token with its newline) that FCM would reject at every send.
     */
    static String token(String token) {
        if (token == null || token.isEmpty()) {
            throw DeviceException.badInput("token", "token is required");
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw DeviceException.badInput("token", "token is longer than " + MAX_TOKEN_LENGTH + " characters");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                throw DeviceException.badInput("token",
                        "token must be printable ASCII without spaces or control characters");
            }
        }
        return token;
    }

    static DeviceTokenKind tokenKind(String kind) {
        if (kind == null) {
            return DeviceTokenKind.FCM_TOKEN;
        }
        try {
            return DeviceTokenKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw DeviceException.badInput("tokenKind", "tokenKind must be FCM_TOKEN or FID");
        }
    }

    static DevicePlatform platform(String platform) {
        if (platform == null) {
            throw DeviceException.badInput("platform", "platform is required (ANDROID, IOS or WEB)");
        }
        try {
            return DevicePlatform.valueOf(platform);
        } catch (IllegalArgumentException e) {
            throw DeviceException.badInput("platform", "platform must be ANDROID, IOS or WEB");
        }
    }

    static String appVersion(String version) {
        if (version == null) {
            return null;
        }
        String trimmed = version.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > MAX_APP_VERSION_LENGTH || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw DeviceException.badInput("appVersion",
                    "appVersion must be at most " + MAX_APP_VERSION_LENGTH + " characters, without control characters");
        }
        return trimmed;
    }

    /**
     * A well-formed BCP 47 tag with a language ("es", "es-CO", "pt-BR", "zh-Hant-TW"), in its canonical
     * case ("es-co" gives "es-CO"); underscores ("es_CO", Java's old form) are refused, not guessed.
     */
    static String locale(String tag) {
        if (tag == null) {
            return null;
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
        } catch (IllformedLocaleException e) {
            throw badLocale(tag);
        }
        String canonical = locale.toLanguageTag();
        if (locale.getLanguage().isEmpty() || canonical.equals("und") || canonical.length() > MAX_LOCALE_LENGTH) {
            throw badLocale(tag);
        }
        return canonical;
    }

    private static DeviceException badLocale(String tag) {
        return DeviceException.badInput("locale", "locale must be a BCP 47 language tag such as es-CO or en");
    }

    /** An IANA region name ("America/Bogota") or UTC, canonically spelled; offsets and abbreviations refused. */
    static String timeZone(String zone) {
        if (zone == null) {
            return null;
        }
        if (!TimeZones.isValid(zone)) {
            throw DeviceException.badInput("timeZone",
                    "timeZone must be an IANA time zone such as America/Bogota or UTC");
        }
        return TimeZones.require("timeZone", zone);
    }

    /** Refreshed at or after this instant: fresh, and targeted. */
    static Instant freshSince(Instant now, Duration staleAfter) {
        return now.minus(staleAfter);
    }

    static boolean isStale(Instant refreshedAt, Instant now, Duration staleAfter) {
        return refreshedAt.isBefore(freshSince(now, staleAfter));
    }
}
