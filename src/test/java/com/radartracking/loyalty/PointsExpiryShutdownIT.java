package com.radartracking.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.jobs.JobShutdown;
import com.radartracking.platform.jobs.TenantJobRunner;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.TenantFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Points expiry stopped by its instance shutting down, at a chosen point: right after the first card's expiry
 * (its event published in its transaction, the flag raised there, so the check before the next card sees it).
 * The stopped run returns normally (as ShedLock needs to release the lock), leaves the card it did wholly expired
 * (ledger entry, balance, activity log) and the others untouched, and the next run expires exactly those.
 */
class PointsExpiryShutdownIT extends LoyaltyApiTest {

    private static final int CARDS = 3;

    @Autowired
    private PointsExpiryJob job;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private NamedParameterJdbcTemplate namedJdbc;

    @Autowired
    private CardStore cards;

    @Autowired
    private PointsLedger ledger;

    @Autowired
    private ActivityLog activityLog;

    @Autowired
    private Clock clock;

    @Test
    void aRunStoppedAfterOneCardLeavesTheOthersWholeAndTheNextRunExpiresThem() {
        TenantFixture tenant = signUpBusiness("Closing Café");
        String admin = tenant.adminToken();
        String location = createLocation(admin, "Centro", 4.6, -74.08);
        createPointsProgram(admin, "Club", 30);
        List<UUID> cardIds = IntStream.rangeClosed(1, CARDS).mapToObj(i -> {
            String customer = createCustomer(admin, "Cliente" + i);
            recordVisit(admin, customer, location, null);
            return UUID.fromString(cardsOfCustomer(admin, customer).path(0).path("id").asString());
        }).toList();
        Instant asOf = Instant.now().plus(Duration.ofDays(31));

        // This instance's context, closed (its flag raised) as the first card's expiry is published.
        GenericApplicationContext instance = new GenericApplicationContext();
        JobShutdown shutdown = new JobShutdown(instance);
        ApplicationEventPublisher closingAfterFirstCard = event -> {
            context.publishEvent(event);
            if (event instanceof PointsExpired) {
                shutdown.onApplicationEvent(new ContextClosedEvent(instance));
            }
        };
        PointsExpiryJob stopping = new PointsExpiryJob(new TenantJobRunner(jdbc, shutdown), shutdown, namedJdbc,
                cards, ledger, transactions, activityLog, closingAfterFirstCard, clock);

        long expiredBeforeStop = TenantContext.callAs(tenant.businessId(), () -> stopping.expireAll(asOf));

        assertThat(expiredBeforeStop).isEqualTo(10);
        List<UUID> expiredCards = cardIds.stream().filter(card -> balance(tenant, card) == 0).toList();
        assertThat(expiredCards).hasSize(1);
        for (UUID card : cardIds) {
            boolean expired = expiredCards.contains(card);
            assertThat(balance(tenant, card)).as("balance of card %s", card).isEqualTo(expired ? 0 : 10);
            assertThat(expiryEntries(tenant, card)).as("expiry entries of card %s", card).isEqualTo(expired ? 1 : 0);
            assertThat(actions(tenant.businessId(), card.toString())).as("activity of card %s", card)
                    .filteredOn("loyalty.points_expired"::equals).hasSize(expired ? 1 : 0);
        }

        // The next run (an instance not shutting down) expires exactly the cards left, each once.
        long expiredByNextRun = TenantContext.callAs(tenant.businessId(), () -> job.expireAll(asOf));

        assertThat(expiredByNextRun).isEqualTo(10L * (CARDS - 1));
        for (UUID card : cardIds) {
            assertThat(balance(tenant, card)).as("balance of card %s", card).isZero();
            assertThat(expiryEntries(tenant, card)).as("expiry entries of card %s", card).isEqualTo(1);
            assertThat(actions(tenant.businessId(), card.toString())).as("activity of card %s", card)
                    .filteredOn("loyalty.points_expired"::equals).hasSize(1);
        }
    }

    private long balance(TenantFixture tenant, UUID card) {
        return asTenant(tenant.businessId(), () ->
                jdbc.queryForObject("select balance from loyalty_cards where id = ?", Long.class, card));
    }

    private int expiryEntries(TenantFixture tenant, UUID card) {
        return asTenant(tenant.businessId(), () -> jdbc.queryForObject(
                "select count(*) from points_ledger where card_id = ? and reason = 'EXPIRY'", Integer.class, card));
    }
}
