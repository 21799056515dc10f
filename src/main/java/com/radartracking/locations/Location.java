package com.radartracking.locations;

import com.radartracking.platform.persistence.AssignedIdEntity;
import com.radartracking.platform.tenancy.TenantContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.locationtech.jts.geom.Point;

/** A place where the business receives customers. */
@Entity
@Table(name = "locations")
class Location extends AssignedIdEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "business_id")
    private UUID businessId;

    private String name;

    private String address;

    @Column(name = "time_zone")
    private String timeZone;

    /** geography(Point, 4326): x = longitude, y = latitude. */
    @Column(columnDefinition = "geography(Point,4326)")
    private Point point;

    private boolean active = true;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Location() {
    }

    Location(String name, String address, String timeZone, Point point) {
        this.id = UUID.randomUUID();
        this.businessId = TenantContext.require();
        this.name = name;
        this.address = address;
        this.timeZone = timeZone;
        this.point = point;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void update(String name, String address, String timeZone, Point point) {
        this.name = name;
        this.address = address;
        this.timeZone = timeZone;
        this.point = point;
        this.updatedAt = Instant.now();
    }

    void setActive(boolean active) {
        this.active = active;
        this.updatedAt = Instant.now();
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    String address() {
        return address;
    }

    String timeZone() {
        return timeZone;
    }

    Point point() {
        return point;
    }

    boolean active() {
        return active;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
