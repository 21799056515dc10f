package com.radartracking.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.MobileClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Enrolment through the app: new contacts become customers with a token, known ones get a code. */
class MobileEnrolmentIT extends MobileTestSupport {

    @Test
    void aNewContactBecomesACustomerWithATokenAndConsents() {
        String email = uniqueEmail("lucia");
        MobileClient.Response response = mobile.post("/enrolments", appKey, null, Map.of("firstName", "Lucía",
                "lastName", "Pérez", "email", email.toUpperCase(), "birthday", "1991-02-03",
                "consents", Map.of("push", true, "marketing", false)));

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        assertThat(response.text("tokenType")).isEqualTo("Bearer");
        assertThat(response.text("accessToken")).isNotBlank();
        assertThat(response.text("expiresAt")).isNotBlank();
        String customerId = response.text("customerId");

        var customer = graphQl.execute(business.adminToken(), """
                query($id: ID!) { customer(id: $id) { firstName lastName email birthday
                  consents { type granted source } } }""", Map.of("id", customerId)).ok();
        assertThat(customer.text("customer.firstName")).isEqualTo("Lucía");
        assertThat(customer.text("customer.email")).isEqualTo(email);
        assertThat(customer.text("customer.birthday")).isEqualTo("1991-02-03");
        assertThat(customer.data("customer.consents").toString()).contains("\"type\":\"PUSH\",\"granted\":true,\"source\":\"APP\"")
                .contains("\"type\":\"MARKETING\",\"granted\":false,\"source\":\"APP\"");

        MobileClient.Response me = mobile.get("/me", appKey, response.text("accessToken"));
        assertThat(me.status()).as(me.raw()).isEqualTo(200);
        assertThat(me.text("id")).isEqualTo(customerId);
    }

    @Test
    void aKnownContactGetsACodeInsteadOfATokenAndItsConsentsAreUntouched() {
        String email = uniqueEmail("known");
        String customerId = mobile.enrolNew(appKey, "Known", email).customerId();
        mobile.send("PUT", "/me/consents", appKey, mobile.enrolNew(appKey, "Other", uniqueEmail("o")).token(),
                "application/json", "{\"push\":true}");

        MobileClient.Response again = mobile.post("/enrolments", appKey, null, Map.of("firstName", "Impostor",
                "email", email, "consents", Map.of("marketing", true)));

        assertThat(again.status()).as(again.raw()).isEqualTo(202);
        assertThat(again.text("status")).isEqualTo("VERIFICATION_REQUIRED");
        assertThat(again.text("channel")).isEqualTo("EMAIL");
        assertThat(again.text("destination")).startsWith(email.substring(0, 1) + "***@").doesNotContain(email);
        assertThat(again.body().has("accessToken")).isFalse();
        assertThat(again.raw()).doesNotContain(customerId);
        assertThat(lastCode(business, email)).matches("\\d{6}");

        var customer = graphQl.execute(business.adminToken(), """
                query($id: ID!) { customer(id: $id) { firstName consents { type granted } } }""",
                Map.of("id", customerId)).ok();
        assertThat(customer.text("customer.firstName")).isEqualTo("Known");
        assertThat(customer.data("customer.consents").toString()).doesNotContain("true");
    }

    @Test
    void aPhoneOnlyCustomerGetsTheCodeBySms() {
        String phone = "+57300" + (1000000 + (int) (Math.random() * 8999999));
        assertThat(mobile.post("/enrolments", appKey, null, Map.of("firstName", "Pedro", "phone", phone)).status())
                .isEqualTo(201);
        MobileClient.Response again = mobile.post("/enrolments", appKey, null, Map.of("firstName", "Pedro",
                "phone", phone.substring(3)));
        assertThat(again.status()).as(again.raw()).isEqualTo(202);
        assertThat(again.text("channel")).isEqualTo("SMS");
        assertThat(lastCode(business, phone)).matches("\\d{6}");
    }

