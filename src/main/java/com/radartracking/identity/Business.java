package com.radartracking.identity;

import com.radartracking.platform.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A tenant: the business that pays for RadarTracking. Its id is the tenant id everywhere. */
@Entity
@Table(name = "businesses")
class Business extends AssignedIdEntity {

    @Id
    private UUID id;

    private String name;

    @Column(name = "time_zone")
    private String timeZone;

    private String locale;

    private String currency;

    /** Set by platform operators only; the application role may not update it. */
    @Column(name = "location_limit", insertable = false, updatable = false)
    private Integer locationLimit;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Business() {
    }

    Business(UUID id, String name, String timeZone, String locale, String currency) {
        this.id = id;
        this.name = name;
        this.timeZone = timeZone;
        this.locale = locale;
        this.currency = currency;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void update(String name, String timeZone, String locale, String currency) {
        this.name = name;
        this.timeZone = timeZone;
        this.locale = locale;
        this.currency = currency;
        this.updatedAt = Instant.now();
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    String timeZone() {
        return timeZone;
    }

    String locale() {
        return locale;
    }

    String currency() {
        return currency;
    }

    Integer locationLimit() {
        return locationLimit;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
