package com.radartracking.campaigns.reports;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import java.util.Map;

/** Errors of the campaign reports (funnel, dry run), each with its client-facing code. */
class CampaignReportException extends DomainException {

    private CampaignReportException(ErrorCode code, String message, Map<String, Object> extensions) {
        super(code, message, extensions);
    }

    static CampaignReportException badInput(String field, String reason, String message) {
        return new CampaignReportException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field, "reason", reason));
    }

    /** Unknown, malformed or another business's campaign: all look the same. */
    static CampaignReportException notFound(String id) {
        return new CampaignReportException(ErrorCode.NOT_FOUND, "Campaign not found: " + id, Map.of());
    }
}
