package com.radartracking.platform.web;

import io.micrometer.context.ThreadLocalAccessor;

/** Carries request id and client IP to data-fetcher threads (see TenantContextAccessor). */
public class RequestContextAccessor implements ThreadLocalAccessor<RequestContext> {

    @Override
    public Object key() {
        return "radar.request";
    }

    @Override
    public RequestContext getValue() {
        return RequestContext.get();
    }

    @Override
    public void setValue(RequestContext value) {
        RequestContext.set(value);
    }

    @Override
    public void setValue() {
        RequestContext.clear();
    }
}
