package com.radartracking.campaigns.engine;

import static com.radartracking.campaigns.engine.CampaignEngineFixtures.CampaignSpec;
import static com.radartracking.campaigns.engine.CampaignEngineFixtures.CustomerSpec.named;
import static com.radartracking.campaigns.engine.CampaignEngineFixtures.now;
import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.RadarTrackingApplication;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.CampaignStore;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two-instance test: two more application contexts (two SpringApplication instances, each with
 * its own connection pool, ShedLock lock provider and scheduler beans) on the same database poll the same
 * due campaigns at the same time. Each scheduled run happens once, and no customer receives a campaign twice
 * for one occurrence (campaign_deliveries and notifications counted). A second round bypasses ShedLock
 * (both instances run the same campaign directly, as after an expired lock): still one run and one message
 * per customer, thanks to the campaign row lock and the unique delivery key. The shared test context only
 * signs up the businesses and writes the data.
 */
class CampaignTwoInstancesIT extends ApiIntegrationTest {

    private static final List<ConfigurableApplicationContext> INSTANCES = new ArrayList<>();
    /** One thread per instance: the common pool has a single thread on a 2-core machine. */
    private static final java.util.concurrent.ExecutorService THREADS =
            java.util.concurrent.Executors.newFixedThreadPool(2);

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CampaignStore store;

    /** After the shared test context (an instance method): it has migrated the database the instances use. */
    @BeforeEach
    void startTwoInstances() {
        if (!INSTANCES.isEmpty()) {
            return;
        }
        for (int i = 0; i < 2; i++) {
            // Command-line arguments: they outrank application.yml (server.port would otherwise be 8080).
            INSTANCES.add(new SpringApplicationBuilder(RadarTrackingApplication.class)
                    .profiles("test")
                    // Small pools and no Flyway (the shared test context migrated the database): the machine's
                    // PostgreSQL serves several test runs at once within 100 connections.
                    .run("--server.port=0", "--spring.datasource.hikari.maximum-pool-size=3",
                            "--spring.datasource.hikari.minimum-idle=1", "--spring.flyway.enabled=false",
                            "--spring.application.name=campaign-instance-" + i));
        }
    }

    @AfterAll
    static void stopInstances() {
        INSTANCES.forEach(ConfigurableApplicationContext::close);
        INSTANCES.clear();
    }

    @Test
    void twoInstancesPollingTheSameDueCampaignsRunEachOnceAndMessageEachCustomerOnce() throws Exception {
        CampaignEngineFixtures data = new CampaignEngineFixtures(jdbc, transactions, store);
        UUID cafe = signUpBusiness("Café Uno").businessId();
        UUID panaderia = signUpBusiness("Panadería Dos").businessId();
        Instant now = now();
        LocalDate today = now.atZone(ZoneId.of("America/Bogota")).toLocalDate();
        Map<UUID, List<UUID>> audience = new java.util.HashMap<>();
        List<UUID> cafeCustomers = new ArrayList<>();
        List<UUID> panaderiaCustomers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // Lapsed 40 days ago, with today's birthday (in Bogotá, the businesses' zone).
            CampaignEngineFixtures.CustomerSpec spec = named("C" + i).lastVisit(now.minus(Duration.ofDays(40)))
                    .birthday(today.withYear(1990 + i).toString());
            cafeCustomers.add(data.customer(cafe, spec));
            panaderiaCustomers.add(data.customer(panaderia, spec));
        }
        List<UUID> cafeCampaigns = List.of(
                data.campaign(cafe, CampaignSpec.oneOff(null), CampaignStatus.ACTIVE, now, now),
                data.campaign(cafe, CampaignSpec.daily("10:00"), CampaignStatus.ACTIVE, now, now),
                data.campaign(cafe, CampaignSpec.triggered(CampaignEngineFixtures.inactivity(30)), CampaignStatus.ACTIVE,
                        now, now));
        List<UUID> panaderiaCampaigns = List.of(
                data.campaign(panaderia, CampaignSpec.oneOff(now.minusSeconds(30)), CampaignStatus.SCHEDULED,
                        now.minusSeconds(30), now),
                data.campaign(panaderia, CampaignSpec.triggered(CampaignEngineFixtures.birthday()),
                        CampaignStatus.ACTIVE, now, now));
        cafeCampaigns.forEach(c -> audience.put(c, cafeCustomers));
        panaderiaCampaigns.forEach(c -> audience.put(c, panaderiaCustomers));
        Map<UUID, UUID> businessOf = new java.util.HashMap<>();
        cafeCampaigns.forEach(c -> businessOf.put(c, cafe));
        panaderiaCampaigns.forEach(c -> businessOf.put(c, panaderia));

