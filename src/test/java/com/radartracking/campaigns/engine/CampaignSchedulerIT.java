package com.radartracking.campaigns.engine;

import static com.radartracking.campaigns.engine.CampaignEngineFixtures.CampaignSpec;
import static com.radartracking.campaigns.engine.CampaignEngineFixtures.CustomerSpec.named;
import static com.radartracking.campaigns.engine.CampaignEngineFixtures.now;
import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.CampaignStore;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.TenantFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The time side of the campaign engine against the real database and push pipeline: each scheduled kind and
 * time trigger selects the right customers for the right occurrence, writes their notifications (QUEUED)
 * through the push fan-out, records the run and the next one, and never sends twice for one occurrence;
 * the lifecycle moves (SCHEDULED → ACTIVE, past endsAt → COMPLETED, a gone segment or a refused message →
 * PAUSED) and a pause between batches. Runs are driven directly ({@link CampaignRunner}, {@link CampaignPoll});
 * the background poll is off in tests.
 */
class CampaignSchedulerIT extends ApiIntegrationTest {

    private static final Duration DAY = Duration.ofDays(1);

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CampaignStore store;

    @Autowired
    CampaignRunner runner;

    @Autowired
    CampaignPoll poll;

    private CampaignEngineFixtures data;
    private TenantFixture tenant;
    private UUID business;

    @BeforeEach
    void setUp() {
        data = new CampaignEngineFixtures(jdbc, transactions, store);
        tenant = signUpBusiness("Café Campañas");
        business = tenant.businessId();
    }

    private CampaignRunner.Run run(UUID campaignId) {
        return TenantContext.callAs(business, () -> runner.run(campaignId));
    }

    private CampaignRunner.Run run(UUID campaignId, int batchSize, Instant deadline) {
        return run(campaignId, batchSize, deadline, 1);
    }

    private CampaignRunner.Run run(UUID campaignId, int batchSize, Instant deadline, int workers) {
        return TenantContext.callAs(business, () -> runner.run(campaignId, deadline, batchSize, workers));
    }

    @Test
    void aRunInSeveralIdRangesAtOnceClaimsEveryCustomerOnceIncludingThoseOnTheBoundaries() {
        List<UUID> customers = new java.util.ArrayList<>();
        // Three ranges split the id space at 0x55 and 0xaa (first byte): ids on, just below and past each edge.
        for (String id : List.of("00000000-0000-0000-0000-000000000000", "54ffffff-ffff-ffff-ffff-ffffffffffff",
                "55000000-0000-0000-0000-000000000000", "a9ffffff-ffff-ffff-ffff-ffffffffffff",
                "aa000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff")) {
            customers.add(data.customer(business, named("Borde"), UUID.fromString(id)));
        }
        for (int i = 0; i < 15; i++) {
            customers.add(data.customer(business, named("C" + i)));
        }
        UUID unreachable = data.customer(business, named("Nadie").unreachable());
        Instant now = now();
        UUID campaign = data.campaign(business, CampaignSpec.oneOff(null), CampaignStatus.ACTIVE, now, now);

        CampaignRunner.Run result = run(campaign, 2, Instant.now().plus(DAY), 3);

        assertThat(result.outcome()).isEqualTo(CampaignRunner.Outcome.COMPLETED);
        assertThat(result.claimed()).isEqualTo(customers.size() + 1);
        assertThat(data.deliveredTo(business, campaign)).hasSize(customers.size() + 1)
                .containsAll(customers).contains(unreachable);
        assertThat(data.notifiedCustomers(business, campaign)).containsExactlyInAnyOrderElementsOf(customers);
        assertThat(data.find(business, campaign).status()).isEqualTo(CampaignStatus.COMPLETED);
        // Every send carries at most one batch of claims, and every claim names its send.
        assertThat(data.count(business, """
                select count(*) from campaign_deliveries where campaign_id = ? and send_id is null""", campaign))
                .isZero();
        assertThat(data.count(business, """
                select coalesce(max(n), 0) from (select count(*) as n from campaign_deliveries where campaign_id = ?
                                                  group by send_id) per_send""", campaign)).isEqualTo(2);
    }

