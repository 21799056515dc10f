package com.radartracking.platform.graphql;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** GraphQL IDs are UUID strings; anything else is answered with NOT_FOUND, as an unknown id would be. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String field, String id) {
        try {
            return UUID.fromString(id);
        } catch (RuntimeException e) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No record with " + field + " " + id);
        }
    }

    /** For lists of ids given as input, a malformed one is a BAD_USER_INPUT naming the field. */
    public static List<UUID> parseAll(String field, Collection<String> ids) {
        if (ids == null) {
            return List.of();
        }
        try {
            return ids.stream().map(UUID::fromString).toList();
        } catch (RuntimeException e) {
            throw DomainException.badInput(field, field + " must contain valid ids");
        }
    }
}
