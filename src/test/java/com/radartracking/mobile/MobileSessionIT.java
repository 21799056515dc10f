package com.radartracking.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.MobileClient;
import com.radartracking.support.TenantFixture;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Signing back in with a one-time code, and which tokens open which doors. */
class MobileSessionIT extends MobileTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private TransactionTemplate transactions;

    /** A customer who enrolled earlier and now enrols again on a new device: a code was sent. */
    private String knownCustomerAskingForACode(String email) {
        mobile.enrolNew(appKey, "Carla", email);
        assertThat(mobile.post("/enrolments", appKey, null, Map.of("firstName", "Carla", "email", email)).status())
                .isEqualTo(202);
        return lastCode(business, email);
    }

    @Test
    void theCodeSentAfterA202IsExchangedOnceForATokenOfThatCustomer() {
        String email = uniqueEmail("carla");
        String customerId = mobile.enrolNew(appKey, "Carla", email).customerId();
        mobile.post("/enrolments", appKey, null, Map.of("firstName", "Carla", "email", email));
        String code = lastCode(business, email);

        MobileClient.Response session = mobile.post("/sessions", appKey, null, Map.of("email", " " + email.toUpperCase(),
                "code", code));
        assertThat(session.status()).as(session.raw()).isEqualTo(200);
        assertThat(session.text("customerId")).isEqualTo(customerId);
        MobileClient.Response me = mobile.get("/me", appKey, session.text("accessToken"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("id")).isEqualTo(customerId);

        MobileClient.Response reused = mobile.post("/sessions", appKey, null, Map.of("email", email, "code", code));
        assertProblem(reused, 401, "UNAUTHENTICATED");
        assertThat(reused.text("reason")).isEqualTo("INVALID_CODE");

        var log = graphQl.execute(business.adminToken(), """
                query($id: String!) { activityLog(entityType: "Customer", entityId: $id) {
                  edges { node { action actorType ip } } } }""", Map.of("id", customerId)).ok();
        assertThat(log.data("activityLog.edges").toString()).contains("customer.enrolled",
                "customer.sign_in_code_sent", "customer.signed_in").contains("127.0.0.1");
    }

    @Test
    void wrongCodesAreCountedAndKillTheCode() {
        String email = uniqueEmail("guess");
        String code = knownCustomerAskingForACode(email);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertProblem(mobile.post("/sessions", appKey, null, Map.of("email", email, "code", wrong)), 401,
                    "UNAUTHENTICATED");
        }
        MobileClient.Response right = mobile.post("/sessions", appKey, null, Map.of("email", email, "code", code));
        assertProblem(right, 401, "UNAUTHENTICATED");
        assertThat(right.text("reason")).isEqualTo("INVALID_CODE");
    }

    @Test
    void anExpiredCodeIsRefusedWhereALiveOneWorks() {
        String email = uniqueEmail("expiry");
        UUID customerId = UUID.fromString(mobile.enrolNew(appKey, "Expira", email).customerId());
        plantCode(customerId, "246810", Instant.now().minus(1, ChronoUnit.MINUTES));
        MobileClient.Response expired = mobile.post("/sessions", appKey, null, Map.of("email", email, "code", "246810"));
        assertProblem(expired, 401, "UNAUTHENTICATED");
        assertThat(expired.text("reason")).isEqualTo("INVALID_CODE");

        plantCode(customerId, "135790", Instant.now().plus(5, ChronoUnit.MINUTES));
        assertThat(mobile.post("/sessions", appKey, null, Map.of("email", email, "code", "135790")).status())
                .isEqualTo(200);
    }

    /** A code row as VerificationCodes writes it, with the expiry the test needs. */
    private void plantCode(UUID customerId, String code, Instant expiresAt) {
        UUID id = UUID.randomUUID();
        TenantContext.runAs(business.businessId(), () -> transactions.executeWithoutResult(status -> jdbc.update("""
                insert into mobile_verification_codes (id, business_id, customer_id, code_hash, expires_at, created_at)
                values (?, ?, ?, ?, ?, now())""", id, business.businessId(), customerId,
                VerificationCodes.hash(id, code), Timestamp.from(expiresAt))));
    }

    @Test
    void aNewCodeReplacesThePreviousOne() {
        String email = uniqueEmail("twice");
        String first = knownCustomerAskingForACode(email);
        mobile.post("/enrolments", appKey, null, Map.of("firstName", "Carla", "email", email));
        String second = lastCode(business, email);
        if (!first.equals(second)) {
            assertProblem(mobile.post("/sessions", appKey, null, Map.of("email", email, "code", first)), 401,
                    "UNAUTHENTICATED");
        }
        assertThat(mobile.post("/sessions", appKey, null, Map.of("email", email, "code", second)).status())
                .isEqualTo(200);
    }

    @Test
    void anUnknownContactIsAnsweredLikeAWrongCode() {
        MobileClient.Response unknown = mobile.post("/sessions", appKey, null, Map.of("email", uniqueEmail("ghost"),
                "code", "123456"));
        assertProblem(unknown, 401, "UNAUTHENTICATED");
        assertThat(unknown.text("reason")).isEqualTo("INVALID_CODE");
    }

    @Test
    void malformedSessionRequestsAreBadUserInput() {
        MobileClient.Response noContact = mobile.post("/sessions", appKey, null, Map.of("code", "123456"));
        assertProblem(noContact, 400, "BAD_USER_INPUT");
        assertThat(noContact.text("field")).isEqualTo("email");
        MobileClient.Response badCode = mobile.post("/sessions", appKey, null, Map.of("email", uniqueEmail("x"),
                "code", "12ab"));
        assertProblem(badCode, 400, "BAD_USER_INPUT");
        assertThat(badCode.text("field")).isEqualTo("code");
    }

    @Test
    void sessionAttemptsPerContactAreRateLimited() {
        String email = uniqueEmail("brute");
        MobileClient.Response last = null;
        for (int i = 0; i < 11 && (last == null || last.status() != 429); i++) {
            last = mobile.post("/sessions", appKey, null, Map.of("email", email, "code", "123456"));
        }
        assertProblem(last, 429, "RATE_LIMITED");
        assertThat(last.body().path("retryAfter").asInt()).isPositive();
    }

    @Test
    void customerTokensAreTypedScopedJwtsOfOurIssuer() {
        MobileClient.Enrolled customer = mobile.enrolNew(appKey, "Claims", uniqueEmail("claims"));
        String[] parts = customer.token().split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.path("alg").asString()).isEqualTo("RS256");
        assertThat(header.path("typ").asString()).isEqualTo("customer+jwt");
        assertThat(claims.path("sub").asString()).isEqualTo(customer.customerId());
        assertThat(claims.path("business_id").asString()).isEqualTo(business.businessId().toString());
        assertThat(claims.path("aud").toString()).contains("radar-mobile");
        assertThat(claims.path("iss").asString()).isNotBlank();
        assertThat(claims.has("role")).isFalse();
    }

    @Test
    void panelTokensDoNotOpenTheShimAndCustomerTokensDoNotOpenGraphQl() {
        String customerToken = mobile.enrolNew(appKey, "Token", uniqueEmail("token")).token();

        MobileClient.Response panelOnMe = mobile.get("/me", appKey, business.adminToken());
        assertProblem(panelOnMe, 401, "UNAUTHENTICATED");
        assertThat(panelOnMe.text("reason")).isEqualTo("TOKEN_INVALID");

        var graphQlWithCustomerToken = graphQl.execute(customerToken, "{ customers(first: 1) { totalCount } }");
        assertThat(graphQlWithCustomerToken.status()).isEqualTo(401);
        assertThat(graphQlWithCustomerToken.errorCodes()).containsExactly("UNAUTHENTICATED");
        var pingWithCustomerToken = graphQl.execute(customerToken, "{ ping }");
        assertThat(pingWithCustomerToken.status()).isEqualTo(401);
    }

    @Test
    void aCustomerTokenWorksOnlyWithAnAppKeyOfItsOwnBusiness() {
        String token = mobile.enrolNew(appKey, "Mine", uniqueEmail("mine")).token();
        TenantFixture other = signUpBusiness("Other business");
        String otherKey = mobile.createApp(other.adminToken(), "Other app");

        MobileClient.Response crossed = mobile.get("/me", otherKey, token);
        assertProblem(crossed, 401, "UNAUTHENTICATED");
        assertThat(crossed.text("reason")).isEqualTo("TOKEN_INVALID");
        assertThat(crossed.raw()).doesNotContain("Mine");

        String secondKeyOfSameBusiness = mobile.createApp(business.adminToken(), "iOS app");
        assertThat(mobile.get("/me", secondKeyOfSameBusiness, token).status()).isEqualTo(200);
    }

    @Test
    void tamperedOrMissingTokensAreRefused() {
        String token = mobile.enrolNew(appKey, "Tamper", uniqueEmail("tamper")).token();
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertProblem(mobile.get("/me", appKey, tampered), 401, "UNAUTHENTICATED");
        assertProblem(mobile.get("/me", appKey, "not-a-jwt"), 401, "UNAUTHENTICATED");
        MobileClient.Response missing = mobile.get("/me", appKey, null);
        assertProblem(missing, 401, "UNAUTHENTICATED");
        assertThat(missing.text("reason")).isEqualTo("TOKEN_MISSING");
        MobileClient.Response basic = mobile.send("GET", "/me", Map.of("X-App-Key", appKey,
                "Authorization", "Basic dXNlcjpwYXNz"), null);
        assertProblem(basic, 401, "UNAUTHENTICATED");
    }
}