    @Test
    void aCustomersRowsSplitAcrossBatchesAreEachClaimedOnce() {
        UUID centro = location();
        Instant now = now();
        UUID ana = data.customer(business, named("Ana"));
        UUID bruno = data.customer(business, named("Bruno"));
        List<UUID> visits = new java.util.ArrayList<>();
        for (int hours = 2; hours <= 4; hours++) {
            visits.add(data.visit(business, ana, centro, now.minus(Duration.ofHours(hours))));
            visits.add(data.visit(business, bruno, centro, now.minus(Duration.ofHours(hours))));
        }
        UUID campaign = data.campaign(business, CampaignSpec.triggered(CampaignEngineFixtures.afterVisit(1)),
                CampaignStatus.ACTIVE, now, now.minus(DAY));

        // Batches of 2 rows over 6 (customer, visit) rows: each customer's three visits span two batches.
        assertThat(run(campaign, 2, Instant.now().plus(DAY), 1).outcome()).isEqualTo(CampaignRunner.Outcome.RAN);

        assertThat(data.deliveries(business, campaign)).hasSize(6).containsExactlyInAnyOrderElementsOf(
                visits.stream().map(visit -> (data.count(business,
                        "select count(*) from visits where id = ? and customer_id = ?", visit, ana) == 1 ? ana : bruno)
                        + " visit:" + visit).toList());
    }

