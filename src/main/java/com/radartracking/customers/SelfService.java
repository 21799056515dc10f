package com.radartracking.customers;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.tenancy.TenantContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CustomerSelfService}: the same validation and matching as the panel and enrolment use. */
@Service
class SelfService implements CustomerSelfService {

    private final CustomerService customers;
    private final CustomerQueries queries;
    private final BusinessProfile business;
    private final JdbcTemplate jdbc;
    private final ActivityLog activityLog;

    SelfService(CustomerService customers, CustomerQueries queries, BusinessProfile business, JdbcTemplate jdbc,
            ActivityLog activityLog) {
        this.customers = customers;
        this.queries = queries;
        this.business = business;
        this.jdbc = jdbc;
        this.activityLog = activityLog;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> findByContact(String email, String phone) {
        String canonicalEmail = Contacts.email(email);
        String canonicalPhone = Contacts.phone(phone, business.current(TenantContext.require()).phoneRegion());
        if (canonicalEmail == null && canonicalPhone == null) {
            throw CustomerException.badInput("email", "An email or a phone number is required");
        }
        // Email first, like Enrolments: it is what the customer most likely typed the last time too.
        return jdbc.queryForList("""
                select id from customers where business_id = ? and (email = ? or phone = ?)
                 order by (email = ?) desc nulls last, created_at limit 1""",
                UUID.class, TenantContext.require(), canonicalEmail, canonicalPhone, canonicalEmail)
                .stream().findFirst();
    }

    @Override
    @Transactional
    public void updateProfile(UUID customerId, ProfileChange change) {
        queries.view(customerId).orElseThrow(() -> CustomerException.customerNotFound(customerId));
        List<String> changed = customers.applyPatch(customerId, new CustomerInput.Patch(change.firstName(),
                change.lastName(), null, null, change.birthday(), null, null));
        if (!changed.isEmpty()) {
            activityLog.recordSystem("customer.updated", "Customer", customerId,
                    Map.of("fields", changed, "actor", "CUSTOMER"));
        }
    }
}