        // Both instances poll together, a few times each, as their schedulers would.
        List<CampaignRunner.Run> runs = Collections.synchronizedList(new ArrayList<>());
        int[] skippedByLock = new int[2];
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Void>> pollers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int instance = i;
            CampaignPoll poll = INSTANCES.get(i).getBean(CampaignPoll.class);
            pollers.add(CompletableFuture.runAsync(() -> {
                for (int round = 0; round < 5; round++) {
                    try {
                        start.await(60, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    CampaignPoll.Result result = poll.runDue();
                    if (result == null) {
                        skippedByLock[instance]++;
                    } else {
                        runs.addAll(result.runs());
                    }
                }
            }, THREADS));
        }
        CompletableFuture.allOf(pollers.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);

        // Each scheduled run happened once (other tests' leftovers in the shared database are ignored).
        Map<UUID, Long> completedRuns = runs.stream().filter(r -> audience.containsKey(r.campaignId()))
                .filter(r -> r.outcome() == CampaignRunner.Outcome.RAN || r.outcome() == CampaignRunner.Outcome.COMPLETED)
                .collect(Collectors.groupingBy(CampaignRunner.Run::campaignId, Collectors.counting()));
        assertThat(completedRuns).containsOnlyKeys(audience.keySet()).allSatisfy((campaign, count) ->
                assertThat(count).as("runs of campaign %s", campaign).isEqualTo(1));
        for (UUID campaign : audience.keySet()) {
            UUID business = businessOf.get(campaign);
            assertOnceEach(data, business, campaign, audience.get(campaign));
            // One send per id range with customers in it: the run's two workers (radar.campaigns.workers) each
            // claim their half of the six in one batch.
            assertThat(data.count(business, "select count(*) from push_sends where campaign_id = ?", campaign))
                    .as("sends of %s", campaign).isBetween(1, 2);
        }
        assertThat(data.find(cafe, cafeCampaigns.get(0)).status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(data.find(panaderia, panaderiaCampaigns.get(0)).status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(data.find(cafe, cafeCampaigns.get(1)).nextRunAt()).isAfter(now);
    }

    @Test
    void twoInstancesRunningTheSameCampaignWithoutTheLockStillMessageEachCustomerOnce() throws Exception {
        CampaignEngineFixtures data = new CampaignEngineFixtures(jdbc, transactions, store);
        UUID business = signUpBusiness("Café Tres").businessId();
        List<UUID> customers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            customers.add(data.customer(business, named("C" + i)));
        }
        Instant now = now();
        UUID campaign = data.campaign(business, CampaignSpec.daily("10:00"), CampaignStatus.ACTIVE, now, now);

        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<CampaignRunner.Run>> both = INSTANCES.stream().map(ctx -> {
            CampaignRunner runner = ctx.getBean(CampaignRunner.class);
            return CompletableFuture.supplyAsync(() -> {
                try {
                    start.await(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return TenantContext.callAs(business, () -> runner.run(campaign, Instant.now().plusSeconds(600), 7));
            }, THREADS);
        }).toList();
        List<CampaignRunner.Outcome> outcomes = new ArrayList<>();
        for (CompletableFuture<CampaignRunner.Run> run : both) {
            outcomes.add(run.get(5, TimeUnit.MINUTES).outcome());
        }

        // One of them ran it (or both shared its batches); either way one completed run and one message each.
        assertThat(outcomes).isSubsetOf(CampaignRunner.Outcome.RAN, CampaignRunner.Outcome.NOT_DUE,
                CampaignRunner.Outcome.STOPPED).contains(CampaignRunner.Outcome.RAN);
        assertThat(outcomes.stream().filter(o -> o == CampaignRunner.Outcome.RAN)).hasSize(1);
        assertOnceEach(data, business, campaign, customers);
    }

    /** Each customer claimed once for the campaign and notified once (one device each). */
    private static void assertOnceEach(CampaignEngineFixtures data, UUID business, UUID campaign, List<UUID> customers) {
        List<UUID> claimed = data.deliveredTo(business, campaign);
        assertThat(claimed).as("claims of %s", campaign).containsExactlyInAnyOrderElementsOf(customers);
        List<UUID> notified = data.notifiedCustomers(business, campaign);
        assertThat(notified).as("notifications of %s", campaign).containsExactlyInAnyOrderElementsOf(customers);
        assertThat(Set.copyOf(notified)).hasSize(customers.size());
    }
}