    @Test
    void enrolmentNeedsAValidAppKey() {
        Map<String, String> body = Map.of("firstName", "Nadie", "email", uniqueEmail("nadie"));
        assertProblem(mobile.post("/enrolments", null, null, body), 401, "UNAUTHENTICATED");
        MobileClient.Response unknown = mobile.post("/enrolments", "pk_live_" + "x".repeat(32), null, body);
        assertProblem(unknown, 401, "UNAUTHENTICATED");
        assertThat(unknown.text("reason")).isEqualTo("APP_KEY_INVALID");

        String revokedId = graphQl.execute(business.adminToken(), "{ mobileApps { edges { node { id } } } }").ok()
                .data("mobileApps.edges").get(0).path("node").path("id").asString();
        graphQl.execute(business.adminToken(), "mutation($id: ID!) { revokeMobileApp(id: $id) { active } }",
                Map.of("id", revokedId)).ok();
        MobileClient.Response revoked = mobile.post("/enrolments", appKey, null, body);
        assertProblem(revoked, 401, "UNAUTHENTICATED");
        assertThat(revoked.text("reason")).isEqualTo("APP_KEY_INVALID");
    }

    @Test
    void aRevokedKeyIsRefusedAtOnceThoughItWasJustUsed() {
        String key = mobile.createApp(business.adminToken(), "Short-lived app");
        String token = mobile.enrolNew(key, "Breve", uniqueEmail("breve")).token();
        assertThat(mobile.get("/me", key, token).status()).isEqualTo(200);
        String id = graphQl.execute(business.adminToken(), "{ mobileApps { edges { node { id name } } } }").ok()
                .data("mobileApps.edges").valueStream().map(edge -> edge.path("node"))
                .filter(node -> node.path("name").asString().equals("Short-lived app")).findFirst().orElseThrow()
                .path("id").asString();
        graphQl.execute(business.adminToken(), "mutation($id: ID!) { revokeMobileApp(id: $id) { id } }",
                Map.of("id", id)).ok();

        MobileClient.Response refused = mobile.get("/me", key, token);
        assertProblem(refused, 401, "UNAUTHENTICATED");
        assertThat(refused.text("reason")).isEqualTo("APP_KEY_INVALID");
        assertThat(mobile.get("/me", appKey, token).status()).as("the business's other app still works").isEqualTo(200);
    }

    @Test
    void invalidEnrolmentsAreBadUserInputNamingTheField() {
        MobileClient.Response noName = mobile.post("/enrolments", appKey, null, Map.of("email", uniqueEmail("x")));
        assertProblem(noName, 400, "BAD_USER_INPUT");
        assertThat(noName.text("field")).isEqualTo("firstName");

        MobileClient.Response noContact = mobile.post("/enrolments", appKey, null, Map.of("firstName", "Ana"));
        assertProblem(noContact, 400, "BAD_USER_INPUT");
        assertThat(noContact.text("field")).isEqualTo("email");

        MobileClient.Response badEmail = mobile.post("/enrolments", appKey, null, Map.of("firstName", "Ana",
                "email", "ana.gomez"));
        assertProblem(badEmail, 400, "BAD_USER_INPUT");
        assertThat(badEmail.text("field")).isEqualTo("email");

        MobileClient.Response badBirthday = mobile.post("/enrolments", appKey, null, Map.of("firstName", "Ana",
                "email", uniqueEmail("ana"), "birthday", "1990-13-45"));
        assertProblem(badBirthday, 400, "BAD_USER_INPUT");
        assertThat(badBirthday.text("field")).isEqualTo("birthday");

        MobileClient.Response future = mobile.post("/enrolments", appKey, null, Map.of("firstName", "Ana",
                "email", uniqueEmail("ana"), "birthday", "2999-01-01"));
        assertProblem(future, 400, "BAD_USER_INPUT");
        assertThat(future.text("field")).isEqualTo("birthday");
    }

    @Test
    void enrolmentsPerContactAreRateLimited() {
        String email = uniqueEmail("flood");
        mobile.enrolNew(appKey, "Flood", email);
        MobileClient.Response last = null;
        for (int i = 0; i < 6; i++) {
            last = mobile.post("/enrolments", appKey, null, Map.of("firstName", "Flood", "email", email));
            if (last.status() == 429) {
                break;
            }
            assertThat(last.status()).as(last.raw()).isEqualTo(202);
        }
        assertProblem(last, 429, "RATE_LIMITED");
        assertThat(last.body().path("retryAfter").asInt()).isPositive();
    }
}
