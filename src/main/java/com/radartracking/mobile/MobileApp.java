package com.radartracking.mobile;

import com.radartracking.platform.persistence.AssignedIdEntity;
import com.radartracking.platform.tenancy.TenantContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A business's app and its public key (see the migration for why the key is stored as it is). */
@Entity
@Table(name = "mobile_apps")
class MobileApp extends AssignedIdEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "business_id")
    private UUID businessId;

    @Column(updatable = false)
    private String name;

    @Column(name = "public_key", updatable = false)
    private String publicKey;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected MobileApp() {
    }

    MobileApp(String name, String publicKey, Instant now) {
        this.id = UUID.randomUUID();
        this.businessId = TenantContext.require();
        this.name = name;
        this.publicKey = publicKey;
        this.createdAt = now;
    }

    /** Revokes once; the first revocation time is kept. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    String publicKey() {
        return publicKey;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }
}
