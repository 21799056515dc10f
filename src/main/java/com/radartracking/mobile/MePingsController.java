package com.radartracking.mobile;

import com.radartracking.customers.CustomerException;
import com.radartracking.geofencing.LocationPings;
import com.radartracking.platform.errors.ErrorCode;
import com.radartracking.platform.ratelimit.RateLimiter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's location pings. The geofencing module decides (drops, presence, ENTER, EXIT,
 * DWELL); this class validates the request, applies the per-customer rate limit and speaks HTTP.
 */
@RestController
@RequestMapping(path = MobileSecurityConfiguration.BASE + "/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Location", description = "The signed-in customer's location pings (customer token and location consent "
        + "required)")
class MePingsController {

    private static final String PROBLEM = "#/components/schemas/Problem";

    private final LocationPings pings;
    private final RateLimiter limiter;
    private final int requestsPerMinute;

    MePingsController(LocationPings pings, RateLimiter limiter,
            @Value("${radar.geo.requests-per-minute:120}") int requestsPerMinute) {
        this.pings = pings;
        this.limiter = limiter;
        this.requestsPerMinute = requestsPerMinute;
    }

    @PostMapping(path = "/pings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report location fixes", description = """
            Evaluates the fixes against the business's zones (geofences) and answers with the transitions they \
            caused: ENTER when the device is inside a zone it was not in, EXIT only once it is beyond the zone's \
            radius plus a hysteresis buffer (GPS jitter at the edge changes nothing), DWELL once per stay after \
            the zone's dwell time. A device already inside a zone on its first fix gets its ENTER on the next one. \
            The fixes are sorted by recordedAt; a fix is dropped (counted in dropped, never evaluated, never \
            triggering a notification) when it is stale (over 10 minutes old), in the future (over 2 minutes ahead \
            of the server: fix the device clock), not newer than the device's last accepted fix (so resending a \
            batch is harmless), or less accurate than 1000 m; a fix less accurate than a zone's radius decides \
            nothing for that zone. A request whose fixes are all dropped is still 200 with accepted 0: do not \
            resend it. Location consent is required: without it the request is refused with 403 (code FORBIDDEN, \
            reason LOCATION_CONSENT_REQUIRED), nothing is evaluated or stored; ask the customer and send \
            PUT /me/consents with location true. Invalid input (a missing field, latitude or longitude out of range \
            or not a number, accuracy not above 0, more than 100 fixes) refuses the whole request with 400 \
            (code BAD_USER_INPUT, field = the first bad one, errors = all of them, e.g. pings[3].latitude); a body \
            over 16 KB is 413.""",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Evaluated (possibly all dropped)",
                            content = @Content(schema = @Schema(implementation = PingsApi.PingsResponse.class))),
                    @ApiResponse(responseCode = "403", description = "No location consent (code FORBIDDEN, reason "
                            + "LOCATION_CONSENT_REQUIRED)", content = @Content(mediaType = Problems.MEDIA_TYPE,
                            schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "413", description = "Body over 16 KB (code PAYLOAD_TOO_LARGE)",
                            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "429", description = "More than 120 ping requests by the customer in "
                            + "a minute (code RATE_LIMITED, retryAfter seconds): batch the fixes",
                            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))})
    PingsApi.PingsResponse report(@RequestBody PingsApi.PingsBody body) {
        UUID customerId = MobileCustomer.current().customerId();
        limiter.hit("mobile.pings.customer", customerId.toString(), requestsPerMinute, Duration.ofMinutes(1));
        java.util.List<LocationPings.Ping> valid = PingsApi.validated(body);
        try {
            // No separate existence check (CustomerAccount.require, a transaction of its own): the consent
            // check inside the evaluation reads the customer, and an unknown one is its NOT_FOUND.
            return PingsApi.PingsResponse.of(pings.evaluate(customerId, body.deviceId(), valid));
        } catch (CustomerException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw CustomerAccount.gone();
            }
            throw e;
        }
    }
}
