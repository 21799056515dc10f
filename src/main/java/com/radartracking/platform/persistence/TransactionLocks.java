package com.radartracking.platform.persistence;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * PostgreSQL advisory locks held until the current transaction ends, for check-then-act rules that no
 * constraint can express (e.g. "at most N active locations"): two transactions taking the same lock run
 * their check and their write one after the other, across every instance of the API.
 */
@Component
public class TransactionLocks {

    private final JdbcTemplate jdbc;

    TransactionLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits for and takes the lock named {@code scope} for {@code key} (typically a business id); released
     * at commit or rollback. Must be called inside a transaction, before the check it protects.
     */
    public void lock(String scope, UUID key) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("TransactionLocks.lock needs an open transaction");
        }
        jdbc.query("select pg_advisory_xact_lock(hashtext(?), hashtext(?))", resultSet -> null, scope, key.toString());
    }
}
