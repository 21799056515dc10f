package com.radartracking.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.TenantFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The expiry job on the real database: idle cards lose what is left of their earnings once the days they
 * were earned under have passed without activity, redeemed points are not expired again, a second run
 * expires nothing, a later shorter rule never shortens older earnings, and the job runs under ShedLock.
 */
class ExpiryJobIT extends LoyaltyApiTest {

    @Autowired
    private PointsExpiryJob job;

    private long expireAsOf(TenantFixture tenant, Instant asOf) {
        return TenantContext.callAs(tenant.businessId(), () -> job.expireAll(asOf));
    }

    @Test
    void idleCardsExpireWhatIsLeftOnce() {
        TenantFixture tenant = signUpBusiness("Expiry Café");
        String admin = tenant.adminToken();
        String location = createLocation(admin, "Centro", 4.6, -74.08);
        String program = createProgramResponse(admin, Map.of("name", "Club", "kind", "POINTS", "pointsPerVisit", 10,
                "expiryDays", 30)).ok().text("createLoyaltyProgram.id");
        String coffee = createReward(admin, program, "Coffee", 4, null);
        String customer = createCustomer(admin, "Ana");
        recordVisit(admin, customer, location, null);
        String card = cardsOfCustomer(admin, customer).path(0).path("id").asString();
        redeem(admin, card, coffee, location).ok();
        Instant now = Instant.now();

        assertThat(expireAsOf(tenant, now.plus(Duration.ofDays(29)))).isZero();
        assertThat(expireAsOf(tenant, now.plus(Duration.ofDays(31)))).isEqualTo(6);
        assertThat(expireAsOf(tenant, now.plus(Duration.ofDays(400)))).isZero();

        JsonNode after = card(admin, card);
        assertThat(after.path("balance").asInt()).isZero();
        JsonNode newest = graphQl.execute(admin, """
                query($id: ID!) { loyaltyCard(id: $id) { ledger(first: 1) { edges { node { reason delta actorUserId
                  reference } } } } }""", Map.of("id", card)).ok().data("loyaltyCard.ledger.edges").path(0).path("node");
        assertThat(newest.path("reason").asString()).isEqualTo("EXPIRY");
        assertThat(newest.path("delta").asInt()).isEqualTo(-6);
        assertThat(newest.path("actorUserId").isNull()).isTrue();
        assertThat(actions(tenant.businessId(), card)).containsExactly("loyalty.points_expired");
        assertThat(LoyaltyEventLog.of(tenant.businessId(), PointsExpired.class))
                .extracting(PointsExpired::points, PointsExpired::balance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, 0L));
    }

    @Test
    void aLaterShorterRuleNeverShortensWhatWasEarnedBefore() {
        TenantFixture tenant = signUpBusiness("Policy Café");
        String admin = tenant.adminToken();
        String location = createLocation(admin, "Centro", 4.6, -74.08);
        String program = createProgramResponse(admin, Map.of("name", "Club", "kind", "POINTS", "pointsPerVisit", 10,
                "expiryDays", 365)).ok().text("createLoyaltyProgram.id");
        String customer = createCustomer(admin, "Ana");
        recordVisit(admin, customer, location, null);
        graphQl.execute(admin, "mutation($id: ID!) { updateLoyaltyProgram(id: $id, input: {expiryDays: 7}) { id } }",
                Map.of("id", program)).ok();
        recordVisit(admin, customer, location, null);
        String card = cardsOfCustomer(admin, customer).path(0).path("id").asString();
        Instant now = Instant.now();

        // After 8 idle days only the points earned under the 7-day rule expire.
        assertThat(expireAsOf(tenant, now.plus(Duration.ofDays(8)))).isEqualTo(10);
        assertThat(card(admin, card).path("balance").asInt()).isEqualTo(10);
        assertThat(expireAsOf(tenant, now.plus(Duration.ofDays(300)))).isZero();
        assertThat(expireAsOf(tenant, now.plus(Duration.ofDays(366)))).isEqualTo(10);
        assertThat(card(admin, card).path("balance").asInt()).isZero();
    }

    @Test
    void activityPostponesExpiryAndProgramsWithoutExpiryNeverExpire() {
        TenantFixture tenant = signUpBusiness("Forever Café");
        String admin = tenant.adminToken();
        String location = createLocation(admin, "Centro", 4.6, -74.08);
        createProgramResponse(admin, Map.of("name", "Forever", "kind", "POINTS", "pointsPerVisit", 5)).ok();
        String customer = createCustomer(admin, "Ana");
        recordVisit(admin, customer, location, null);
        assertThat(expireAsOf(tenant, Instant.now().plus(Duration.ofDays(3650)))).isZero();
        assertThat(cardsOfCustomer(admin, customer).path(0).path("balance").asInt()).isEqualTo(5);
    }

    @Test
    void theScheduledRunIsGuardedByShedLockOnDatabaseTime() throws NoSuchMethodException {
        SchedulerLock lock = PointsExpiryJob.class.getDeclaredMethod("run").getAnnotation(SchedulerLock.class);
        assertThat(lock).isNotNull();
        assertThat(lock.name()).isEqualTo("loyalty-points-expiry");
        job.run();
        List<String> locks = jdbc.queryForList("select name from shedlock where name = 'loyalty-points-expiry'",
                String.class);
        assertThat(locks).containsExactly("loyalty-points-expiry");
    }
}
