package com.radartracking.push.devices;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.MobileClient;
import com.radartracking.support.TenantFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** Senders target active devices refreshed within radar.push.devices.stale-after, and learn why others are not. */
class DeviceTargetingIT extends ApiIntegrationTest {

    @Autowired
    private TargetableDevices targetable;

    @Autowired
    private DeviceProperties properties;

    @Autowired
    private PlatformTransactionManager transactionManager;

    private UUID register(MobileClient mobile, String key, String customerToken, String token) {
        MobileClient.Response response = mobile.send("PUT", "/me/devices", key, customerToken, "application/json",
                "{\"token\":\"" + token + "\",\"platform\":\"ANDROID\",\"locale\":\"es-CO\",\"timeZone\":\"America/Bogota\"}");
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return UUID.fromString(response.text("id"));
    }

    @Test
    void onlyActiveFreshDevicesAreTargeted() {
        DeviceFixtures fixtures = new DeviceFixtures(jdbc, transactionManager);
        MobileClient mobile = new MobileClient(graphQl);
        TenantFixture business = signUpBusiness("Targets " + UUID.randomUUID().toString().substring(0, 8));
        String key = mobile.createApp(business.adminToken(), "App");
        MobileClient.Enrolled fresh = mobile.enrolNew(key, "Fresca", uniqueEmail("fresh"));
        MobileClient.Enrolled stale = mobile.enrolNew(key, "Vieja", uniqueEmail("stale"));
        MobileClient.Enrolled unregistered = mobile.enrolNew(key, "Ida", uniqueEmail("gone"));
        MobileClient.Enrolled none = mobile.enrolNew(key, "Nada", uniqueEmail("none"));

        UUID freshDevice = register(mobile, key, fresh.token(), "fresh-" + UUID.randomUUID());
        UUID agedDevice = register(mobile, key, fresh.token(), "aged-" + UUID.randomUUID());
        fixtures.age(business.businessId(), agedDevice, 31);
        UUID staleDevice = register(mobile, key, stale.token(), "stale-" + UUID.randomUUID());
        fixtures.age(business.businessId(), staleDevice, 30 + 1);
        UUID goneDevice = register(mobile, key, unregistered.token(), "gone-" + UUID.randomUUID());
        assertThat(mobile.send("DELETE", "/me/devices/" + goneDevice, key, unregistered.token(), null, null).status())
                .isEqualTo(204);

        TenantFixture other = signUpBusiness("Other " + UUID.randomUUID().toString().substring(0, 8));
        String otherKey = mobile.createApp(other.adminToken(), "App");
        MobileClient.Enrolled stranger = mobile.enrolNew(otherKey, "Ajena", uniqueEmail("stranger"));
        register(mobile, otherKey, stranger.token(), "stranger-" + UUID.randomUUID());

        List<UUID> customers = List.of(UUID.fromString(fresh.customerId()), UUID.fromString(stale.customerId()),
                UUID.fromString(unregistered.customerId()), UUID.fromString(none.customerId()),
                UUID.fromString(stranger.customerId()));
        List<TargetableDevices.Target> targets = TenantContext.callAs(business.businessId(),
                () -> targetable.of(customers));
        assertThat(targets).extracting(TargetableDevices.Target::deviceId).containsExactly(freshDevice);
        TargetableDevices.Target target = targets.getFirst();
        assertThat(target.customerId()).isEqualTo(UUID.fromString(fresh.customerId()));
        assertThat(target.locale()).isEqualTo("es-CO");
        assertThat(target.timeZone()).isEqualTo("America/Bogota");
        assertThat(target.platform()).isEqualTo(DevicePlatform.ANDROID);

        Map<UUID, TargetableDevices.Reach> reach = TenantContext.callAs(business.businessId(),
                () -> targetable.reachOf(customers));
        assertThat(reach).containsExactly(
                Map.entry(UUID.fromString(fresh.customerId()), TargetableDevices.Reach.FRESH),
                Map.entry(UUID.fromString(stale.customerId()), TargetableDevices.Reach.STALE_ONLY),
                Map.entry(UUID.fromString(unregistered.customerId()), TargetableDevices.Reach.NONE),
                Map.entry(UUID.fromString(none.customerId()), TargetableDevices.Reach.NONE),
                Map.entry(UUID.fromString(stranger.customerId()), TargetableDevices.Reach.NONE));
        assertThat(TenantContext.callAs(business.businessId(), () -> targetable.of(List.of()))).isEmpty();
    }

    @Test
    void theWindowComesFromTheProperty() {
        assertThat(properties.staleAfter()).isEqualTo(Duration.ofDays(30));
        Instant freshSince = targetable.freshSince();
        assertThat(Duration.between(freshSince, Instant.now())).isBetween(Duration.ofDays(30),
                Duration.ofDays(30).plusMinutes(1));
    }
}
