package com.radartracking.campaigns.editing;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import java.util.Map;

/**
 * Errors of the campaign API, each with its client-facing code. Refusals of input name the {@code field}
 * (dotted for nested inputs, e.g. {@code trigger.days}) and a stable {@code reason} the panel can translate.
 */
public class CampaignException extends DomainException {

    CampaignException(ErrorCode code, String message, Map<String, Object> extensions) {
        super(code, message, extensions);
    }

    static CampaignException badInput(String field, String reason, String message) {
        return new CampaignException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field, "reason", reason));
    }

    /** Another business's record, or none: the same answer, so ids reveal nothing. */
    static CampaignException notFound(String field, String what, Object id) {
        return new CampaignException(ErrorCode.NOT_FOUND, what + " not found: " + id, Map.of("field", field));
    }

    static CampaignException notFound(Object id) {
        return new CampaignException(ErrorCode.NOT_FOUND, "Campaign not found: " + id, Map.of());
    }

    /** The campaign's status does not allow the change; {@code status} is the one it has. */
    static CampaignException conflict(String reason, String status, String message) {
        return new CampaignException(ErrorCode.CONFLICT, message, Map.of("reason", reason, "status", status));
    }
}
