package com.radartracking.campaigns.engine;

import static com.radartracking.campaigns.engine.CampaignEngineFixtures.CustomerSpec.named;
import static com.radartracking.campaigns.engine.CampaignEngineFixtures.now;
import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.CampaignStore;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exactly-once delivery under concurrency: two transactions claiming the same (campaign, customer,
 * occurrence) rows at the same time (two instances, a retry racing the original) end with one claim and one
 * push send; the second waits on the first's uncommitted claims and, once they commit, claims nothing.
 */
class CampaignDeliveriesIT extends ApiIntegrationTest {

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CampaignStore store;

    @Autowired
    CampaignDeliveries deliveries;

    private CampaignEngineFixtures data;
    private UUID business;
    private List<UUID> customers;
    private Campaign campaign;

    @BeforeEach
    void setUp() {
        data = new CampaignEngineFixtures(jdbc, transactions, store);
        business = signUpBusiness("Entregas").businessId();
        customers = List.of(data.customer(business, named("Ana")), data.customer(business, named("Luis")),
                data.customer(business, named("Eva")));
        UUID id = data.campaign(business, CampaignEngineFixtures.CampaignSpec.oneOff(null), CampaignStatus.ACTIVE,
                now(), now());
        campaign = data.find(business, id);
    }

    @Test
    void twoTransactionsDeliveringToTheSameRecipientsSendOnce() throws Exception {
        List<CampaignDeliveries.Recipient> recipients = customers.stream()
                .map(c -> new CampaignDeliveries.Recipient(c, "once")).toList();
        race(d -> d.deliver(campaign, recipients));
    }

    @Test
    void twoTransactionsClaimingTheSameSetBasedSelectionSendOnce() throws Exception {
        race(d -> d.deliverBatch(campaign, "customers c", "c.business_id = :businessId", "'once'",
                new MapSqlParameterSource(), 100, null).delivered());
    }

    /** Runs {@code delivery} in two transactions that overlap: the second starts while the first is uncommitted. */
    private void race(Function<CampaignDeliveries, CampaignDeliveries.Delivered> delivery) throws Exception {
        // Two threads of our own: the common pool has a single thread on a 2-core machine (no overlap at all).
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        CompletableFuture<CampaignDeliveries.Delivered> first = CompletableFuture.supplyAsync(() ->
                TenantContext.callAs(business, () -> transactions.execute(status -> {
                    CampaignDeliveries.Delivered delivered = delivery.apply(deliveries);
                    firstClaimed.countDown();
                    await(commitFirst);
                    return delivered;
                })), threads);
        assertThat(firstClaimed.await(60, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<CampaignDeliveries.Delivered> second = CompletableFuture.supplyAsync(() ->
                TenantContext.callAs(business, () -> transactions.execute(status -> delivery.apply(deliveries))), threads);
        // Give the second transaction time to reach the unique index and wait there (it is right either way).
        Thread.sleep(300);
        commitFirst.countDown();

        CampaignDeliveries.Delivered one = first.get(60, TimeUnit.SECONDS);
        CampaignDeliveries.Delivered other = second.get(60, TimeUnit.SECONDS);
        assertThat(one.claimed()).isEqualTo(3);
        assertThat(one.notifications()).isEqualTo(3);
        assertThat(other.claimed()).isZero();
        assertThat(other.sendId()).isNull();
        assertThat(data.deliveredTo(business, campaign.id())).containsExactlyInAnyOrderElementsOf(customers);
        assertThat(data.notifiedCustomers(business, campaign.id())).containsExactlyInAnyOrderElementsOf(customers);
        assertThat(data.count(business, "select count(*) from push_sends where campaign_id = ?", campaign.id()))
                .isEqualTo(1);
        assertThat(data.count(business, """
                select count(*) from campaign_deliveries where campaign_id = ? and send_id = ?""", campaign.id(),
                one.sendId())).isEqualTo(3);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
