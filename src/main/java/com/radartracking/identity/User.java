package com.radartracking.identity;

import com.radartracking.platform.persistence.AssignedIdEntity;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.platform.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.TenantId;

/** A person who works in the panel for one business. */
@Entity
@Table(name = "users")
class User extends AssignedIdEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "business_id")
    private UUID businessId;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean active = true;

    @Column(name = "failed_login_count")
    private int failedLoginCount;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Locations a STAFF user may act on; ignored for other roles. */
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100) // one query loads the assignments of a whole page of users
    @CollectionTable(name = "user_locations", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "location_id")
    private Set<UUID> locationIds = new HashSet<>();

    protected User() {
    }

    User(UUID id, String email, String displayName, String passwordHash, Role role) {
        this.id = id;
        this.businessId = TenantContext.require();
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a wrong password; locks the account once {@code lockAfter} failures pile up. */
    void recordFailedLogin(Instant now, int lockAfter, Duration lockDuration) {
        failedLoginCount++;
        if (failedLoginCount >= lockAfter) {
            lockedUntil = now.plus(lockDuration);
            failedLoginCount = 0;
        }
        updatedAt = now;
    }

    void recordSuccessfulLogin(Instant now) {
        failedLoginCount = 0;
        lockedUntil = null;
        lastLoginAt = now;
        updatedAt = now;
    }

    void changeRole(Role newRole, Collection<UUID> newLocationIds) {
        role = newRole;
        assignLocations(newLocationIds);
    }

    void assignLocations(Collection<UUID> newLocationIds) {
        locationIds.clear();
        locationIds.addAll(newLocationIds);
        updatedAt = Instant.now();
    }

    void deactivate() {
        active = false;
        updatedAt = Instant.now();
    }

    void reactivate() {
        active = true;
        updatedAt = Instant.now();
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

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    boolean active() {
        return active;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    Instant lastLoginAt() {
        return lastLoginAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    Set<UUID> locationIds() {
        return Set.copyOf(locationIds);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
