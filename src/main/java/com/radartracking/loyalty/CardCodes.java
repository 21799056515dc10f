package com.radartracking.loyalty;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Card codes: 128 random bits in RFC 4648 base32 without padding (26 characters of A-Z and 2-7), so a
 * code cannot be guessed or enumerated, survives being typed (no 0/O or 1/I confusion) and fits a small
 * QR code. The QR payload is {@code radar:card:<code>}; the counter screen accepts either form, in any
 * case, with spaces or hyphens between groups.
 */
final class CardCodes {

    static final String QR_PREFIX = "radar:card:";
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final Pattern VALID = Pattern.compile("[A-Z2-7]{26}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CardCodes() {
    }

    static String generate() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return base32(bytes);
    }

    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }

    static String qrPayload(String code) {
        return QR_PREFIX + code;
    }

    /** The canonical code typed or scanned as {@code input}; empty when it cannot be a card code. */
    static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String text = input.trim();
        if (text.regionMatches(true, 0, QR_PREFIX, 0, QR_PREFIX.length())) {
            text = text.substring(QR_PREFIX.length());
        }
        text = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return VALID.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }
}
