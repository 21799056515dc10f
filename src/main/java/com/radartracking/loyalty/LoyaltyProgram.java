package com.radartracking.loyalty;

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

/** A loyalty program of the business: how points (or stamps) are earned and when they expire. */
@Entity
@Table(name = "loyalty_programs")
class LoyaltyProgram extends AssignedIdEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "business_id")
    private UUID businessId;

    private String name;

    /** Fixed at creation: balances mean points or stamps for the life of the program. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private LoyaltyCards.ProgramKind kind;

    @Column(name = "points_per_visit")
    private int pointsPerVisit;

    @Column(name = "points_per_currency_unit")
    private BigDecimal pointsPerCurrencyUnit;

    @Column(name = "stamps_per_reward")
    private Integer stampsPerReward;

    @Column(name = "expiry_days")
    private Integer expiryDays;

    private boolean active;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected LoyaltyProgram() {
    }

    LoyaltyProgram(LoyaltyCards.ProgramKind kind, Rules rules, Instant now) {
        this.id = UUID.randomUUID();
        this.businessId = TenantContext.require();
        this.kind = kind;
        this.active = true;
        this.createdAt = now;
        apply(rules, now);
    }

    /** The editable rules, validated. */
    record Rules(String name, int pointsPerVisit, BigDecimal pointsPerCurrencyUnit, Integer stampsPerReward,
            Integer expiryDays) {
    }

    Rules rules() {
        return new Rules(name, pointsPerVisit, pointsPerCurrencyUnit, stampsPerReward, expiryDays);
    }

    void apply(Rules rules, Instant now) {
        this.name = rules.name();
        this.pointsPerVisit = rules.pointsPerVisit();
        this.pointsPerCurrencyUnit = rules.pointsPerCurrencyUnit();
        this.stampsPerReward = rules.stampsPerReward();
        this.expiryDays = rules.expiryDays();
        this.updatedAt = now;
    }

    void deactivate(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    void reactivate(Instant now) {
        this.active = true;
        this.updatedAt = now;
    }

    LoyaltyCards.ProgramKind kind() {
        return kind;
    }

    boolean active() {
        return active;
    }

    ProgramView view() {
        return new ProgramView(id, businessId, name, kind, pointsPerVisit, ProgramQueries.plain(pointsPerCurrencyUnit),
                stampsPerReward, expiryDays, active, createdAt, updatedAt);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
