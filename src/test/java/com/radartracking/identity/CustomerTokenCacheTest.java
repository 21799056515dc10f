package com.radartracking.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Verified customer tokens are remembered until they expire: remembering must change nothing of what
 * {@link CustomerTokens#verify} accepts (expiry still checked against the clock on every hit, a token
 * altered in any character is verified again and refused, a panel-shaped token stays refused).
 */
class CustomerTokenCacheTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-29T12:00:00Z"));
    private final AuthProperties properties = new AuthProperties("http://issuer.test", "", Duration.ofMinutes(15),
            Duration.ofDays(30), Duration.ofDays(7), "business_id", "role", "radar:",
            new AuthProperties.Login(10, 50, Duration.ofMinutes(15), 5, Duration.ofMinutes(15)));
    private final CustomerTokenService tokens = new CustomerTokenService(new SigningKeys(properties), properties, clock,
            Duration.ofMinutes(30));

    private final UUID business = UUID.randomUUID();
    private final UUID customer = UUID.randomUUID();

    @Test
    void aRememberedTokenIsRefusedOnceExpired() {
        CustomerTokens.IssuedCustomerToken issued = tokens.issue(business, customer);
        assertThat(tokens.verify(issued.value())).hasValueSatisfying(claims -> {
            assertThat(claims.businessId()).isEqualTo(business);
            assertThat(claims.customerId()).isEqualTo(customer);
        });
        clock.advance(Duration.ofMinutes(29));
        assertThat(tokens.verify(issued.value())).as("remembered, still valid").isPresent();
        // Past the expiry and the decoder's 60 s of allowed clock skew: refused, remembered or not.
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        assertThat(tokens.verify(issued.value())).isEmpty();
        assertThat(tokens.verify(issued.value())).as("and stays refused").isEmpty();
    }

    @Test
    void anAlteredTokenIsVerifiedAgainAndRefused() {
        String token = tokens.issue(business, customer).value();
        assertThat(tokens.verify(token)).isPresent();
        String[] parts = token.split("\\.");
        String signature = parts[2];
        char last = signature.charAt(signature.length() - 2);
        String badSignature = parts[0] + "." + parts[1] + "." + signature.substring(0, signature.length() - 2)
                + (last == 'A' ? 'B' : 'A') + signature.charAt(signature.length() - 1);
        assertThat(tokens.verify(badSignature)).isEmpty();
        String otherClaims = tokens.issue(UUID.randomUUID(), customer).value().split("\\.")[1];
        assertThat(tokens.verify(parts[0] + "." + otherClaims + "." + signature))
                .as("another token's claims under this token's signature").isEmpty();
        assertThat(tokens.verify(token)).as("the original still verifies").isPresent();
    }

    @Test
    void aTokenOfAnotherKeyIsRefusedEvenWithTheSameClaims() {
        CustomerTokenService otherInstance = new CustomerTokenService(new SigningKeys(properties), properties, clock,
                Duration.ofMinutes(30));
        String foreign = otherInstance.issue(business, customer).value();
        assertThat(otherInstance.verify(foreign)).isPresent();
        assertThat(tokens.verify(foreign)).isEmpty();
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
