package com.radartracking.mobile;

import java.time.Instant;

/** The GraphQL {@code MobileApp} type. */
record MobileAppView(String id, String name, String publicKey, boolean active, Instant createdAt,
        Instant revokedAt) {

    static MobileAppView of(MobileApp app) {
        return new MobileAppView(app.id().toString(), app.name(), app.publicKey(), app.revokedAt() == null,
                app.createdAt(), app.revokedAt());
    }
}
