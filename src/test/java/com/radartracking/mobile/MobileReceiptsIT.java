package com.radartracking.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.push.devices.DeviceFixtures;
import com.radartracking.support.MobileClient;
import com.radartracking.support.TenantFixture;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** The app reports its notifications received and opened: first report wins, opened implies received. */
class MobileReceiptsIT extends MobileTestSupport {

    @Autowired
    private PlatformTransactionManager transactionManager;

    private DeviceFixtures fixtures;
    private MobileClient.Enrolled customer;
    private UUID device;

    @BeforeEach
    void setUpCustomerWithDevice() {
        fixtures = new DeviceFixtures(jdbc, transactionManager);
        customer = mobile.enrolNew(appKey, "Recibe", uniqueEmail("receipts"));
        device = UUID.fromString(mobile.send("PUT", "/me/devices", appKey, customer.token(), "application/json",
                "{\"token\":\"" + MobileDevicesIT.token() + "\",\"platform\":\"ANDROID\"}").text("id"));
    }

    private UUID notification() {
        return fixtures.notification(business.businessId(), UUID.fromString(customer.customerId()), device);
    }

    private MobileClient.Response report(UUID notification, String what, String key, String token) {
        return mobile.send("POST", "/me/notifications/" + notification + "/" + what, key, token, null, null);
    }

    @Test
    void receivedThenOpenedEachKeepTheirFirstTime() throws InterruptedException {
        UUID notification = notification();
        assertThat(report(notification, "received", appKey, customer.token()).status()).isEqualTo(204);
        Object received = fixtures.receipt(business.businessId(), notification).get("received_at");
        assertThat(received).isNotNull();
        assertThat(fixtures.receipt(business.businessId(), notification).get("opened_at")).isNull();

        Thread.sleep(5);
        assertThat(report(notification, "received", appKey, customer.token()).status()).isEqualTo(204);
        assertThat(fixtures.receipt(business.businessId(), notification).get("received_at")).isEqualTo(received);

        assertThat(report(notification, "opened", appKey, customer.token()).status()).isEqualTo(204);
        Map<String, Object> row = fixtures.receipt(business.businessId(), notification);
        assertThat(row.get("received_at")).as("an earlier receipt keeps its time").isEqualTo(received);
        Object opened = row.get("opened_at");
        assertThat(opened).isNotNull();
        Thread.sleep(5);
        assertThat(report(notification, "opened", appKey, customer.token()).status()).isEqualTo(204);
        assertThat(fixtures.receipt(business.businessId(), notification).get("opened_at")).isEqualTo(opened);
    }

    @Test
    void openedImpliesReceived() {
        UUID notification = notification();
        assertThat(report(notification, "opened", appKey, customer.token()).status()).isEqualTo(204);
        Map<String, Object> row = fixtures.receipt(business.businessId(), notification);
        assertThat(row.get("opened_at")).isNotNull();
        assertThat(row.get("received_at")).isEqualTo(row.get("opened_at"));
        assertThat(report(notification, "received", appKey, customer.token()).status()).isEqualTo(204);
        assertThat(fixtures.receipt(business.businessId(), notification).get("received_at"))
                .isEqualTo(row.get("received_at"));
    }

    @Test
    void anotherCustomersOrBusinessesNotificationIsNotFound() {
        UUID notification = notification();
        MobileClient.Enrolled other = mobile.enrolNew(appKey, "Otra", uniqueEmail("other"));
        TenantFixture elsewhere = signUpBusiness("Elsewhere " + UUID.randomUUID().toString().substring(0, 8));
        String elsewhereKey = mobile.createApp(elsewhere.adminToken(), "Elsewhere app");
        MobileClient.Enrolled stranger = mobile.enrolNew(elsewhereKey, "Extra", uniqueEmail("stranger"));
        for (String what : new String[] {"received", "opened"}) {
            MobileClient.Response sameBusiness = report(notification, what, appKey, other.token());
            assertProblem(sameBusiness, 404, "NOT_FOUND");
            assertThat(sameBusiness.raw()).doesNotContain(customer.customerId());
            assertProblem(report(notification, what, elsewhereKey, stranger.token()), 404, "NOT_FOUND");
            assertProblem(report(UUID.randomUUID(), what, appKey, customer.token()), 404, "NOT_FOUND");
            assertProblem(mobile.send("POST", "/me/notifications/nope/" + what, appKey, customer.token(), null, null),
                    400, "BAD_USER_INPUT");
            assertProblem(report(notification, what, appKey, null), 401, "UNAUTHENTICATED");
        }
        Map<String, Object> row = fixtures.receipt(business.businessId(), notification);
        assertThat(row.get("received_at")).isNull();
        assertThat(row.get("opened_at")).isNull();
    }
}
