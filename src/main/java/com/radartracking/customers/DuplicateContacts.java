package com.radartracking.customers;

import com.radartracking.platform.tenancy.TenantContext;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refuses a second customer with the same email or phone in a business, naming the first one. The check
 * before writing gives the friendly answer; the partial unique indexes settle races, and then the winner
 * is looked up in a fresh transaction (the failed one can no longer run statements).
 */
@Component
class DuplicateContacts {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate freshReadOnly;

    DuplicateContacts(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.freshReadOnly = new TransactionTemplate(transactions);
        freshReadOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        freshReadOnly.setReadOnly(true);
    }

    /** Throws CONFLICT when another customer (not {@code self}) has this email or phone. */
    void refuse(String email, String phone, UUID self) {
        CustomerException duplicate = find(email, phone, self);
        if (duplicate != null) {
            throw duplicate;
        }
    }

    /** Turns a unique-index violation into the CONFLICT the pre-check would have given. */
    RuntimeException raced(DataIntegrityViolationException violation, String email, String phone, UUID self) {
        CustomerException duplicate = freshReadOnly.execute(status -> find(email, phone, self));
        return duplicate != null ? duplicate : violation;
    }

    private CustomerException find(String email, String phone, UUID self) {
        if (email == null && phone == null) {
            return null;
        }
        return jdbc.query("""
                select id, email = ? as same_email from customers
                 where business_id = ? and (email = ? or phone = ?) and id <> ?
                 order by created_at limit 1""",
                rs -> {
                    if (!rs.next()) {
                        return null;
                    }
                    UUID existing = rs.getObject("id", UUID.class);
                    return rs.getBoolean("same_email")
                            ? CustomerException.duplicate("email", email, existing)
                            : CustomerException.duplicate("phone", phone, existing);
                },
                email, TenantContext.require(), email, phone, self == null ? new UUID(0, 0) : self);
    }
}
