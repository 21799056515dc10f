package com.radartracking.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.customers.SqlStatementLog;
import com.radartracking.geofencing.GeoFixtures;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.MobileClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the ping path remembers between requests (the verified customer token, the location consent
 * answer) changes nothing of who may ping, and one ping request costs a known number of SQL statements.
 */
class MobilePingsCachingIT extends MobileTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** radar.geo.consent-cache-ttl in the test context (the default). */
    private static final Duration CONSENT_TTL = Duration.ofSeconds(5);

    @Autowired
    private PlatformTransactionManager transactionManager;

    private Instant clock;

    @BeforeEach
    void setUpZone() {
        String location = createLocation(business.adminToken(), "Café Norte", MobilePingsIT.LAT, MobilePingsIT.LNG);
        new GeoFixtures(jdbc, transactionManager).circle(business.businessId(), location, MobilePingsIT.LAT,
                MobilePingsIT.LNG, 100, 600);
        clock = Instant.now().minus(8, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
    }

    private MobileClient.Response ping(String key, String token) {
        clock = clock.plusSeconds(1);
        return mobile.send("POST", "/me/pings", key, token, "application/json", JSON.writeValueAsString(Map.of(
                "deviceId", "phone", "pings", List.of(MobilePingsIT.ping(MobilePingsIT.LAT, MobilePingsIT.LNG, 10,
                        clock)))));
    }

    private MobileClient.Enrolled consenting(String appKey, String name) {
        MobileClient.Response enrolled = mobile.post("/enrolments", appKey, null, Map.of("firstName", name,
                "email", uniqueEmail(name.toLowerCase()), "consents", Map.of("location", true)));
        assertThat(enrolled.status()).as(enrolled.raw()).isEqualTo(201);
        return new MobileClient.Enrolled(enrolled.text("customerId"), enrolled.text("accessToken"));
    }

    @Test
    void aRememberedTokenStillOpensOnlyItsOwnBusinessesApp() {
        MobileClient.Enrolled ana = consenting(appKey, "Ana");
        assertThat(ping(appKey, ana.token()).status()).isEqualTo(200);
        assertThat(ping(appKey, ana.token()).status()).as("remembered now").isEqualTo(200);

        var other = signUpBusiness("Other " + UUID.randomUUID().toString().substring(0, 6));
        String otherKey = mobile.createApp(other.adminToken(), "Other app");
        MobileClient.Response refused = ping(otherKey, ana.token());
        assertProblem(refused, 401, "UNAUTHENTICATED");
        assertThat(refused.text("reason")).isEqualTo("TOKEN_INVALID");
        // A second app of the same business shares its customers: the same token is fine there.
        String secondKey = mobile.createApp(business.adminToken(), "Second app");
        assertThat(ping(secondKey, ana.token()).status()).isEqualTo(200);
        // One character off, after the token was remembered: verified again, refused.
        String token = ana.token();
        String altered = token.substring(0, token.length() - 2) + (token.charAt(token.length() - 2) == 'A' ? 'B' : 'A')
                + token.charAt(token.length() - 1);
        assertThat(ping(appKey, altered).text("reason")).isEqualTo("TOKEN_INVALID");
    }

    @Test
    void aRevocationThatBypassedThisInstanceStopsPingsWithinTheConsentTtl() throws InterruptedException {
        MobileClient.Enrolled bea = consenting(appKey, "Bea");
        assertThat(ping(appKey, bea.token()).status()).isEqualTo(200);
        // As another instance would: the row changes, this instance hears nothing.
        TenantContext.runAs(business.businessId(), () -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> jdbc.update(
                        "UPDATE consents SET granted = false WHERE customer_id = ?::uuid AND type = 'LOCATION'",
                        bea.customerId())));
        long deadline = System.nanoTime() + CONSENT_TTL.plusSeconds(10).toNanos();
        MobileClient.Response response = ping(appKey, bea.token());
        while (response.status() == 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            response = ping(appKey, bea.token());
        }
        assertProblem(response, 403, "FORBIDDEN");
        assertThat(response.text("reason")).isEqualTo("LOCATION_CONSENT_REQUIRED");
    }

    @Test
    void oneCachedPingRequestCostsSixStatements() {
        MobileClient.Enrolled cata = consenting(appKey, "Cata");
        SqlStatementLog.watch(business.businessId());
        List<String> first;
        List<String> second;
        List<String> third;
        try {
            assertThat(ping(appKey, cata.token()).status()).isEqualTo(200);
            first = SqlStatementLog.stop(business.businessId());
            SqlStatementLog.watch(business.businessId());
            assertThat(ping(appKey, cata.token()).status()).isEqualTo(200);
            second = SqlStatementLog.stop(business.businessId());
            SqlStatementLog.watch(business.businessId());
            assertThat(ping(appKey, cata.token()).status()).isEqualTo(200);
            third = SqlStatementLog.stop(business.businessId());
        } finally {
            SqlStatementLog.stop(business.businessId());
        }
        System.out.println("first ping request: " + first.size() + " statements\n  " + String.join("\n  ", first));
        System.out.println("steady ping request: " + third.size() + " statements\n  " + String.join("\n  ", third));
        assertThat(third).as("%s", third).hasSize(6);
    }
}
