package com.radartracking.platform.graphql;

import com.radartracking.platform.errors.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Validated forward-pagination arguments. Cursors are opaque to clients: base64url of
 * {@code createdAt|id}, so pages stay stable while rows are inserted (keyset pagination).
 */
public record PageArgs(int first, String after) {

    public static final int DEFAULT_PAGE_SIZE = 20;

    public static PageArgs of(Integer first, String after, int maxPageSize) {
        int size = first == null ? Math.min(DEFAULT_PAGE_SIZE, maxPageSize) : first;
        if (size < 1 || size > maxPageSize) {
            throw DomainException.badInput("first", "first must be between 1 and " + maxPageSize);
        }
        if (after != null) {
            decode(after);
        }
        return new PageArgs(size, after);
    }

    /** The keyset position after which the page starts, or null for the first page. */
    public Position position() {
        return after == null ? null : decode(after);
    }

    public record Position(Instant createdAt, UUID id) {
    }

    public static String encode(Instant createdAt, UUID id) {
        String raw = createdAt.toString() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static Position decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new Position(Instant.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw DomainException.badInput("after", "after is not a valid cursor");
        }
    }
}
