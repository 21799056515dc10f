package com.radartracking.push.devices;

import java.util.List;
import java.util.UUID;

/**
 * A customer's own devices, as their app manages them (under the current tenant). The customer is the
 * signed-in caller; another customer's or business's device is NOT_FOUND, exactly like an unknown id.
 * Registering needs no push consent: consent decides whether anything is sent, and senders check it.
 */
public interface CustomerDevices {

    /** Deactivation reason when the app unregisters its installation. */
    String UNREGISTERED_BY_APP = "UNREGISTERED_BY_APP";
    /** Deactivation reason when the customer registered more than the allowed number of devices. */
    String SUPERSEDED = "SUPERSEDED";

    /**
     * Registers the installation or refreshes it, idempotently, keyed on the token within the business:
     * the caller's device is refreshed (fields and refreshed_at), another customer's is re-assigned to the
     * caller (a shared phone, a sign-in as someone else), a deactivated one is reactivated. Invalid input is
     * BAD_USER_INPUT naming the field.
     */
    Registered register(UUID customerId, DeviceRegistration registration);

    /** The customer's devices, most recently refreshed first; deactivated ones only when asked. */
    List<Device> list(UUID customerId, boolean includeInactive);

    /** Deactivates the customer's device (reason UNREGISTERED_BY_APP); repeating it changes nothing. */
    void unregister(UUID customerId, UUID deviceId);

    /** {@link #unregister(UUID, UUID)} by the token the app holds. */
    void unregisterToken(UUID customerId, String token);

    /** The device after registration, and whether its row was created by this call. */
    record Registered(Device device, Outcome outcome) {

        public boolean created() {
            return outcome == Outcome.CREATED;
        }
    }

    enum Outcome {
        /** A token never seen in the business. */
        CREATED,
        /** The caller's active device, refreshed. */
        REFRESHED,
        /** The caller's deactivated device, active again. */
        REACTIVATED,
        /** Another customer's device (active or not), now the caller's and active. */
        REASSIGNED
    }
}