    @Test
    void aOneOffSentNowReachesEveryCustomerOnceAndCompletes() {
        UUID ana = data.customer(business, named("Ana"));
        UUID luis = data.customer(business, named("Luis"));
        UUID nadie = data.customer(business, named("Nadie").unreachable());
        Instant now = now();
        UUID campaign = data.campaign(business, CampaignSpec.oneOff(null), CampaignStatus.ACTIVE, now, now);

        CampaignRunner.Run result = run(campaign);

        assertThat(result.outcome()).isEqualTo(CampaignRunner.Outcome.COMPLETED);
        assertThat(data.deliveredTo(business, campaign)).containsExactlyInAnyOrder(ana, luis, nadie);
        assertThat(data.occurrences(business, campaign, ana)).containsExactly("once");
        // Claimed all three; the pipeline wrote one notification per device and skipped the one without consent.
        assertThat(data.notifiedCustomers(business, campaign)).containsExactlyInAnyOrder(ana, luis);
        assertThat(data.count(business, """
                select count(*) from push_skips k join push_sends s on s.id = k.send_id
                 where s.campaign_id = ? and k.customer_id = ? and k.reason = 'NO_CONSENT'""", campaign, nadie))
                .isEqualTo(1);
        Campaign after = data.find(business, campaign);
        assertThat(after.status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(after.nextRunAt()).isNull();
        assertThat(after.lastRunAt()).isNotNull();

        // Running it again (a retry, a second instance) finds nothing due and sends nothing.
        assertThat(run(campaign).outcome()).isEqualTo(CampaignRunner.Outcome.NOT_DUE);
        assertThat(data.notifiedCustomers(business, campaign)).hasSize(2);
    }

    @Test
    void aOneOffAtATimeWaitsScheduledThenGoesOutOnce() {
        UUID ana = data.customer(business, named("Ana"));
        Instant now = now();
        Instant later = now.plus(Duration.ofHours(3));
        UUID waiting = data.campaign(business, CampaignSpec.oneOff(later), CampaignStatus.SCHEDULED, later, now);
        Instant sendAt = now.minusSeconds(60);
        UUID due = data.campaign(business, CampaignSpec.oneOff(sendAt), CampaignStatus.SCHEDULED, sendAt, now);

        assertThat(run(waiting).outcome()).isEqualTo(CampaignRunner.Outcome.NOT_DUE);
        assertThat(data.find(business, waiting).status()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(data.deliveredTo(business, waiting)).isEmpty();

        // Through ShedLock, as the scheduler calls it: the due one goes out (SCHEDULED → ACTIVE → COMPLETED).
        CampaignPoll.Result polled = poll.runDue();
        assertThat(polled).isNotNull();
        assertThat(data.find(business, due).status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(data.notifiedCustomers(business, due)).containsExactly(ana);
        assertThat(data.find(business, waiting).status()).isEqualTo(CampaignStatus.SCHEDULED);
    }

    @Test
    void aRecurringCampaignSendsOncePerRunDateToWhoeverMatchesItsSegmentThen() {
        UUID vip = data.customer(business, named("Vip").tagged("vip"));
        UUID other = data.customer(business, named("Otro"));
        String segment = graphQl.execute(tenant.adminToken(), "mutation($i: SegmentInput!) { createSegment(input: $i) { id } }",
                Map.of("i", Map.of("name", "VIP", "condition", Map.of("fact", "TAG", "tag", "vip")))).ok()
                .text("createSegment.id");
        // A run scheduled two days ago at 10:00 Bogotá (15:00 UTC), done late: its occurrence is its own date.
        Instant firstRun = Instant.parse("2026-11-20T15:00:00Z");
        UUID campaign = data.campaign(business, CampaignSpec.daily("10:00").segment(segment), CampaignStatus.ACTIVE,
                firstRun, firstRun.minus(DAY));

        assertThat(run(campaign).outcome()).isEqualTo(CampaignRunner.Outcome.RAN);
        assertThat(data.deliveries(business, campaign)).containsExactly(vip + " run:2026-11-20");
        Campaign after = data.find(business, campaign);
        assertThat(after.nextRunAt()).isAfter(now()).isBefore(now().plus(DAY).plusSeconds(1));
        assertThat(after.nextRunAt().atZone(java.time.ZoneId.of("America/Bogota")).toLocalTime())
                .isEqualTo(java.time.LocalTime.of(10, 0));
        assertThat(run(campaign).outcome()).isEqualTo(CampaignRunner.Outcome.NOT_DUE);

        // The next day's run: a second message, for the new date; the customer outside the segment never gets one.
        data.dueAt(business, campaign, firstRun.plus(DAY));
        assertThat(run(campaign).outcome()).isEqualTo(CampaignRunner.Outcome.RAN);
        assertThat(data.occurrences(business, campaign, vip)).containsExactly("run:2026-11-20", "run:2026-11-21");
        assertThat(data.notifiedCustomers(business, campaign)).containsExactly(vip, vip);
        assertThat(data.deliveredTo(business, campaign)).doesNotContain(other);
    }

    @Test
    void inactivityWinsBackEachLapseOnceAndANewVisitStartsANewLapse() {
        Instant now = now();
        UUID lapsed = data.customer(business, named("Lapsed").lastVisit(now.minus(DAY.multipliedBy(40))));
        UUID recent = data.customer(business, named("Recent").lastVisit(now.minus(DAY.multipliedBy(10))));
        UUID neverOld = data.customer(business, named("NeverOld").joined(now.minus(DAY.multipliedBy(50))));
        UUID neverNew = data.customer(business, named("NeverNew").joined(now.minus(DAY.multipliedBy(5))));
        UUID campaign = data.campaign(business, CampaignSpec.triggered(CampaignEngineFixtures.inactivity(30)),
                CampaignStatus.ACTIVE, now, now.minus(DAY));

        assertThat(run(campaign).outcome()).isEqualTo(CampaignRunner.Outcome.RAN);
        assertThat(data.deliveredTo(business, campaign)).containsExactlyInAnyOrder(lapsed, neverOld);
        assertThat(data.occurrences(business, campaign, lapsed)).singleElement().asString().startsWith("lapse:")
                .endsWith("Z");
        assertThat(data.notifiedCustomers(business, campaign)).containsExactlyInAnyOrder(lapsed, neverOld);
        // Daily at the trigger's local time (10:00 in Bogotá = 15:00 UTC).
        assertThat(data.find(business, campaign).nextRunAt().atZone(java.time.ZoneOffset.UTC).getHour()).isEqualTo(15);

        // The next day: the same lapses are not messaged again.
        data.dueAt(business, campaign, now());
        assertThat(run(campaign).outcome()).isEqualTo(CampaignRunner.Outcome.RAN);
        assertThat(data.deliveredTo(business, campaign)).hasSize(2);

        // The lapsed customer came back 35 days ago and has lapsed again since: a new lapse, a new message.
        data.visit(business, lapsed, location(), now.minus(DAY.multipliedBy(35)));
        data.dueAt(business, campaign, now());
        run(campaign);
        assertThat(data.occurrences(business, campaign, lapsed)).hasSize(2).doesNotHaveDuplicates();
        assertThat(data.notifiedCustomers(business, campaign)).filteredOn(lapsed::equals).hasSize(2);
        assertThat(data.deliveredTo(business, campaign)).doesNotContain(recent, neverNew);
    }

    @Test
    void birthdaysAreGreetedOnTheLocalDayWithLeapDayBirthdaysOnThe28thInOtherYears() {
        UUID leap = data.customer(business, named("Leap").birthday("2000-02-29"));
        UUID feb28 = data.customer(business, named("Feb28").birthday("1990-02-28"));
        UUID mar1 = data.customer(business, named("Mar1").birthday("1985-03-01"));
        data.customer(business, named("NoBirthday"));
        // 2026 is not a leap year: on 28 February (09:00 Bogotá = 14:00 UTC) both are greeted.
        Instant feb28In2026 = Instant.parse("2026-02-28T14:00:00Z");
        UUID campaign = data.campaign(business, CampaignSpec.triggered(CampaignEngineFixtures.birthday()),
                CampaignStatus.ACTIVE, feb28In2026, feb28In2026.minus(DAY));
        run(campaign);
        assertThat(data.deliveries(business, campaign))
                .containsExactlyInAnyOrder(leap + " birthday:2026", feb28 + " birthday:2026");

        // 2024 was a leap year: on its 28 February only the 28th; the 29th has its own day.
        UUID leapYear = data.campaign(business, CampaignSpec.triggered(CampaignEngineFixtures.birthday()),
                CampaignStatus.ACTIVE, Instant.parse("2024-02-28T14:00:00Z"), feb28In2026.minus(DAY));
        run(leapYear);
        assertThat(data.deliveredTo(business, leapYear)).containsExactly(feb28);
        data.dueAt(business, leapYear, Instant.parse("2024-02-29T14:00:00Z"));
        run(leapYear);
        assertThat(data.deliveredTo(business, leapYear)).containsExactlyInAnyOrder(feb28, leap);
        assertThat(data.deliveredTo(business, leapYear)).doesNotContain(mar1);
        // Once a year: the same day again (a retry) adds nothing.
        data.dueAt(business, leapYear, Instant.parse("2024-02-29T15:00:00Z"));
        run(leapYear);
        assertThat(data.deliveredTo(business, leapYear)).hasSize(2);
    }

    @Test
    void theBirthdayIsTheDateInTheBusinessTimeZone() {
        data.setTimeZone(business, "Asia/Tokyo");
        UUID tokyoDay = data.customer(business, named("Tokyo").birthday("1990-03-15"));
        UUID utcDay = data.customer(business, named("Utc").birthday("1990-03-14"));
        // 2026-03-14 20:00 UTC is already 2026-03-15 05:00 in Tokyo.
        Instant at = Instant.parse("2026-03-14T20:00:00Z");
        UUID campaign = data.campaign(business, CampaignSpec.triggered(CampaignEngineFixtures.birthday()),
                CampaignStatus.ACTIVE, at, at.minus(DAY));
        run(campaign);
        assertThat(data.deliveredTo(business, campaign)).containsExactly(tokyoDay).doesNotContain(utcDay);
        // The next run is at the trigger's 09:00 in Tokyo.
        assertThat(data.find(business, campaign).nextRunAt().atZone(java.time.ZoneId.of("Asia/Tokyo")).getHour())
                .isEqualTo(9);
    }

    @Test
    void welcomeGreetsCustomersWhoJoinedAfterActivationOnceTheirHoursHavePassed() {
        Instant now = now();
        Instant activated = now.minus(DAY);
        data.customer(business, named("Before").joined(now.minus(DAY.multipliedBy(2))));
        UUID ready = data.customer(business, named("Ready").joined(now.minus(Duration.ofHours(3))));
        UUID tooRecent = data.customer(business, named("TooRecent").joined(now.minus(Duration.ofMinutes(30))));
        UUID campaign = data.campaign(business, CampaignSpec.triggered(CampaignEngineFixtures.welcome(2)),
                CampaignStatus.ACTIVE, now, activated);

        assertThat(run(campaign).outcome()).isEqualTo(CampaignRunner.Outcome.RAN);
        assertThat(data.deliveries(business, campaign)).containsExactly(ready + " welcome");
        Campaign after = data.find(business, campaign);
        assertThat(Duration.between(now, after.nextRunAt())).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6));

        // Hours later: the recent one is greeted now, the first one never again.
        asTenantUpdate("update customers set created_at = ? where id = ?",
                CampaignEngineFixtures.ts(now.minus(Duration.ofHours(2).plusMinutes(1))), tooRecent);
        data.dueAt(business, campaign, now());
        run(campaign);
        assertThat(data.deliveredTo(business, campaign)).containsExactlyInAnyOrder(ready, tooRecent);
        assertThat(data.notifiedCustomers(business, campaign)).containsExactlyInAnyOrder(ready, tooRecent);
    }

    @Test
    void afterVisitThanksEachVisitAtTheScopedLocationsOnceItsHoursHavePassed() {
        UUID centro = location();
        UUID norte = location();
        Instant now = now();
        UUID ana = data.customer(business, named("Ana"));
        UUID bruno = data.customer(business, named("Bruno"));
        UUID early = data.visit(business, ana, centro, now.minus(DAY.multipliedBy(3)));
        UUID due = data.visit(business, ana, centro, now.minus(Duration.ofHours(2)));
        UUID elsewhere = data.visit(business, bruno, norte, now.minus(Duration.ofHours(2)));
        UUID notYet = data.visit(business, ana, centro, now.minus(Duration.ofMinutes(10)));
        UUID campaign = data.campaign(business, CampaignSpec.triggered(CampaignEngineFixtures.afterVisit(1))
                .locations(centro), CampaignStatus.ACTIVE, now, now.minus(DAY));

        run(campaign);
        assertThat(data.deliveries(business, campaign)).containsExactly(ana + " visit:" + due);
        assertThat(data.notifiedCustomers(business, campaign)).containsExactly(ana);

        // The next scan: a visit recorded since (occurred 90 minutes ago) is due; the 10-minute-old one still is
        // not, and the others never are (before activation, another location).
        UUID recorded = data.visit(business, ana, centro, now.minus(Duration.ofMinutes(90)));
        data.dueAt(business, campaign, now());
        run(campaign);
        List<String> deliveries = data.deliveries(business, campaign);
        assertThat(deliveries).containsExactlyInAnyOrder(ana + " visit:" + due, ana + " visit:" + recorded)
                .noneMatch(d -> d.endsWith(early.toString()) || d.endsWith(elsewhere.toString())
                        || d.endsWith(notYet.toString()));
        assertThat(data.notifiedCustomers(business, campaign)).containsExactly(ana, ana);
    }

    @Test
    void aPauseBetweenBatchesStopsTheRunAndResumingFinishesItWithoutSendingTwice() {
        List<UUID> customers = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            customers.add(data.customer(business, named("C" + i)));
        }
        Instant now = now();
        UUID campaign = data.campaign(business, CampaignSpec.oneOff(null), CampaignStatus.ACTIVE, now, now);

        // A poll whose budget is already spent stops after one batch of 2 (as after a crash): not yet complete.
        CampaignRunner.Run first = run(campaign, 2, Instant.now());
        assertThat(first.outcome()).isEqualTo(CampaignRunner.Outcome.INCOMPLETE);
        assertThat(first.claimed()).isEqualTo(2);
        assertThat(data.find(business, campaign).status()).isEqualTo(CampaignStatus.ACTIVE);

        data.setStatus(business, campaign, CampaignStatus.PAUSED, null);
        assertThat(run(campaign, 2, Instant.now().plus(DAY)).outcome()).isEqualTo(CampaignRunner.Outcome.NOT_DUE);
        assertThat(poll.runDue()).isNotNull();
        assertThat(data.deliveredTo(business, campaign)).hasSize(2);

        data.setStatus(business, campaign, CampaignStatus.ACTIVE, now);
        assertThat(run(campaign, 2, Instant.now().plus(DAY)).outcome()).isEqualTo(CampaignRunner.Outcome.COMPLETED);
        assertThat(data.deliveredTo(business, campaign)).containsExactlyInAnyOrderElementsOf(customers);
        assertThat(data.notifiedCustomers(business, campaign)).containsExactlyInAnyOrderElementsOf(customers);
    }

