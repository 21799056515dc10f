package com.radartracking.platform.tenancy;

/** Thrown when tenant-owned data is touched outside any tenant scope: a programming error. */
public class TenantContextMissingException extends IllegalStateException {
    public TenantContextMissingException() {
        super("Tenant context not set: tenant-owned data may only be accessed inside TenantContext.runAs "
                + "or an authenticated request");
    }
}
