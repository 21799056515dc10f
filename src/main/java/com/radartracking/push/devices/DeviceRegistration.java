package com.radartracking.push.devices;

/**
 * What the app sends to register or refresh its installation, as received (validated by
 * {@link CustomerDevices#register}): {@code token} and {@code platform} are required, {@code tokenKind}
 * defaults to FCM_TOKEN, the rest may be null.
 */
public record DeviceRegistration(String token, String tokenKind, String platform, String appVersion, String locale,
        String timeZone) {
}
