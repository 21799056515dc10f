package com.radartracking.customers;

import com.radartracking.platform.persistence.AssignedIdEntity;
import com.radartracking.platform.tenancy.TenantContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A customer of the business: contact data (canonical forms), birthday, preferred location and tags.
 * The visit counters and the tags are written only by atomic SQL updates ({@link CustomerWrites}), never
 * by Hibernate, so an edit of the name can never overwrite a visit counted meanwhile.
 */
@Entity
@Table(name = "customers")
class Customer extends AssignedIdEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "business_id")
    private UUID businessId;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    private String email;

    private String phone;

    private LocalDate birthday;

    @Column(name = "preferred_location_id")
    private UUID preferredLocationId;

    /** text[]; only ever inserted from here (see the class comment). */
    @Column(updatable = false)
    private String[] tags;

    @Column(updatable = false)
    private String source;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Customer() {
    }

    Customer(ContactData data, List<String> tags, String source, Instant now) {
        this.id = UUID.randomUUID();
        this.businessId = TenantContext.require();
        apply(data, now);
        this.tags = tags.toArray(String[]::new);
        this.source = source;
        this.createdAt = now;
    }

    /** The editable fields, already validated and normalised. */
    record ContactData(String firstName, String lastName, String email, String phone, LocalDate birthday,
            UUID preferredLocationId) {
    }

    void apply(ContactData data, Instant now) {
        this.firstName = data.firstName();
        this.lastName = data.lastName();
        this.email = data.email();
        this.phone = data.phone();
        this.birthday = data.birthday();
        this.preferredLocationId = data.preferredLocationId();
        this.updatedAt = now;
    }

    ContactData contactData() {
        return new ContactData(firstName, lastName, email, phone, birthday, preferredLocationId);
    }

    UUID id() {
        return id;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
