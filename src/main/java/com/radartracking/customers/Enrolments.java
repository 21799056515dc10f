package com.radartracking.customers;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.tenancy.TenantContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CustomerEnrolment}: find by email, then phone, else create; consents recorded either way. */
@Service
class Enrolments implements CustomerEnrolment {

    static final Set<String> SOURCES = Set.of("APP", "IMPORT", "API");

    private final CustomerService customers;
    private final ConsentLedger consents;
    private final BusinessProfile business;
    private final JdbcTemplate jdbc;
    private final ActivityLog activityLog;

    Enrolments(CustomerService customers, ConsentLedger consents, BusinessProfile business, JdbcTemplate jdbc,
            ActivityLog activityLog) {
        this.customers = customers;
        this.consents = consents;
        this.business = business;
        this.jdbc = jdbc;
        this.activityLog = activityLog;
    }

    @Override
    @Transactional
    public Enrolment enrol(Applicant applicant, String source) {
        if (!SOURCES.contains(source)) {
            throw CustomerException.badInput("source", "source must be one of " + SOURCES);
        }
        String email = Contacts.email(applicant.email());
        String phone = Contacts.phone(applicant.phone(), business.current(TenantContext.require()).phoneRegion());
        if (email == null && phone == null) {
            throw CustomerException.badInput("email", "An email or a phone number is required to enrol");
        }
        ConsentLedger.ChangedBy by = "APP".equals(source) ? ConsentLedger.ChangedBy.customer()
                : ConsentLedger.ChangedBy.system();
        ConsentSource consentSource = applicant.consentSource() != null ? applicant.consentSource()
                : "APP".equals(source) ? ConsentSource.APP : "IMPORT".equals(source) ? ConsentSource.IMPORT
                : ConsentSource.API;
        Optional<UUID> existing = existing(email, phone);
        if (existing.isPresent()) {
            if (!applicant.consents().isEmpty()) {
                consents.apply(existing.get(), applicant.consents(), consentSource, by);
            }
            return new Enrolment(existing.get(), false);
        }
        UUID id = customers.insert(new CustomerInput.NewCustomer(applicant.firstName(), applicant.lastName(),
                email, phone, applicant.birthday(), applicant.preferredLocationId(), List.of(),
                applicant.consents(), consentSource), source, by);
        if (CurrentActor.find().isPresent()) {
            activityLog.record("customer.enrolled", "Customer", id, Map.of("source", source));
        } else {
            activityLog.recordSystem("customer.enrolled", "Customer", id, Map.of("source", source));
        }
        return new Enrolment(id, true);
    }

    private Optional<UUID> existing(String email, String phone) {
        List<UUID> found = jdbc.queryForList("""
                select id from customers where business_id = ? and (email = ? or phone = ?)
                 order by (email = ?) desc nulls last, created_at limit 1""",
                UUID.class, TenantContext.require(), email, phone, email);
        return found.stream().findFirst();
    }
}
