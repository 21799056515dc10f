package com.radartracking.geofencing.pings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import com.radartracking.customers.ConsentSource;
import com.radartracking.customers.ConsentType;
import com.radartracking.customers.CustomerConsentChanged;
import com.radartracking.customers.CustomerConsents;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The bound of a consent revocation on the ping path: remembered at most the TTL when the change was
 * made elsewhere, forgotten at once when this instance saw it commit, never remembered across a change
 * that happened during the read, never remembered for an unknown customer, and kept per business.
 */
class LocationConsentTest {

    private static final Duration TTL = Duration.ofSeconds(5);

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final Answers answers = new Answers();
    private final LocationConsent consent = new LocationConsent(answers, TTL, ticker);

    private final UUID business = UUID.randomUUID();
    private final UUID customer = UUID.randomUUID();

    @Test
    void aRevocationMadeElsewhereStopsPingsWithinTheTtl() {
        answers.set(business, customer, true);
        assertThat(granted(business)).isTrue();
        answers.set(business, customer, false); // another instance: no event reaches this one
        assertThat(granted(business)).as("remembered").isTrue();
        nanos.addAndGet(TTL.toNanos() - 1);
        assertThat(granted(business)).as("still within the bound").isTrue();
        nanos.addAndGet(1);
        assertThat(granted(business)).as("at the bound").isFalse();
        assertThat(answers.reads.get()).isEqualTo(2);
    }

    @Test
    void aChangeCommittedHereIsSeenAtOnce() {
        answers.set(business, customer, true);
        assertThat(granted(business)).isTrue();
        answers.set(business, customer, false);
        consent.changed(change(business, customer, ConsentType.LOCATION, false));
        assertThat(granted(business)).isFalse();
        answers.set(business, customer, true);
        consent.changed(change(business, customer, ConsentType.LOCATION, true));
        assertThat(granted(business)).as("granting again works at once too").isTrue();
    }

    @Test
    void otherConsentTypesDoNotForgetTheAnswer() {
        answers.set(business, customer, true);
        assertThat(granted(business)).isTrue();
        consent.changed(change(business, customer, ConsentType.PUSH, false));
        assertThat(granted(business)).isTrue();
        assertThat(answers.reads.get()).isEqualTo(1);
    }

    @Test
    void anAnswerReadWhileAChangeCommitsIsNotRemembered() {
        answers.set(business, customer, true);
        // The change commits (and is forgotten) after our read saw the old answer but before we remember it.
        answers.duringRead = () -> {
            answers.set(business, customer, false);
            consent.changed(change(business, customer, ConsentType.LOCATION, false));
        };
        assertThat(granted(business)).as("the read saw the old answer").isTrue();
        answers.duringRead = null;
        assertThat(granted(business)).as("but did not remember it").isFalse();
    }

    @Test
    void anUnknownCustomerIsNeverRemembered() {
        assertThatThrownBy(() -> granted(business)).isInstanceOf(IllegalStateException.class);
        answers.set(business, customer, true);
        assertThat(granted(business)).isTrue();
    }

    @Test
    void answersAreKeptPerBusiness() {
        UUID other = UUID.randomUUID();
        answers.set(business, customer, true);
        answers.set(other, customer, false);
        assertThat(granted(business)).isTrue();
        assertThat(granted(other)).isFalse();
        consent.changed(change(other, customer, ConsentType.LOCATION, true));
        assertThat(granted(business)).isTrue();
        assertThat(answers.reads.get()).isEqualTo(2);
    }

    private boolean granted(UUID businessId) {
        return TenantContext.callAs(businessId, () -> consent.granted(customer));
    }

    private static CustomerConsentChanged change(UUID businessId, UUID customerId, ConsentType type, boolean granted) {
        return new CustomerConsentChanged(businessId, customerId, type, !granted, granted, ConsentSource.APP,
                Instant.now(), null);
    }

    /** The customers module's answers, per business and customer; an unknown customer throws. */
    private static final class Answers implements CustomerConsents {
        final Map<String, Boolean> location = new HashMap<>();
        final AtomicInteger reads = new AtomicInteger();
        Runnable duringRead;

        void set(UUID businessId, UUID customerId, boolean granted) {
            location.put(businessId + "/" + customerId, granted);
        }

        @Override
        public Map<ConsentType, Boolean> current(UUID customerId) {
            throw new UnsupportedOperationException("the ping path reads one answer");
        }

        @Override
        public boolean granted(UUID customerId, ConsentType type) {
            reads.incrementAndGet();
            Boolean granted = location.get(TenantContext.require() + "/" + customerId);
            if (granted == null) {
                throw new IllegalStateException("no such customer");
            }
            if (duringRead != null) {
                duringRead.run();
            }
            return type == ConsentType.LOCATION && granted;
        }

        @Override
        public void changeByCustomer(UUID customerId, Map<ConsentType, Boolean> answers, ConsentSource source) {
            throw new UnsupportedOperationException();
        }
    }
}
