package com.radartracking.mobile;

import com.radartracking.push.devices.CustomerDevices;
import com.radartracking.push.devices.NotificationReceipts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's push side: registering the app installation (token) and reporting notifications
 * received and opened. The push module decides; this class only speaks HTTP. Another customer's (or
 * business's) device or notification is 404, like an unknown id.
 */
@RestController
@RequestMapping(path = MobileSecurityConfiguration.BASE + "/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Push", description = "The signed-in customer's devices and notification receipts (customer token required)")
class MeDevicesController {

    static final String NOT_FOUND = "Not one of the customer's (code NOT_FOUND)";

    private final CustomerAccount account;
    private final CustomerDevices devices;
    private final NotificationReceipts receipts;

    MeDevicesController(CustomerAccount account, CustomerDevices devices, NotificationReceipts receipts) {
        this.account = account;
        this.devices = devices;
        this.receipts = receipts;
    }

    @PutMapping(path = "/devices", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register or refresh this installation's push token", description = """
            Idempotent, keyed on the token: the same token again refreshes the device (and its app version, locale \
            and time zone); a token last registered by another customer of the business (a shared phone, signing \
            in as someone else) moves to this customer instead of being duplicated; an unregistered or deactivated \
            token is reactivated. Send it at every app start and when Firebase rotates the token: tokens not \
            refreshed for 30 days are not targeted. Push consent is NOT required to register, but nothing is sent \
            to the customer until they grant it (PUT /me/consents with push true).""",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Refreshed, re-assigned or reactivated",
                            content = @Content(schema = @Schema(implementation = DevicesApi.DeviceResponse.class))),
                    @ApiResponse(responseCode = "201", description = "Registered for the first time",
                            content = @Content(schema = @Schema(implementation = DevicesApi.DeviceResponse.class))),
                    @ApiResponse(responseCode = "429", description = "More than 60 registrations by the customer in "
                            + "an hour (code RATE_LIMITED, retryAfter seconds)", content = @Content(
                            mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))})
    ResponseEntity<DevicesApi.DeviceResponse> register(@RequestBody DevicesApi.DeviceBody body) {
        CustomerDevices.Registered registered = devices.register(customer(), body.registration());
        return ResponseEntity.status(registered.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(DevicesApi.DeviceResponse.of(registered.device()));
    }

    @GetMapping("/devices")
    @Operation(summary = "The customer's registered devices")
    DevicesApi.Devices list(@Parameter(description = "Also list unregistered and deactivated devices")
            @RequestParam(defaultValue = "false") boolean includeInactive) {
        return new DevicesApi.Devices(devices.list(customer(), includeInactive).stream()
                .map(DevicesApi.DeviceResponse::of).toList());
    }

    @DeleteMapping("/devices/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unregister a device (e.g. at sign-out)", description = "Nothing more is sent to it until "
            + "it is registered again. Repeating it is harmless.")
    @MeDevicesResponses.Unregistered
    void unregister(@PathVariable UUID id) {
        devices.unregister(customer(), id);
    }

    @DeleteMapping("/devices")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unregister the device with this token", description = "For an app that kept its token "
            + "but not the device id.")
    @MeDevicesResponses.Unregistered
    void unregisterByToken(@Parameter(description = "The token the device was registered with", required = true)
            @RequestParam(required = false) String token) {
        UUID customer = customer();
        if (token == null || token.isEmpty()) {
            throw MobileException.badInput("token", "Give the token to unregister as ?token=");
        }
        devices.unregisterToken(customer, token);
    }

    @PostMapping("/notifications/{id}/received")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Report a notification received", description = "The id is the notificationId in the "
            + "message's data. The first report's time is kept.")
    @MeDevicesResponses.Recorded
    void received(@PathVariable UUID id) {
        receipts.received(customer(), id);
    }

    @PostMapping("/notifications/{id}/opened")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Report a notification opened (tapped)", description = "Also marks it received if that "
            + "was not reported. The first report's time is kept.")
    @MeDevicesResponses.Recorded
    void opened(@PathVariable UUID id) {
        receipts.opened(customer(), id);
    }

    /** The token's customer, still existing (an erased one is refused as unauthenticated). */
    private UUID customer() {
        UUID customerId = MobileCustomer.current().customerId();
        account.require(customerId);
        return customerId;
    }
}
