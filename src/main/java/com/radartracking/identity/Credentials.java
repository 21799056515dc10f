package com.radartracking.identity;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Validation of what people type at sign-up, login and invitation: emails, passwords, names. */
final class Credentials {

    static final int MIN_PASSWORD_LENGTH = 10;
    /** BCrypt hashes only the first 72 bytes of the UTF-8 encoding: a longer password would be truncated. */
    static final int MAX_PASSWORD_BYTES = 72;
    static final String PASSWORD_RULE = "Password must be " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_BYTES
            + " bytes long (at least " + MIN_PASSWORD_LENGTH + " characters; accented letters take 2 bytes, emoji 4)"
            + " and contain a letter and a digit";

    // Pragmatic address check: one @, a dot in the domain, no spaces; RFC 5322 in full is not useful here.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private Credentials() {
    }

    /** Trimmed and lower-cased, or BAD_USER_INPUT naming the field. */
    static String normalizeEmail(String email) {
        String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (normalized.length() > 254 || !EMAIL.matcher(normalized).matches()) {
            throw IdentityException.badInput("email", "Enter a valid email address, like name@example.com");
        }
        return normalized;
    }

    static void checkPasswordStrength(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH
                || !fitsBcrypt(password)
                || password.codePoints().noneMatch(Character::isLetter)
                || password.codePoints().noneMatch(Character::isDigit)) {
            throw IdentityException.badInput("password", PASSWORD_RULE);
        }
    }

    /** False for passwords BCrypt would truncate (or refuse to hash); no stored password is that long. */
    static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    static String requireName(String field, String value, int maxLength) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty() || trimmed.length() > maxLength) {
            throw IdentityException.badInput(field, field + " must be 1 to " + maxLength + " characters");
        }
        return trimmed;
    }
}
