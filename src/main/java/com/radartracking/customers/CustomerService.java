package com.radartracking.customers;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Creating and editing customers (Admins and Staff); duplicates by email or phone are refused. */
@Service
class CustomerService {

    static final String PANEL = "PANEL";

    private final CustomerRepository customers;
    private final CustomerQueries queries;
    private final CustomerValidation validation;
    private final CustomerTags tags;
    private final DuplicateContacts duplicates;
    private final ConsentLedger consents;
    private final BusinessProfile business;
    private final ActivityLog activityLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerService(CustomerRepository customers, CustomerQueries queries, CustomerValidation validation,
            CustomerTags tags, DuplicateContacts duplicates, ConsentLedger consents, BusinessProfile business,
            ActivityLog activityLog, ApplicationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.queries = queries;
        this.validation = validation;
        this.tags = tags;
        this.duplicates = duplicates;
        this.consents = consents;
        this.business = business;
        this.activityLog = activityLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    CustomerView create(CustomerInput.NewCustomer input) {
        Actor actor = CurrentActor.requireRole(Role.ADMIN, Role.STAFF);
        UUID id = insert(input, PANEL, ConsentLedger.ChangedBy.user(actor.userId()));
        activityLog.record("customer.created", "Customer", id, Map.of("source", PANEL));
        return queries.view(id).orElseThrow();
    }

    /**
     * Validates and inserts a customer, records the consents given with it and publishes
     * {@link CustomerEnrolled}. No role check: callers decide who may create (the panel, the app).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    UUID insert(CustomerInput.NewCustomer input, String source, ConsentLedger.ChangedBy consentBy) {
        UUID businessId = TenantContext.require();
        String region = business.current(businessId).phoneRegion();
        Customer.ContactData data = validation.contactData(input.firstName(), input.lastName(), input.email(),
                input.phone(), input.birthday(), input.preferredLocationId(), region);
        List<String> tagList = CustomerValidation.tags(input.tags());
        duplicates.refuse(data.email(), data.phone(), null);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Customer customer = new Customer(data, tagList, source, now);
        try {
            customers.saveAndFlush(customer);
        } catch (DataIntegrityViolationException e) {
            throw duplicates.raced(e, data.email(), data.phone(), null);
        }
        if (!input.consents().isEmpty()) {
            consents.apply(customer.id(), input.consents(),
                    input.consentSource() == null ? ConsentSource.PANEL : input.consentSource(), consentBy);
        }
        events.publishEvent(new CustomerEnrolled(businessId, customer.id(), now, source));
        return customer.id();
    }

    @Transactional
    CustomerView update(UUID id, CustomerInput.Patch patch) {
        CurrentActor.requireRole(Role.ADMIN, Role.STAFF);
        List<String> changed = applyPatch(id, patch);
        activityLog.record("customer.updated", "Customer", id, Map.of("fields", changed));
        return queries.view(id).orElseThrow();
    }

    /**
     * Validates and applies an edit; returns the names of the fields that changed. No role check and no
     * activity log: the caller (a panel user, the customer themself in the app) records who did it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<String> applyPatch(UUID id, CustomerInput.Patch patch) {
        Customer customer = customers.findById(id).orElseThrow(() -> CustomerException.customerNotFound(id));
        Customer.ContactData before = customer.contactData();
        String region = business.current(TenantContext.require()).phoneRegion();
        Customer.ContactData after = validation.contactData(
                patch.firstName() == null ? before.firstName() : patch.firstName(),
                patch.lastName() == null ? before.lastName() : patch.lastName().orElse(null),
                patch.email() == null ? before.email() : patch.email().orElse(null),
                patch.phone() == null ? before.phone() : patch.phone().orElse(null),
                patch.birthday() == null ? before.birthday() : patch.birthday().orElse(null),
                patch.preferredLocationId() == null ? before.preferredLocationId()
                        : patch.preferredLocationId().orElse(null),
                region);
        List<String> changed = changedFields(before, after);
        if (!Objects.equals(before.email(), after.email()) || !Objects.equals(before.phone(), after.phone())) {
            duplicates.refuse(after.email(), after.phone(), id);
        }
        if (!changed.isEmpty()) {
            customer.apply(after, clock.instant().truncatedTo(ChronoUnit.MICROS));
            try {
                customers.flush();
            } catch (DataIntegrityViolationException e) {
                throw duplicates.raced(e, after.email(), after.phone(), id);
            }
        }
        if (patch.tags() != null) {
            tags.replace(id, CustomerValidation.tags(patch.tags()));
            changed.add("tags");
        }
        return changed;
    }

    @Transactional
    CustomerView addTag(UUID id, String tag) {
        CurrentActor.requireRole(Role.ADMIN, Role.STAFF);
        String normalised = Contacts.tag(tag);
        tags.add(id, normalised);
        activityLog.record("customer.tag_added", "Customer", id, Map.of("tag", normalised));
        return queries.view(id).orElseThrow();
    }

    @Transactional
    CustomerView removeTag(UUID id, String tag) {
        CurrentActor.requireRole(Role.ADMIN, Role.STAFF);
        String normalised = Contacts.tag(tag);
        tags.remove(id, normalised);
        activityLog.record("customer.tag_removed", "Customer", id, Map.of("tag", normalised));
        return queries.view(id).orElseThrow();
    }

    /** Names of the changed fields (never their values: the activity log holds no contact data). */
    private static List<String> changedFields(Customer.ContactData before, Customer.ContactData after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.firstName(), after.firstName())) {
            changed.add("firstName");
        }
        if (!Objects.equals(before.lastName(), after.lastName())) {
            changed.add("lastName");
        }
        if (!Objects.equals(before.email(), after.email())) {
            changed.add("email");
        }
        if (!Objects.equals(before.phone(), after.phone())) {
            changed.add("phone");
        }
        if (!Objects.equals(before.birthday(), after.birthday())) {
            changed.add("birthday");
        }
        if (!Objects.equals(before.preferredLocationId(), after.preferredLocationId())) {
            changed.add("preferredLocationId");
        }
        return changed;
    }
}
