package com.radartracking.geofencing;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import java.util.Map;

/** Errors of the geofencing module, each with its client-facing code and a {@code reason}. */
public class GeofencingException extends DomainException {

    GeofencingException(ErrorCode code, String message, Map<String, Object> extensions) {
        super(code, message, extensions);
    }

    /** The customer has not granted location consent: pings are refused, not silently dropped. */
    public static GeofencingException locationConsentRequired() {
        return new GeofencingException(ErrorCode.FORBIDDEN, "Location consent is required to send pings: ask the "
                + "customer and send PUT /me/consents with location true", Map.of("reason", "LOCATION_CONSENT_REQUIRED"));
    }
}
