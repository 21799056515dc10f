package com.radartracking.platform.web;

import io.micrometer.context.integration.Slf4jThreadLocalAccessor;

/**
 * Carries the log context (requestId, businessId) to data-fetcher threads, so every log line of a
 * request names it whichever thread writes it. Registered through {@code META-INF/services}.
 */
public class MdcContextAccessor extends Slf4jThreadLocalAccessor {

    public MdcContextAccessor() {
        super("requestId", "businessId");
    }
}
