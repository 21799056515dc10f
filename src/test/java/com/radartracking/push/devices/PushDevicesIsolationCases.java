package com.radartracking.push.devices;

import com.radartracking.isolation.IsolationCase;
import com.radartracking.isolation.IsolationCases;
import com.radartracking.isolation.IsolationWorld;
import com.radartracking.isolation.Planted;
import com.radartracking.support.MobileClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The app's push endpoints: customer Y of A has a device and a notification. B's customer (with B's app
 * key) and X, another customer of A (with A's key), each try every endpoint on Y's device and notification:
 * unregistering or reporting is 404 like an unknown id, listing and registering show only their own. A's
 * activity log for the device is the witness that nothing changed (an unregistration would be logged).
 */
public class PushDevicesIsolationCases implements IsolationCases {

    private static final String DEVICES = MobileClient.BASE + "/me/devices";
    private static final String DEVICE = DEVICES + "/{id}";
    private static final String RECEIVED = MobileClient.BASE + "/me/notifications/{id}/received";
    private static final String OPENED = MobileClient.BASE + "/me/notifications/{id}/opened";

    private static final String WITNESS_DEVICE = """
            query($aDeviceId: String!) { activityLog(entityType: "Device", entityId: $aDeviceId) {
              edges { node { action occurredAt } } } }""";

    /**
     * Variables: aKey, yToken (Y's customer token), aDeviceId, aDeviceToken, aNotificationId, aCustomerId,
     * xToken (X, another customer of A), bKey, bToken (B's customer).
     */
    static Planted yDeviceAndNotification(IsolationWorld world) {
        MobileClient mobile = new MobileClient(world.graphQl());
        String aKey = mobile.createApp(world.a().adminToken(), "A Push App");
        MobileClient.Enrolled y = mobile.enrolNew(aKey, "Yolanda", world.uniqueEmail("yolanda"));
        String deviceToken = "a-device-" + UUID.randomUUID() + ":APA91b";
        MobileClient.Response device = mobile.send("PUT", "/me/devices", aKey, y.token(), "application/json",
                "{\"token\":\"" + deviceToken + "\",\"platform\":\"ANDROID\",\"appVersion\":\"9.8.7-secret\"}");
        if (device.status() != 201) {
            throw new AssertionError("could not register A's device: " + device.raw());
        }
        String deviceId = device.text("id");
        UUID notification = new DeviceFixtures(world.bean(JdbcTemplate.class),
                world.bean(PlatformTransactionManager.class))
                .notification(world.a().businessId(), UUID.fromString(y.customerId()), UUID.fromString(deviceId));
        MobileClient.Enrolled x = mobile.enrolNew(aKey, "Xavier", world.uniqueEmail("xavier"));
        String bKey = mobile.createApp(world.b().adminToken(), "B Push App");
        MobileClient.Enrolled b = mobile.enrolNew(bKey, "Bruno", world.uniqueEmail("bruno"));
        return new Planted(Map.of("aKey", aKey, "yToken", y.token(), "aDeviceId", deviceId,
                "aDeviceToken", deviceToken, "aNotificationId", notification.toString(), "aCustomerId",
                y.customerId(), "xToken", x.token(), "bKey", bKey, "bToken", b.token()),
                Set.of(deviceId, deviceToken, notification.toString(), y.customerId(), "Yolanda", "9.8.7-secret"));
    }

    private static Map<String, String> asB(Planted planted) {
        return Map.of("X-App-Key", planted.var("bKey"), "Authorization", "Bearer " + planted.var("bToken"));
    }

    private static Map<String, String> asX(Planted planted) {
        return Map.of("X-App-Key", planted.var("aKey"), "Authorization", "Bearer " + planted.var("xToken"));
    }

    private record Attacker(String who, Function<Planted, Map<String, String>> headers) {
    }

    private static final List<Attacker> ATTACKERS = List.of(
            new Attacker("B's customer", PushDevicesIsolationCases::asB),
            new Attacker("customer X of A", PushDevicesIsolationCases::asX));

    private static IsolationCase notFound(String name, String method, String template, Function<Planted, String> path,
            Attacker attacker) {
        return IsolationCase.named("push devices REST: " + attacker.who() + " " + name)
                .plant(PushDevicesIsolationCases::yDeviceAndNotification)
                .rest(method, template, path, null, attacker.headers())
                .witness(WITNESS_DEVICE)
                .expectNotFound();
    }

    @Override
    public List<IsolationCase> cases() {
        List<IsolationCase> cases = new ArrayList<>();
        for (Attacker attacker : ATTACKERS) {
            cases.add(IsolationCase.named("push devices REST: " + attacker.who() + " lists only their own devices")
                    .plant(PushDevicesIsolationCases::yDeviceAndNotification)
                    .rest("GET", DEVICES, planted -> DEVICES + "?includeInactive=true", null, attacker.headers())
                    .witness(WITNESS_DEVICE)
                    .expectNoLeak());
            cases.add(notFound("cannot unregister Y's device by id", "DELETE", DEVICE,
                    planted -> DEVICES + "/" + planted.var("aDeviceId"), attacker));
            cases.add(notFound("cannot unregister Y's device by token", "DELETE", DEVICES,
                    planted -> DEVICES + "?token=" + planted.var("aDeviceToken"), attacker));
            cases.add(notFound("cannot report Y's notification received", "POST", RECEIVED,
                    planted -> MobileClient.BASE + "/me/notifications/" + planted.var("aNotificationId") + "/received",
                    attacker));
            cases.add(notFound("cannot report Y's notification opened", "POST", OPENED,
                    planted -> MobileClient.BASE + "/me/notifications/" + planted.var("aNotificationId") + "/opened",
                    attacker));
        }
        cases.add(IsolationCase.named("push devices REST: B registering A's token gets a device of B's own")
                .plant(PushDevicesIsolationCases::yDeviceAndNotification)
                .rest("PUT", DEVICES, planted -> DEVICES, planted -> "{\"token\":\"" + planted.var("aDeviceToken")
                        + "\",\"platform\":\"IOS\"}", PushDevicesIsolationCases::asB)
                .witness(WITNESS_DEVICE)
                .expectNoLeak());
        cases.add(IsolationCase.named("push devices REST: customer X of A registering shows none of Y's")
                .plant(PushDevicesIsolationCases::yDeviceAndNotification)
                .rest("PUT", DEVICES, planted -> DEVICES, planted -> "{\"token\":\"x-own-" + UUID.randomUUID()
                        + "\",\"platform\":\"WEB\"}", PushDevicesIsolationCases::asX)
                .witness(WITNESS_DEVICE)
                .expectNoLeak());
        cases.add(IsolationCase.named("push devices REST: Y's customer token with B's app key is refused")
                .plant(PushDevicesIsolationCases::yDeviceAndNotification)
                .rest("PUT", DEVICES, planted -> DEVICES, planted -> "{\"token\":\"" + planted.var("aDeviceToken")
                        + "\",\"platform\":\"IOS\"}", planted -> Map.of("X-App-Key", planted.var("bKey"),
                        "Authorization", "Bearer " + planted.var("yToken")))
                .witness(WITNESS_DEVICE)
                .expectRefused(401));
        return cases;
    }
}
