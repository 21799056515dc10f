package com.radartracking.customers;

import com.radartracking.platform.persistence.AssignedIdEntity;
import com.radartracking.platform.tenancy.TenantContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A customer came to a location (append-only). */
@Entity
@Table(name = "visits")
class Visit extends AssignedIdEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "business_id")
    private UUID businessId;

    @Column(name = "customer_id", updatable = false)
    private UUID customerId;

    @Column(name = "location_id", updatable = false)
    private UUID locationId;

    @Column(updatable = false)
    private BigDecimal amount;

    @Column(updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private VisitSource source;

    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;

    @Column(name = "recorded_by", updatable = false)
    private UUID recordedBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Visit() {
    }

    Visit(UUID customerId, UUID locationId, BigDecimal amount, String currency, VisitSource source,
            Instant occurredAt, UUID recordedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.businessId = TenantContext.require();
        this.customerId = customerId;
        this.locationId = locationId;
        this.amount = amount;
        this.currency = amount == null ? null : currency;
        this.source = source;
        this.occurredAt = occurredAt;
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    VisitView view() {
        return new VisitView(id, businessId, customerId, locationId, amount == null ? null : CustomerQueries.plain(amount),
                currency, source, occurredAt, recordedBy, createdAt);
    }

    UUID id() {
        return id;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
