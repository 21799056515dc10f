package com.radartracking.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.push.devices.DeviceFixtures;
import com.radartracking.support.MobileClient;
import com.radartracking.support.TenantFixture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Registering, refreshing, re-assigning, reactivating, listing and unregistering the customer's devices. */
class MobileDevicesIT extends MobileTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private PlatformTransactionManager transactionManager;

    private DeviceFixtures fixtures;

    @BeforeEach
    void setUpFixtures() {
        fixtures = new DeviceFixtures(jdbc, transactionManager);
    }

    static String token() {
        return "fcm-" + UUID.randomUUID() + ":APA91b" + UUID.randomUUID().toString().replace("-", "");
    }

    static Map<String, Object> device(String token, String platform) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", token);
        body.put("platform", platform);
        return body;
    }

    MobileClient.Response put(String key, String customerToken, Object body) {
        return mobile.send("PUT", "/me/devices", key, customerToken, "application/json", JSON.writeValueAsString(body));
    }

    @Test
    void registeringTwiceRefreshesOneDevice() {
        MobileClient.Enrolled customer = mobile.enrolNew(appKey, "Dora", uniqueEmail("dora"));
        String token = token();
        Map<String, Object> body = device(token, "ANDROID");
        body.put("appVersion", "3.4.1");
        body.put("locale", "es-co");
        body.put("timeZone", "America/Bogota");

        MobileClient.Response created = put(appKey, customer.token(), body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("token")).isEqualTo(token);
        assertThat(created.text("tokenKind")).isEqualTo("FCM_TOKEN");
        assertThat(created.text("platform")).isEqualTo("ANDROID");
        assertThat(created.text("locale")).isEqualTo("es-CO");
        assertThat(created.text("timeZone")).isEqualTo("America/Bogota");
        assertThat(created.body().path("active").asBoolean()).isTrue();
        assertThat(created.body().path("stale").asBoolean()).isFalse();

        body.put("appVersion", "3.5.0");
        body.put("tokenKind", "FID");
        MobileClient.Response refreshed = put(appKey, customer.token(), body);
        assertThat(refreshed.status()).as(refreshed.raw()).isEqualTo(200);
        assertThat(refreshed.text("id")).isEqualTo(created.text("id"));
        assertThat(refreshed.text("appVersion")).isEqualTo("3.5.0");
        assertThat(refreshed.text("tokenKind")).isEqualTo("FID");
        assertThat(Instant.parse(refreshed.text("refreshedAt"))).isAfterOrEqualTo(Instant.parse(created.text("refreshedAt")));
        assertThat(refreshed.text("createdAt")).isEqualTo(created.text("createdAt"));

        JsonNode listed = mobile.get("/me/devices", appKey, customer.token()).body().path("devices");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("id").asString()).isEqualTo(created.text("id"));
        assertThat(fixtures.devicesWithToken(business.businessId(), token)).isEqualTo(1);

        var log = graphQl.execute(business.adminToken(), """
                query($id: String!) { activityLog(entityType: "Device", entityId: $id) { edges { node { action } } } }""",
                Map.of("id", created.text("id"))).ok();
        assertThat(log.data("activityLog.edges").toString()).contains("device.registered");
    }

    @Test
    void aTokenMovingToAnotherCustomerIsReassignedNotDuplicated() {
        MobileClient.Enrolled first = mobile.enrolNew(appKey, "Primera", uniqueEmail("first"));
        MobileClient.Enrolled second = mobile.enrolNew(appKey, "Segunda", uniqueEmail("second"));
        String token = token();
        MobileClient.Response mine = put(appKey, first.token(), device(token, "IOS"));
        assertThat(mine.status()).isEqualTo(201);

        MobileClient.Response moved = put(appKey, second.token(), device(token, "IOS"));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(moved.text("id")).isEqualTo(mine.text("id"));
        assertThat(fixtures.devicesWithToken(business.businessId(), token)).isEqualTo(1);
        assertThat(fixtures.device(business.businessId(), UUID.fromString(moved.text("id"))).get("customer_id"))
                .isEqualTo(UUID.fromString(second.customerId()));
        assertThat(mobile.get("/me/devices?includeInactive=true", appKey, first.token()).body().path("devices"))
                .as("the first customer no longer has it").isEmpty();
        assertThat(mobile.get("/me/devices", appKey, second.token()).body().path("devices")).hasSize(1);
        // The first customer can no longer unregister it.
        assertProblem(mobile.send("DELETE", "/me/devices/" + mine.text("id"), appKey, first.token(), null, null), 404,
                "NOT_FOUND");
        assertThat(fixtures.device(business.businessId(), UUID.fromString(mine.text("id"))).get("deactivated_at"))
                .isNull();
    }

    @Test
    void unregisteringDeactivatesAndRegisteringAgainReactivates() {
        MobileClient.Enrolled customer = mobile.enrolNew(appKey, "Ida", uniqueEmail("ida"));
        String token = token();
        String id = put(appKey, customer.token(), device(token, "WEB")).text("id");

        MobileClient.Response gone = mobile.send("DELETE", "/me/devices/" + id, appKey, customer.token(), null, null);
        assertThat(gone.status()).as(gone.raw()).isEqualTo(204);
        assertThat(mobile.get("/me/devices", appKey, customer.token()).body().path("devices")).isEmpty();
        JsonNode inactive = mobile.get("/me/devices?includeInactive=true", appKey, customer.token()).body()
                .path("devices").get(0);
        assertThat(inactive.path("active").asBoolean()).isFalse();
        assertThat(inactive.path("deactivationReason").asString()).isEqualTo("UNREGISTERED_BY_APP");
        assertThat(inactive.path("deactivatedAt").asString()).isNotBlank();
        assertThat(mobile.send("DELETE", "/me/devices/" + id, appKey, customer.token(), null, null).status())
                .as("repeating it is harmless").isEqualTo(204);

        MobileClient.Response back = put(appKey, customer.token(), device(token, "WEB"));
        assertThat(back.status()).as(back.raw()).isEqualTo(200);
        assertThat(back.text("id")).isEqualTo(id);
        assertThat(back.body().path("active").asBoolean()).isTrue();
        assertThat(back.body().path("deactivationReason").isNull()).isTrue();
    }

    @Test
    void aDeactivatedTokenOfAnotherCustomerIsReassignedAndReactivated() {
        MobileClient.Enrolled first = mobile.enrolNew(appKey, "Uno", uniqueEmail("uno"));
        MobileClient.Enrolled second = mobile.enrolNew(appKey, "Dos", uniqueEmail("dos"));
        String token = token();
        String id = put(appKey, first.token(), device(token, "ANDROID")).text("id");
        assertThat(mobile.send("DELETE", "/me/devices?token=" + token, appKey, first.token(), null, null).status())
                .isEqualTo(204);

        MobileClient.Response taken = put(appKey, second.token(), device(token, "ANDROID"));
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.text("id")).isEqualTo(id);
        assertThat(taken.body().path("active").asBoolean()).isTrue();
        assertThat(fixtures.devicesWithToken(business.businessId(), token)).isEqualTo(1);
    }

    @Test
    void unregisteringByTokenNeedsTheCallersToken() {
        MobileClient.Enrolled owner = mobile.enrolNew(appKey, "Duena", uniqueEmail("owner"));
        MobileClient.Enrolled other = mobile.enrolNew(appKey, "Otro", uniqueEmail("other"));
        String token = token();
        String id = put(appKey, owner.token(), device(token, "IOS")).text("id");

        MobileClient.Response notYours = mobile.send("DELETE", "/me/devices?token=" + token, appKey, other.token(),
                null, null);
        assertProblem(notYours, 404, "NOT_FOUND");
        assertThat(notYours.raw()).doesNotContain(token);
        assertProblem(mobile.send("DELETE", "/me/devices/" + id, appKey, other.token(), null, null), 404, "NOT_FOUND");
        assertThat(fixtures.device(business.businessId(), UUID.fromString(id)).get("deactivated_at")).isNull();

        assertProblem(mobile.send("DELETE", "/me/devices?token=unknown-token", appKey, owner.token(), null, null), 404,
                "NOT_FOUND");
        assertProblem(mobile.send("DELETE", "/me/devices", appKey, owner.token(), null, null), 400, "BAD_USER_INPUT");
        assertProblem(mobile.send("DELETE", "/me/devices/" + UUID.randomUUID(), appKey, owner.token(), null, null), 404,
                "NOT_FOUND");
        assertProblem(mobile.send("DELETE", "/me/devices/not-a-uuid", appKey, owner.token(), null, null), 400,
                "BAD_USER_INPUT");
        assertThat(mobile.send("DELETE", "/me/devices?token=" + token, appKey, owner.token(), null, null).status())
                .isEqualTo(204);
        assertThat(fixtures.device(business.businessId(), UUID.fromString(id)).get("deactivation_reason"))
                .isEqualTo("UNREGISTERED_BY_APP");
    }

    @Test
    void anotherBusinessNeverReachesTheDeviceAndTheSameTokenThereIsItsOwn() {
        MobileClient.Enrolled ours = mobile.enrolNew(appKey, "Nuestra", uniqueEmail("ours"));
        String token = token();
        String id = put(appKey, ours.token(), device(token, "ANDROID")).text("id");

        TenantFixture other = signUpBusiness("Other " + UUID.randomUUID().toString().substring(0, 8));
        String otherKey = mobile.createApp(other.adminToken(), "Other app");
        MobileClient.Enrolled theirs = mobile.enrolNew(otherKey, "Ajena", uniqueEmail("theirs"));
        assertProblem(mobile.send("DELETE", "/me/devices/" + id, otherKey, theirs.token(), null, null), 404,
                "NOT_FOUND");
        assertProblem(mobile.send("DELETE", "/me/devices?token=" + token, otherKey, theirs.token(), null, null), 404,
                "NOT_FOUND");
        assertProblem(mobile.send("DELETE", "/me/devices/" + id, otherKey, ours.token(), null, null), 401,
                "UNAUTHENTICATED");

        MobileClient.Response own = put(otherKey, theirs.token(), device(token, "ANDROID"));
        assertThat(own.status()).as("a separate device of the other business").isEqualTo(201);
        assertThat(own.text("id")).isNotEqualTo(id);
        Map<String, Object> ourRow = fixtures.device(business.businessId(), UUID.fromString(id));
        assertThat(ourRow.get("customer_id")).isEqualTo(UUID.fromString(ours.customerId()));
        assertThat(ourRow.get("deactivated_at")).isNull();
        assertThat(mobile.get("/me/devices", appKey, ours.token()).body().path("devices")).hasSize(1);
    }

    @Test
    void aStaleDeviceIsShownStaleUntilRefreshed() {
        MobileClient.Enrolled customer = mobile.enrolNew(appKey, "Vieja", uniqueEmail("stale"));
        String token = token();
        String id = put(appKey, customer.token(), device(token, "ANDROID")).text("id");
        fixtures.age(business.businessId(), UUID.fromString(id), 31);
        JsonNode listed = mobile.get("/me/devices", appKey, customer.token()).body().path("devices").get(0);
        assertThat(listed.path("stale").asBoolean()).isTrue();
        assertThat(listed.path("active").asBoolean()).isTrue();
        assertThat(put(appKey, customer.token(), device(token, "ANDROID")).body().path("stale").asBoolean()).isFalse();
    }

    @Test
    void aCustomerKeepsAtMostTenActiveDevicesTheOldestGoesFirst() {
        MobileClient.Enrolled customer = mobile.enrolNew(appKey, "Muchos", uniqueEmail("many"));
        String oldest = put(appKey, customer.token(), device(token(), "ANDROID")).text("id");
        fixtures.age(business.businessId(), UUID.fromString(oldest), 2);
        for (int i = 0; i < 10; i++) {
            assertThat(put(appKey, customer.token(), device(token(), "ANDROID")).status()).isEqualTo(201);
        }
        JsonNode active = mobile.get("/me/devices", appKey, customer.token()).body().path("devices");
        assertThat(active).hasSize(10);
        assertThat(active.toString()).doesNotContain(oldest);
        assertThat(fixtures.device(business.businessId(), UUID.fromString(oldest)).get("deactivation_reason"))
                .isEqualTo("SUPERSEDED");
    }

    @Test
    void concurrentRegistrationsOfOneTokenByTwoCustomersEndAsOneDevice() throws Exception {
        MobileClient.Enrolled first = mobile.enrolNew(appKey, "Par", uniqueEmail("even"));
        MobileClient.Enrolled second = mobile.enrolNew(appKey, "Impar", uniqueEmail("odd"));
        String token = token();
        List<Callable<MobileClient.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String customerToken = i % 2 == 0 ? first.token() : second.token();
            calls.add(() -> put(appKey, customerToken, device(token, "ANDROID")));
        }
        List<MobileClient.Response> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<MobileClient.Response> future : pool.invokeAll(calls)) {
                responses.add(future.get());
            }
        }
        assertThat(responses).extracting(MobileClient.Response::status).as("%s", responses)
                .allMatch(status -> status == 200 || status == 201);
        assertThat(responses).filteredOn(response -> response.status() == 201).hasSize(1);
        assertThat(responses).extracting(response -> response.text("id")).containsOnly(responses.get(0).text("id"));
        assertThat(fixtures.devicesWithToken(business.businessId(), token)).isEqualTo(1);
    }

    @Test
    void registrationsPerCustomerAreRateLimited() {
        MobileClient.Enrolled customer = mobile.enrolNew(appKey, "Bucle", uniqueEmail("loop"));
        String token = token();
        for (int i = 0; i < 60; i++) {
            assertThat(put(appKey, customer.token(), device(token, "ANDROID")).status()).isBetween(200, 201);
        }
        MobileClient.Response limited = put(appKey, customer.token(), device(token(), "ANDROID"));
        assertProblem(limited, 429, "RATE_LIMITED");
        assertThat(limited.body().path("retryAfter").asInt()).isPositive();
        MobileClient.Enrolled other = mobile.enrolNew(appKey, "Otra", uniqueEmail("notlooping"));
        assertThat(put(appKey, other.token(), device(token(), "ANDROID")).status()).as("per customer").isEqualTo(201);
        assertThat(mobile.get("/me/devices", appKey, customer.token()).body().path("devices")).hasSize(1);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        MobileClient.Enrolled customer = mobile.enrolNew(appKey, "Mal", uniqueEmail("bad"));
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("token", device("", "ANDROID"));
        cases.put("token ", device("a".repeat(4097), "ANDROID"));
        cases.put("token  ", device("abc def", "ANDROID"));
        cases.put("token   ", device("abc\u0001def", "ANDROID"));
        cases.put("platform", device(token(), "SYMBIAN"));
        Map<String, Object> zone = device(token(), "IOS");
        zone.put("timeZone", "Mars/Olympus");
        cases.put("timeZone", zone);
        Map<String, Object> locale = device(token(), "IOS");
        locale.put("locale", "es_CO");
        cases.put("locale", locale);
        Map<String, Object> kind = device(token(), "IOS");
        kind.put("tokenKind", "APNS");
        cases.put("tokenKind", kind);
        Map<String, Object> noToken = new LinkedHashMap<>(Map.of("platform", "IOS"));
        cases.put("token    ", noToken);
        cases.forEach((field, body) -> {
            MobileClient.Response response = put(appKey, customer.token(), body);
            assertProblem(response, 400, "BAD_USER_INPUT");
            assertThat(response.text("field")).as(response.raw()).isEqualTo(field.strip());
        });
        assertProblem(mobile.send("PUT", "/me/devices", appKey, customer.token(), "application/json", "not json"), 400,
                "BAD_REQUEST");
        assertProblem(mobile.send("PUT", "/me/devices", appKey, customer.token(), "application/json",
                "{\"token\":\"" + "a".repeat(20_000) + "\",\"platform\":\"IOS\"}"), 413, "PAYLOAD_TOO_LARGE");
        assertProblem(mobile.send("PUT", "/me/devices", appKey, null, "application/json",
                JSON.writeValueAsString(device(token(), "IOS"))), 401, "UNAUTHENTICATED");
        assertThat(mobile.get("/me/devices?includeInactive=true", appKey, customer.token()).body().path("devices"))
                .as("nothing was registered").isEmpty();
    }
}
