package com.radartracking.push.devices;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of push devices ({@code radar.push.devices.*}).
 *
 * @param staleAfter a device whose token the app has not refreshed for this long is not targeted (FCM
 *     itself treats tokens idle for a month as stale); the app's next registration makes it fresh again
 * @param maxActivePerCustomer active devices a customer keeps; registering one more deactivates the
 *     least recently refreshed (reason {@code SUPERSEDED}), so reinstalls or a misbehaving app cannot pile
 *     up tokens that every send to that customer would fan out to
 * @param registrationsPerCustomer registrations (PUT /me/devices, refreshes included) one customer may send
 *     per {@code registrationWindow} before RATE_LIMITED: an app registers at start-up and on token rotation,
 *     far fewer; a loop of fresh tokens would otherwise grow device_tokens without bound
 * @param registrationWindow the window of {@code registrationsPerCustomer}
 */
@ConfigurationProperties("radar.push.devices")
public record DeviceProperties(
        @DefaultValue("30d") Duration staleAfter,
        @DefaultValue("10") int maxActivePerCustomer,
        @DefaultValue("60") int registrationsPerCustomer,
        @DefaultValue("1h") Duration registrationWindow) {

    public DeviceProperties {
        if (staleAfter == null || staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("radar.push.devices.stale-after must be positive");
        }
        if (maxActivePerCustomer < 1) {
            throw new IllegalArgumentException("radar.push.devices.max-active-per-customer must be at least 1");
        }
        if (registrationsPerCustomer < 1 || registrationWindow == null || !registrationWindow.isPositive()) {
            throw new IllegalArgumentException("radar.push.devices.registrations-per-customer and registration-window "
                    + "must be positive");
        }
    }
}