    @Test
    void aCampaignPastItsEndIsCompletedWithoutSending() {
        data.customer(business, named("Ana"));
        Instant now = now();
        UUID campaign = data.campaign(business, CampaignSpec.daily("10:00")
                .between(now.minus(DAY.multipliedBy(3)), now.minusSeconds(60)), CampaignStatus.ACTIVE,
                now.minusSeconds(120), now.minus(DAY.multipliedBy(3)));
        assertThat(run(campaign).outcome()).isEqualTo(CampaignRunner.Outcome.COMPLETED);
        assertThat(data.find(business, campaign).status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(data.find(business, campaign).nextRunAt()).isNull();
        assertThat(data.deliveredTo(business, campaign)).isEmpty();
    }

    @Test
    void aScheduledCampaignBecomesActiveAtItsStartAndRunsAtItsFirstRunTime() {
        data.customer(business, named("Ana"));
        Instant now = now();
        Instant starts = now.minusSeconds(60);
        // Starts now; its daily run is at 10:00 Bogotá, which has not come yet since the start... or has: either
        // way the first run is the first 10:00 at or after the start.
        UUID campaign = data.campaign(business, CampaignSpec.daily("10:00").between(starts, null),
                CampaignStatus.SCHEDULED, starts, now.minus(DAY));
        CampaignRunner.Run result = run(campaign);
        assertThat(result.outcome()).isEqualTo(CampaignRunner.Outcome.ACTIVATED);
        Campaign after = data.find(business, campaign);
        assertThat(after.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(after.nextRunAt()).isAfter(starts).isBefore(starts.plus(DAY));
        assertThat(data.deliveredTo(business, campaign)).isEmpty();
    }

    @Test
    void aCampaignWhoseSegmentIsGoneIsPausedAndSendsNothing() {
        data.customer(business, named("Ana").tagged("x"));
        String segment = graphQl.execute(tenant.adminToken(), "mutation($i: SegmentInput!) { createSegment(input: $i) { id } }",
                Map.of("i", Map.of("name", "Soon gone", "condition", Map.of("fact", "TAG", "tag", "x")))).ok()
                .text("createSegment.id");
        Instant now = now();
        UUID campaign = data.campaign(business, CampaignSpec.daily("10:00").segment(segment), CampaignStatus.ACTIVE,
                now, now.minus(DAY));
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { deleteSegment(id: $id) }", Map.of("id", segment)).ok();

        assertThat(run(campaign).outcome()).isEqualTo(CampaignRunner.Outcome.PAUSED);
        Campaign after = data.find(business, campaign);
        assertThat(after.status()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(after.nextRunAt()).isNull();
        assertThat(data.deliveredTo(business, campaign)).isEmpty();
        assertThat(data.count(business, """
                select count(*) from activity_logs where entity_id = ? and action = 'campaign.paused'""",
                campaign.toString())).isEqualTo(1);
        // Not due any more: it is never retried in a loop.
        assertThat(run(campaign).outcome()).isEqualTo(CampaignRunner.Outcome.NOT_DUE);
    }

    @Test
    void aCampaignWhoseMessageThePushPipelineRefusesIsPausedWithNothingClaimed() {
        data.customer(business, named("Ana"));
        Instant now = now();
        UUID campaign = data.campaign(business, CampaignSpec.oneOff(null).body("x".repeat(5000)),
                CampaignStatus.ACTIVE, now, now);
        assertThat(run(campaign).outcome()).isEqualTo(CampaignRunner.Outcome.PAUSED);
        assertThat(data.find(business, campaign).status()).isEqualTo(CampaignStatus.PAUSED);
        // The batch rolled back with the refusal: no claim is left behind to block a later send.
        assertThat(data.deliveredTo(business, campaign)).isEmpty();
    }

    private UUID location() {
        return UUID.fromString(createLocation(tenant.adminToken(), "Sede " + UUID.randomUUID().toString().substring(0, 6),
                4.65, -74.05));
    }

    private void asTenantUpdate(String sql, Object... args) {
        data.asTenant(business, () -> jdbc.update(sql, args));
    }
}
