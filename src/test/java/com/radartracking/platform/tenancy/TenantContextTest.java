package com.radartracking.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TenantContextTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();

    @AfterEach
    void clean() {
        TenantContext.propagate(null);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
    }

    @Test
    void failsClosedWhenNothingIsSet() {
        assertThat(TenantContext.current()).isEmpty();
        assertThatThrownBy(TenantContext::require).isInstanceOf(TenantContextMissingException.class)
                .hasMessageContaining("Tenant context not set");
    }

    @Test
    void runAsSetsAndRestores() {
        TenantContext.runAs(a, () -> {
            assertThat(TenantContext.require()).isEqualTo(a);
            assertThat(TenantContext.callAs(b, TenantContext::require)).isEqualTo(b);
            assertThat(TenantContext.require()).isEqualTo(a);
        });
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void restoresEvenWhenTheWorkThrows() {
        assertThatThrownBy(() -> TenantContext.runAs(a, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void refusesANullTenant() {
        assertThatThrownBy(() -> TenantContext.enter(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesSwitchingTenantInsideATransactionButAllowsReenteringTheSame() {
        try (TenantContext.Scope ignored = TenantContext.enter(a)) {
            TransactionSynchronizationManager.setActualTransactionActive(true);
            assertThatThrownBy(() -> TenantContext.enter(b)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("transaction");
            assertThat(TenantContext.callAs(a, TenantContext::require)).isEqualTo(a);
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
    }

    @Test
    void doesNotLeakToOtherThreads() throws Exception {
        TenantContext.runAs(a, () -> assertThat(
                CompletableFuture.supplyAsync(TenantContext::current).join()).isEmpty());
    }

    @Test
    void theAccessorMirrorsTheContextForPropagation() {
        TenantContextAccessor accessor = new TenantContextAccessor();
        assertThat(accessor.getValue()).isNull();
        accessor.setValue(a);
        assertThat(TenantContext.require()).isEqualTo(a);
        accessor.setValue();
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void theHibernateResolverUsesTheNilTenantWhenNothingIsSet() {
        TenantIdentifierResolver resolver = new TenantIdentifierResolver();
        assertThat(resolver.resolveCurrentTenantIdentifier()).isEqualTo(new UUID(0, 0));
        TenantContext.runAs(a, () -> assertThat(resolver.resolveCurrentTenantIdentifier()).isEqualTo(a));
    }
}
