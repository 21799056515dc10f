package com.radartracking.locations.geofences;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import java.util.Map;

/** Errors of geofence management, each with its client-facing code; bad input names the field and a reason. */
public class GeofenceException extends DomainException {

    GeofenceException(ErrorCode code, String message, Map<String, Object> extensions) {
        super(code, message, extensions);
    }

    static GeofenceException notFound(Object id) {
        return new GeofenceException(ErrorCode.NOT_FOUND, "Geofence not found: " + id, Map.of());
    }

    static GeofenceException locationNotFound(Object id) {
        return new GeofenceException(ErrorCode.NOT_FOUND, "Location not found: " + id, Map.of("field", "locationId"));
    }

    /** BAD_USER_INPUT with the input field at fault and a stable machine-readable reason. */
    static GeofenceException badInput(String field, String reason, String message) {
        return new GeofenceException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field, "reason", reason));
    }
}
