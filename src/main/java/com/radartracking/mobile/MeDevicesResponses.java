package com.radartracking.mobile;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OpenAPI responses shared by {@link MeDevicesController}'s endpoints that act on one of the customer's
 * devices or notifications: 204 when done, 404 when the id is not one of the customer's. Kept out of
 * {@code @Operation(responses = ...)}, which would hide meta-annotated responses from springdoc.
 */
final class MeDevicesResponses {

    private MeDevicesResponses() {
    }

    /** Unregistering a device. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponses({
            @ApiResponse(responseCode = "204", description = "Unregistered"),
            @ApiResponse(responseCode = "404", description = MeDevicesController.NOT_FOUND, content = @Content(
                    mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))})
    @interface Unregistered {
    }

    /** Reporting a notification received or opened. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponses({
            @ApiResponse(responseCode = "204", description = "Recorded (or already recorded)"),
            @ApiResponse(responseCode = "404", description = MeDevicesController.NOT_FOUND, content = @Content(
                    mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))})
    @interface Recorded {
    }
}
