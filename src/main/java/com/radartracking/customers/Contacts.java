package com.radartracking.customers;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Canonical forms of contact data, so that duplicates are found whatever the spelling: emails trimmed
 * and lower-cased, phone numbers in E.164 (numbers typed without a country code are read in the
 * business's region).
 */
final class Contacts {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    // Deliberately loose: one @, something on both sides, a dot in the domain, no spaces. Deliverability
    // is the mail system's business; this catches typos such as "ana.gomez" or "ana@gomez".
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");

    private Contacts() {
    }

    /** Lower-cased, trimmed email; null or blank gives null. */
    static String email(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String email = raw.trim().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw CustomerException.badInput("email", "'" + raw.trim() + "' is not a valid email address");
        }
        return email;
    }

    /** E.164 form of {@code raw}, read in {@code defaultRegion} (ISO 3166 alpha-2) when it has no "+". */
    static String phone(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String trimmed = raw.trim();
        if (trimmed.length() > 40) {
            throw CustomerException.badInput("phone", "Phone number is too long");
        }
        try {
            PhoneNumber number = PHONES.parse(trimmed, defaultRegion);
            if (!PHONES.isValidNumber(number)) {
                throw invalidPhone(trimmed, defaultRegion);
            }
            return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw invalidPhone(trimmed, defaultRegion);
        }
    }

    private static CustomerException invalidPhone(String raw, String region) {
        return CustomerException.badInput("phone", "'" + raw + "' is not a valid phone number (numbers without a"
                + " country code are read as " + region + ")");
    }

    /** True for a region libphonenumber knows (used to check configuration). */
    static boolean isKnownRegion(String region) {
        return region != null && PHONES.getSupportedRegions().contains(region);
    }

    /** Tags are compared case-insensitively: stored trimmed, single-spaced, lower-case, 1 to 40 chars. */
    static String tag(String raw) {
        String tag = raw == null ? "" : raw.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (tag.isEmpty() || tag.length() > 40) {
            throw CustomerException.badInput("tag", "A tag must be 1 to 40 characters");
        }
        return tag;
    }
}
