package com.radartracking.platform.tenancy;

import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One read-only transaction shared by every data fetcher and data loader of a GraphQL query over HTTP.
 *
 * <p>Why: each {@code @Transactional} read opens its own transaction, and each transaction must first
 * apply the tenant to row-level security ({@code set_config}, one more statement), so a page of customers
 * with three child fields cost twice its queries. Shared, the tenant is applied once per request and the
 * request holds one pooled connection instead of one per loader.
 *
 * <p>Still transaction-scoped: the setting is {@code SET LOCAL}, it dies when this transaction ends, and
 * the transaction always ends on the thread that began it ({@link #closeScope} in the request filter is
 * the backstop), so a pooled connection never carries a tenant to the next request. Mutations are not
 * covered (each keeps its own transactions), nor requests without a tenant, nor WebSocket operations.
 */
final class QueryTransactions {

    private static final ThreadLocal<Slot> SLOT = new ThreadLocal<>();

    private QueryTransactions() {
    }

    private static final class Slot {
        private JpaTransactionManager manager;
        private TransactionStatus status;
        private Object boundResource;
    }

    /** Marks the current (request) thread as one where a query transaction may begin. */
    static void openScope() {
        SLOT.set(new Slot());
    }

    /** Ends the query transaction if it is still open, and leaves the scope. */
    static void closeScope() {
        try {
            end();
        } finally {
            SLOT.remove();
        }
    }

    /**
     * Begins the shared transaction when this thread is in a scope, a tenant is set and no transaction is
     * active yet; otherwise does nothing (each read then opens its own transaction, as it always could).
     */
    static boolean begin(JpaTransactionManager manager) {
        Slot slot = SLOT.get();
        if (slot == null || slot.status != null || TenantContext.current().isEmpty()
                || TransactionSynchronizationManager.isActualTransactionActive()) {
            return false;
        }
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setReadOnly(true);
        definition.setName("graphql-query");
        slot.status = manager.getTransaction(definition);
        slot.manager = manager;
        slot.boundResource = TransactionSynchronizationManager.getResource(manager.getEntityManagerFactory());
        return true;
    }

    /** Ends the shared transaction (rolled back if a participant failed) when this thread began one. */
    static void end() {
        Slot slot = SLOT.get();
        if (slot == null || slot.status == null) {
            return;
        }
        TransactionStatus status = slot.status;
        slot.status = null;
        slot.boundResource = null;
        if (status.isCompleted()) {
            return;
        }
        if (status.isRollbackOnly()) {
            slot.manager.rollback(status);
        } else {
            slot.manager.commit(status);
        }
    }

    /**
     * When the transaction bound to this thread is the shared query transaction, suspends it so that work
     * for another tenant opens transactions of its own (with that tenant's setting), and returns what
     * resumes it; returns null when some other transaction is active, which the caller must refuse.
     */
    static Runnable suspendForAnotherTenant() {
        Slot slot = SLOT.get();
        if (slot == null || slot.status == null || slot.status.isCompleted()
                || TransactionSynchronizationManager.getResource(slot.manager.getEntityManagerFactory())
                        != slot.boundResource) {
            return null;
        }
        JpaTransactionManager manager = slot.manager;
        TransactionStatus suspended = manager.getTransaction(
                new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NOT_SUPPORTED));
        return () -> manager.commit(suspended);
    }
}
