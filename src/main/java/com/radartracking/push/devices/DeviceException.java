package com.radartracking.push.devices;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import java.util.Map;

/** Refusals of push devices and receipts: bad input naming the field, or an unknown (or someone else's) record. */
class DeviceException extends DomainException {

    private DeviceException(ErrorCode code, String message, Map<String, Object> extensions) {
        super(code, message, extensions);
    }

    public static DeviceException badInput(String field, String message) {
        return new DeviceException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field));
    }

    /** The same answer for an unknown id and for another customer's or business's record. */
    static DeviceException deviceNotFound(Object id) {
        return new DeviceException(ErrorCode.NOT_FOUND, "Device not found: " + id, Map.of());
    }

    /** Never echoes the token: it is a credential of the installation. */
    static DeviceException deviceNotFoundByToken() {
        return new DeviceException(ErrorCode.NOT_FOUND, "No device with this token", Map.of());
    }

    static DeviceException notificationNotFound(Object id) {
        return new DeviceException(ErrorCode.NOT_FOUND, "Notification not found: " + id, Map.of());
    }
}
