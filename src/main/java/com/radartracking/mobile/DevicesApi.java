package com.radartracking.mobile;

import com.radartracking.push.devices.Device;
import com.radartracking.push.devices.DeviceRegistration;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** Request and response bodies of the signed-in customer's devices (push registration). */
final class DevicesApi {

    private DevicesApi() {
    }

    @Schema(description = "The app installation to register or refresh. Send it at every app start and whenever "
            + "Firebase hands the app a new token: a token not refreshed for 30 days is no longer targeted.")
    record DeviceBody(
            @Schema(description = "FCM registration token, or Firebase Installation ID when tokenKind is FID: "
                    + "1 to 4096 printable ASCII characters, no spaces", requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = 4096, example = "dXyZ12ab:APA91bH...") String token,
            @Schema(allowableValues = {"FCM_TOKEN", "FID"}, defaultValue = "FCM_TOKEN") String tokenKind,
            @Schema(allowableValues = {"ANDROID", "IOS", "WEB"}, requiredMode = Schema.RequiredMode.REQUIRED)
            String platform,
            @Schema(maxLength = 40, example = "3.4.1") String appVersion,
            @Schema(description = "BCP 47 language tag", maxLength = 35, example = "es-CO") String locale,
            @Schema(description = "IANA time zone", example = "America/Bogota") String timeZone) {

        DeviceRegistration registration() {
            return new DeviceRegistration(token, tokenKind, platform, appVersion, locale, timeZone);
        }
    }

    @Schema(description = "One of the customer's app installations")
    record DeviceResponse(String id, String token, @Schema(allowableValues = {"FCM_TOKEN", "FID"}) String tokenKind,
            @Schema(allowableValues = {"ANDROID", "IOS", "WEB"}) String platform, String appVersion, String locale,
            String timeZone, Instant createdAt, Instant refreshedAt,
            @Schema(description = "Registered and not deactivated") boolean active,
            @Schema(description = "Active but not refreshed for 30 days: not targeted until the app registers "
                    + "it again") boolean stale,
            Instant deactivatedAt,
            @Schema(description = "UNREGISTERED_BY_APP, SUPERSEDED (the customer registered too many devices), "
                    + "or FCM's verdict (UNREGISTERED, INVALID_TOKEN)") String deactivationReason) {

        static DeviceResponse of(Device device) {
            return new DeviceResponse(device.id().toString(), device.token(), device.tokenKind().name(),
                    device.platform().name(), device.appVersion(), device.locale(), device.timeZone(),
                    device.createdAt(), device.refreshedAt(), device.active(), device.stale(), device.deactivatedAt(),
                    device.deactivationReason());
        }
    }

    @Schema(description = "The customer's devices, most recently refreshed first")
    record Devices(List<DeviceResponse> devices) {
    }
}
