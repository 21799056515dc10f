package com.radartracking.platform.tenancy;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The business (tenant) the current unit of work acts for. Fails closed: {@link #require()} throws
 * when nothing is set, so code that forgot to establish a tenant breaks loudly instead of reading
 * across tenants. Filled from the JWT for requests and by {@link #runAs} for background work.
 */
public final class TenantContext {

    private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    /** The current business id; throws {@link TenantContextMissingException} when none is set. */
    public static UUID require() {
        UUID id = CURRENT.get();
        if (id == null) {
            throw new TenantContextMissingException();
        }
        return id;
    }

    public static Optional<UUID> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code work} as {@code businessId}, restoring whatever was set before. */
    public static void runAs(UUID businessId, Runnable work) {
        callAs(businessId, () -> {
            work.run();
            return null;
        });
    }

    /** Calls {@code work} as {@code businessId}, restoring whatever was set before. */
    public static <T> T callAs(UUID businessId, Supplier<T> work) {
        try (Scope ignored = enter(businessId)) {
            return work.get();
        }
    }

    /**
     * Enters a tenant scope; close it to restore the previous tenant. Switching tenant inside an open
     * transaction is refused: the database setting was fixed when the transaction began. The one
     * exception is the shared transaction of a GraphQL query ({@link QueryTransactions}), which nobody
     * opened explicitly: it is suspended for the scope, so the other tenant's work gets its own.
     */
    public static Scope enter(UUID businessId) {
        if (businessId == null) {
            throw new IllegalArgumentException("businessId must not be null");
        }
        UUID previous = CURRENT.get();
        Runnable resume = null;
        if (previous != null && !previous.equals(businessId)
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            resume = QueryTransactions.suspendForAnotherTenant();
            if (resume == null) {
                throw new IllegalStateException("Cannot switch tenant inside an open transaction");
            }
        }
        CURRENT.set(businessId);
        Runnable resumeQueryTransaction = resume;
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
            if (resumeQueryTransaction != null) {
                resumeQueryTransaction.run();
            }
        };
    }

    /** Used only by context propagation to mirror the submitting thread's tenant. */
    static void propagate(UUID businessId) {
        if (businessId == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(businessId);
        }
    }

    /** A tenant scope; closing it restores the previous tenant. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
