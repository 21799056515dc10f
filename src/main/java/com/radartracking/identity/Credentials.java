package com.radartracking.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/** Validation of what people type at sign-up, login and invitation: emails, passwords, names. */
final class Credentials {

    static final int MIN_PASSWORD_LENGTH = 10;
    static final int MAX_PASSWORD_LENGTH = 72; // BCrypt ignores bytes beyond 72.
    static final String PASSWORD_RULE = "Password must be " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH
            + " characters and contain a letter and a digit";

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
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH
                || password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw IdentityException.badInput("password", PASSWORD_RULE);
        }
    }

    static String requireName(String field, String value, int maxLength) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty() || trimmed.length() > maxLength) {
            throw IdentityException.badInput(field, field + " must be 1 to " + maxLength + " characters");
        }
        return trimmed;
    }
}
