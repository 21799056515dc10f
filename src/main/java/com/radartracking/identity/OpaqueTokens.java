package com.radartracking.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh and invitation tokens: {@code <businessId>.<256 random bits>}. The business prefix lets the
 * server open the right tenant before looking the token up (under row-level security); only the
 * SHA-256 of the whole token is stored, so a database leak yields no usable token.
 */
final class OpaqueTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OpaqueTokens() {
    }

    record Parsed(UUID businessId, byte[] hash) {
    }

    static String create(UUID businessId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return businessId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static Optional<Parsed> parse(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parsed(UUID.fromString(token.substring(0, dot)), hash(token)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
