package com.radartracking.campaigns.engine;

import static com.radartracking.campaigns.engine.CampaignEngineFixtures.CampaignSpec;
import static com.radartracking.campaigns.engine.CampaignEngineFixtures.now;
import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.RadarTrackingApplication;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.CampaignStore;
import com.radartracking.support.ApiIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An instance stopped (its context closed, as on a deploy's SIGTERM) while its scheduler is in the middle of a
 * long campaign run: the run stops between batches, the close returns promptly, the ShedLock lock
 * {@code campaigns-due} is released rather than held until {@code lockAtMostFor}, and a poll elsewhere (the test
 * context's) resumes the run and completes it with every customer claimed once. The stopping instance is a
 * separate application (SpringApplicationBuilder) with its background poll on and batches of one customer, so
 * its run lasts long enough to be caught mid-way, and a shutdown phase timeout shorter than its run. Without
 * {@link com.radartracking.platform.jobs.JobShutdown} the close waits out that timeout, the run is interrupted, and the unlock fails
 * on the closing connection pool, leaving the lock held: what happens to a production run (up to the 10-minute
 * poll budget) on a deploy, with the 30-second default.
 */
class CampaignShutdownIT extends ApiIntegrationTest {

    private static final int CUSTOMERS = 1500;
    /**
     * The stopping instance's shutdown phase timeout: shorter than its run (as 30 s is than a production run of up
     * to the 10-minute poll budget), so a run that does not stop is waited for this long and then interrupted.
     */
    private static final Duration PHASE_TIMEOUT = Duration.ofSeconds(5);
    /** Under the phase timeout: the run stopped within a batch rather than being waited for. */
    private static final Duration CLOSE_BOUND = Duration.ofSeconds(4);

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CampaignStore store;

    @Autowired
    CampaignPoll poll;

    private ConfigurableApplicationContext instance;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @AfterEach
    void closeInstance() {
        if (instance != null) {
            instance.close();
        }
        ReflectionTestUtils.invokeMethod(expansionWorker(), "pause", false);
    }

    /** This context's push expansion worker (package-private in push.sending). */
    private Object expansionWorker() {
        try {
            return context.getBean(Class.forName("com.radartracking.push.sending.ExpansionWorker"));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private String sendStatus(CampaignEngineFixtures data, UUID business, String sendId) {
        return data.asTenant(business, () ->
                jdbc.queryForObject("select status from push_sends where id = ?::uuid", String.class, sendId));
    }

    @Test
    void anInstanceClosedMidRunStopsBetweenBatchesReleasesTheLockAndAnotherPollFinishesTheRun() throws Exception {
        CampaignEngineFixtures data = new CampaignEngineFixtures(jdbc, transactions, store);
        com.radartracking.support.TenantFixture tenant = signUpBusiness("Café Apagado");
        UUID business = tenant.businessId();
        List<UUID> customers = reachableCustomers(data, business, CUSTOMERS);
        Instant now = now();
        UUID campaign = data.campaign(business, CampaignSpec.oneOff(null), CampaignStatus.ACTIVE, now, now);

        // Its background poll starts at once and runs the campaign one customer per batch in two id ranges.
        instance = new SpringApplicationBuilder(RadarTrackingApplication.class)
                .profiles("test")
                .run("--server.port=0", "--spring.datasource.hikari.maximum-pool-size=4",
                        "--spring.datasource.hikari.minimum-idle=1", "--spring.flyway.enabled=false",
                        "--spring.application.name=campaign-stopping-instance",
                        "--radar.campaigns.scheduler-enabled=true", "--radar.campaigns.initial-delay=0s",
                        "--radar.campaigns.poll=1h", "--radar.campaigns.batch-size=1", "--radar.campaigns.workers=2",
                        "--spring.lifecycle.timeout-per-shutdown-phase=" + PHASE_TIMEOUT.toSeconds() + "s");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (claimed(data, business, campaign) < 20) {
            assertThat(System.nanoTime()).as("the instance's poll started the run").isLessThan(deadline);
            Thread.sleep(50);
        }
        assertThat(lockHeld()).as("the instance holds campaigns-due while it runs").isTrue();

        // Meanwhile the instance's other scheduled work goes on: a send to everyone is expanded by its push
        // expansion worker (this context's worker is paused) while its campaign run is still claiming. With the
        // campaign poll on the scheduler's one fixed-delay thread, the send waited for the whole run.
        ReflectionTestUtils.invokeMethod(expansionWorker(), "pause", true);
        String send = graphQl.execute(tenant.adminToken(), """
                mutation { sendPush(input: {audience: {kind: ALL}, message: {title: "Hoy", body: "Abierto"}}) { id } }""",
                java.util.Map.of()).ok().text("sendPush.id");
        long expandBy = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while ("EXPANDING".equals(sendStatus(data, business, send))) {
            assertThat(System.nanoTime()).as("the stopping instance expanded the send").isLessThan(expandBy);
            Thread.sleep(50);
        }
        assertThat(claimed(data, business, campaign)).as("claims when the send was expanded")
                .isLessThan(CUSTOMERS);

        long closing = System.nanoTime();
        instance.close();
        Duration closeTook = Duration.ofNanos(System.nanoTime() - closing);
        instance = null;

        // ShedLock released the lock as the poll returned: not left until lockAtMostFor (30 minutes), as when the
        // run is interrupted at the end of the phase timeout and the unlock finds the connection pool closing.
        assertThat(lockHeld()).as("campaigns-due still held after the instance stopped").isFalse();
        // The close came back within a bound, having stopped the run part-way (not by finishing it).
        assertThat(closeTook).as("close of the stopping instance").isLessThan(CLOSE_BOUND);
        int claimedByStopped = claimed(data, business, campaign);
        assertThat(claimedByStopped).as("claims when the instance stopped").isBetween(20, CUSTOMERS - 1);
        assertThat(data.find(business, campaign).status()).isEqualTo(CampaignStatus.ACTIVE);

        // A poll here gets the lock (null would mean it is still held) and resumes the run to its end.
        CampaignPoll.Result resumed = poll.runDue();
        assertThat(resumed).as("the poll got the lock").isNotNull();
        assertThat(resumed.runs()).filteredOn(run -> run.campaignId().equals(campaign)).singleElement()
                .satisfies(run -> {
                    assertThat(run.outcome()).isEqualTo(CampaignRunner.Outcome.COMPLETED);
                    assertThat(run.claimed()).isEqualTo(CUSTOMERS - claimedByStopped);
                });
        assertThat(data.find(business, campaign).status()).isEqualTo(CampaignStatus.COMPLETED);
        List<UUID> claimed = data.deliveredTo(business, campaign);
        assertThat(claimed).hasSize(CUSTOMERS).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(customers);
        List<UUID> notified = data.notifiedCustomers(business, campaign);
        assertThat(notified).hasSize(CUSTOMERS).doesNotHaveDuplicates();
    }

    /** {@code count} customers with push consent and a device each, written in three statements. */
    private List<UUID> reachableCustomers(CampaignEngineFixtures data, UUID business, int count) {
        return data.asTenant(business, () -> {
            List<UUID> ids = jdbc.queryForList("""
                    insert into customers (id, business_id, first_name, last_name, tags, source, visit_count,
                                           created_at, updated_at)
                    select gen_random_uuid(), ?, 'C' || g, 'Test', '{}', 'PANEL', 0, now() - interval '400 days',
                           now() - interval '400 days'
                      from generate_series(1, ?) g
                    returning id""", UUID.class, business, count);
            jdbc.update("""
                    insert into consents (business_id, customer_id, type, granted, source, changed_at)
                    select business_id, id, 'PUSH', true, 'PANEL', now() from customers where business_id = ?""",
                    business);
            jdbc.update("""
                    insert into device_tokens (id, business_id, customer_id, token, token_kind, platform)
                    select gen_random_uuid(), business_id, id, 'token-' || gen_random_uuid(), 'FCM_TOKEN', 'ANDROID'
                      from customers where business_id = ?""", business);
            return ids;
        });
    }

    private int claimed(CampaignEngineFixtures data, UUID business, UUID campaign) {
        return data.count(business, "select count(*) from campaign_deliveries where campaign_id = ?", campaign);
    }

    private boolean lockHeld() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from shedlock where name = 'campaigns-due' and lock_until > now())",
                Boolean.class));
    }
}
