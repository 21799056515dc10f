package com.radartracking.locations;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import java.util.Map;

/** Errors of the locations module. */
public class LocationException extends DomainException {

    LocationException(ErrorCode code, String message, Map<String, Object> extensions) {
        super(code, message, extensions);
    }

    static LocationException notFound(Object id) {
        return new LocationException(ErrorCode.NOT_FOUND, "Location not found: " + id, Map.of());
    }

    static LocationException limitReached(int limit) {
        return new LocationException(ErrorCode.BAD_USER_INPUT,
                "Your plan allows " + limit + " active locations; deactivate one or ask support to raise the limit",
                Map.of("reason", "LOCATION_LIMIT_REACHED", "limit", limit));
    }

    public static LocationException badInput(String field, String message) {
        return new LocationException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field));
    }
}
