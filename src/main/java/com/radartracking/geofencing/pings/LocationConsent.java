package com.radartracking.geofencing.pings;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.radartracking.customers.ConsentType;
import com.radartracking.customers.CustomerConsentChanged;
import com.radartracking.customers.CustomerConsents;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Whether a customer of the current business has granted location consent, as the ping path asks it on
 * every request. The answer (granted or not) is remembered per instance for
 * {@code radar.geo.consent-cache-ttl} (5 s), for the bursts of an app that sends its fixes as they come; a
 * device that reports once a minute reads it every time, in one statement that also proves the customer
 * exists (an unknown customer is never remembered: it is the customers module's NOT_FOUND every time).
 *
 * <p>The bound on a revocation: on the instance that records the change the answer is forgotten when its
 * transaction commits ({@link CustomerConsentChanged}), so the next ping is refused at once; on every other
 * instance it takes at most the TTL. A reader that read the old answer just before the change commits
 * cannot put it back after the change was forgotten: it re-checks a change counter after its put.
 */
@Component
class LocationConsent {

    private final CustomerConsents consents;
    private final Cache<Key, Boolean> answers;
    private final AtomicLong changes = new AtomicLong();

    private record Key(UUID businessId, UUID customerId) {
    }

    @Autowired
    LocationConsent(CustomerConsents consents, GeoProperties properties) {
        this(consents, properties.consentCacheTtl(), Ticker.systemTicker());
    }

    LocationConsent(CustomerConsents consents, Duration ttl, Ticker ticker) {
        this.consents = consents;
        this.answers = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(ttl).ticker(ticker).build();
    }

    /** True when the customer granted location consent; the customers module's NOT_FOUND for an unknown one. */
    boolean granted(UUID customerId) {
        Key key = new Key(TenantContext.require(), customerId);
        Boolean known = answers.getIfPresent(key);
        if (known != null) {
            return known;
        }
        long seen = changes.get();
        boolean granted = consents.granted(customerId, ConsentType.LOCATION);
        answers.put(key, granted);
        if (changes.get() != seen) {
            // A consent changed while we read: our answer may predate it, so it is not remembered.
            answers.invalidate(key);
        }
        return granted;
    }

    /** Forgets the customer's answer once a change of it has committed (or at once without a transaction). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(CustomerConsentChanged change) {
        if (change.type() == ConsentType.LOCATION) {
            changes.incrementAndGet();
            answers.invalidate(new Key(change.businessId(), change.customerId()));
        }
    }
}
