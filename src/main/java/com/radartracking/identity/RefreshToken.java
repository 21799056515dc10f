package com.radartracking.identity;

import com.radartracking.platform.persistence.AssignedIdEntity;
import com.radartracking.platform.tenancy.TenantContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One issued refresh token, stored only as a SHA-256 hash. Tokens rotate: each use marks the token
 * rotated and issues the next in the same family; a rotated token used again means it was stolen,
 * and the whole family is revoked.
 */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken extends AssignedIdEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "business_id")
    private UUID businessId;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "family_id")
    private UUID familyId;

    @Column(name = "token_hash")
    private byte[] tokenHash;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "rotated_at")
    private Instant rotatedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected RefreshToken() {
    }

    RefreshToken(UUID userId, UUID familyId, byte[] tokenHash, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.businessId = TenantContext.require();
        this.userId = userId;
        this.familyId = familyId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.createdAt = Instant.now();
    }

    boolean usable(Instant now) {
        return rotatedAt == null && revokedAt == null && expiresAt.isAfter(now);
    }

    boolean wasRotated() {
        return rotatedAt != null;
    }

    void rotate(Instant now) {
        rotatedAt = now;
    }

    UUID userId() {
        return userId;
    }

    UUID familyId() {
        return familyId;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
