package com.radartracking.identity;

import com.radartracking.platform.persistence.AssignedIdEntity;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.platform.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** An Admin's invitation for someone to join the business with a role (and, for Staff, locations). */
@Entity
@Table(name = "invitations")
class Invitation extends AssignedIdEntity {

    enum Status { PENDING, ACCEPTED, REVOKED, EXPIRED }

    @Id
    private UUID id;

    @TenantId
    @Column(name = "business_id")
    private UUID businessId;

    private String email;

    @Enumerated(EnumType.STRING)
    private Role role;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "location_ids")
    private UUID[] locationIds;

    @Column(name = "token_hash")
    private byte[] tokenHash;

    @Column(name = "invited_by")
    private UUID invitedBy;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Invitation() {
    }

    Invitation(String email, Role role, List<UUID> locationIds, byte[] tokenHash, UUID invitedBy, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.businessId = TenantContext.require();
        this.email = email;
        this.role = role;
        this.locationIds = locationIds.toArray(UUID[]::new);
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.expiresAt = expiresAt;
        this.createdAt = Instant.now();
    }

    Status status(Instant now) {
        if (acceptedAt != null) {
            return Status.ACCEPTED;
        }
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt.isAfter(now) ? Status.PENDING : Status.EXPIRED;
    }

    void accept(Instant now) {
        acceptedAt = now;
    }

    void revoke(Instant now) {
        revokedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID businessId() {
        return businessId;
    }

    String email() {
        return email;
    }

    Role role() {
        return role;
    }

    List<UUID> locationIds() {
        return List.of(locationIds);
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant acceptedAt() {
        return acceptedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
