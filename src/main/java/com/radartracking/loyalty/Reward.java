package com.radartracking.loyalty;

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
 * A reward of a program's catalogue. The stock is decremented by redemptions with an atomic SQL update
 * under the row lock, never through this entity (stock is not updatable here except by the Admin's
 * explicit restock, which also runs under the row lock, see {@link RewardService}).
 */
@Entity
@Table(name = "rewards")
class Reward extends AssignedIdEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "business_id")
    private UUID businessId;

    @Column(name = "program_id", updatable = false)
    private UUID programId;

    private String name;

    private String description;

    private long cost;

    private Integer stock;

    private boolean active;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Reward() {
    }

    Reward(UUID programId, Details details, Instant now) {
        this.id = UUID.randomUUID();
        this.businessId = TenantContext.require();
        this.programId = programId;
        this.active = true;
        this.createdAt = now;
        apply(details, now);
    }

    /** The editable fields, validated. */
    record Details(String name, String description, long cost, Integer stock) {
    }

    Details details() {
        return new Details(name, description, cost, stock);
    }

    void apply(Details details, Instant now) {
        this.name = details.name();
        this.description = details.description();
        this.cost = details.cost();
        this.stock = details.stock();
        this.updatedAt = now;
    }

    void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    UUID programId() {
        return programId;
    }

    RewardView view() {
        return new RewardView(id, businessId, programId, name, description, cost, stock, active, createdAt, updatedAt);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
