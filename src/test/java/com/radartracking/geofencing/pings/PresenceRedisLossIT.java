package com.radartracking.geofencing.pings;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.geofencing.GeoFixtures;
import com.radartracking.geofencing.GeofenceTransition.Kind;
import com.radartracking.geofencing.LocationPings;
import com.radartracking.geofencing.LocationPings.Ping;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.MobileClient;
import com.radartracking.support.TenantFixture;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL is the source of truth of presence, Redis a cache: losing keys mid-stay, a late write of an
 * old state, or Redis being down altogether never duplicates an ENTER nor loses an EXIT.
 */
class PresenceRedisLossIT extends ApiIntegrationTest {

    private static final double LAT = 4.6486;
    private static final double LNG = -74.0636;

    @Autowired
    private LocationPings pings;

    @Autowired
    private StringRedisTemplate redis;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Autowired
    private LocationConsent consent;

    @Autowired
    private PresenceStore store;

    @Autowired
    private ZoneLookup zones;

    @Autowired
    private GeoEventStore events;

    @Autowired
    private ApplicationEventPublisher publisher;

    @Autowired
    private GeoMetrics metrics;

    @Autowired
    private GeoProperties properties;

    private TenantFixture tenant;
    private UUID customer;
    private UUID zone;
    private Instant clock;

    @BeforeEach
    void setUpCustomerNearAZone() {
        tenant = signUpBusiness("Redis Loss " + UUID.randomUUID().toString().substring(0, 6));
        String location = createLocation(tenant.adminToken(), "Centro", LAT, LNG);
        zone = new GeoFixtures(jdbc, transactionManager).circle(tenant.businessId(), location, LAT, LNG, 100, 3600);
        MobileClient mobile = new MobileClient(graphQl);
        String key = mobile.createApp(tenant.adminToken(), "App");
        customer = UUID.fromString(mobile.post("/enrolments", key, null, Map.of("firstName", "Rita",
                "email", uniqueEmail("rita"), "consents", Map.of("location", true))).text("customerId"));
        clock = Instant.now().minus(5, ChronoUnit.MINUTES);
    }

    private List<Kind> ping(LocationPings evaluator, double latitude) {
        clock = clock.plusSeconds(10);
        Ping ping = new Ping(latitude, LNG, 10, clock, null);
        return TenantContext.callAs(tenant.businessId(), () -> evaluator.evaluate(customer, "phone", List.of(ping)))
                .transitions().stream().map(LocationPings.Transition::kind).toList();
    }

    private Set<String> keys() {
        return redis.keys("*geo:presence:" + tenant.businessId() + ":" + customer + ":*");
    }

    private double fallbacks(String cause) {
        return meters.get("radar.geo.presence.fallback").tag("cause", cause).counter().count();
    }

    @Test
    void keysLostMidStayNeitherRepeatEnterNorLoseExit() {
        assertThat(ping(pings, LAT)).containsExactly(Kind.ENTER);
        assertThat(keys()).hasSize(1);
        assertThat(ping(pings, LAT)).isEmpty();
        redis.delete(keys());
        double before = fallbacks("stale");
        assertThat(ping(pings, LAT)).as("after the key was lost").isEmpty();
        assertThat(fallbacks("stale")).isGreaterThan(before);
        assertThat(keys()).as("repopulated from PostgreSQL").hasSize(1);
        redis.delete(keys());
        assertThat(ping(pings, 4.651298)).as("300 m away, key lost again").containsExactly(Kind.EXIT);
        assertThat(ping(pings, 4.651298)).isEmpty();
    }

    @Test
    void aLateWriteOfAnOldStateIsNotTrusted() {
        assertThat(ping(pings, LAT)).containsExactly(Kind.ENTER);
        String key = keys().iterator().next();
        Map<Object, Object> inside = redis.opsForHash().entries(key);
        assertThat(ping(pings, 4.651298)).containsExactly(Kind.EXIT);
        // The state "inside" written back late (a slow instance, a lost update): its version is old.
        redis.delete(key);
        redis.opsForHash().putAll(key, inside);
        assertThat(ping(pings, LAT)).as("PostgreSQL says outside: ENTER again").containsExactly(Kind.ENTER);
    }

    @Test
    void withRedisDownPresenceComesFromPostgres() {
        LettuceConnectionFactory dead = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 1));
        dead.afterPropertiesSet();
        dead.start();
        try {
            PresenceCache deadCache = new PresenceCache(new StringRedisTemplate(dead), "radar:", properties);
            PingEvaluator target = new PingEvaluator(consent, store, deadCache, zones, events, publisher, metrics,
                    properties, Clock.systemUTC());
            TransactionTemplate transactions = new TransactionTemplate(transactionManager);
            LocationPings evaluator = (customerId, device, list) -> transactions.execute(status ->
                    target.evaluate(customerId, device, list));
            double before = fallbacks("unavailable");
            assertThat(ping(evaluator, LAT)).containsExactly(Kind.ENTER);
            assertThat(ping(evaluator, LAT)).isEmpty();
            assertThat(ping(evaluator, 4.649670)).as("in the band").isEmpty();
            assertThat(fallbacks("unavailable")).isGreaterThan(before);
            assertThat(ping(evaluator, 4.651298)).containsExactly(Kind.EXIT);
            // Back on the healthy instance: Redis never saw this device's state, PostgreSQL has it.
            assertThat(ping(pings, 4.651298)).isEmpty();
            assertThat(ping(pings, LAT)).containsExactly(Kind.ENTER);
        } finally {
            dead.destroy();
        }
    }
}
