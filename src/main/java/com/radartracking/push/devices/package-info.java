/**
 * Push devices: a customer's app installations (FCM registration tokens or Firebase Installation IDs) as
 * the app registers, refreshes and unregisters them through the mobile shim, the received/opened reports
 * the app sends back for its notifications, and the targeting rule every sender applies (active devices
 * refreshed within {@code radar.push.devices.stale-after}).
 *
 * <p>A named interface of the push module: the mobile module (which owns the HTTP shim) calls
 * {@link com.radartracking.push.devices.CustomerDevices} and
 * {@link com.radartracking.push.devices.NotificationReceipts}; push's own sending code calls
 * {@link com.radartracking.push.devices.TargetableDevices}. Everything runs under the current tenant and
 * row-level security; the customer is always the caller's own (the shim never takes a customer id).
 */
@org.springframework.modulith.NamedInterface("devices")
package com.radartracking.push.devices;
