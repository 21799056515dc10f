package com.radartracking.support;

import java.time.LocalTime;
import java.util.Map;

/**
 * A business's push rules (frequency cap, quiet hours) set through the API, as an Admin sets them in the
 * panel: what holds a GeoPush or a campaign's message back starts from them.
 */
public final class PushRules {

    private static final String UPDATE =
            "mutation($i: UpdatePushSettingsInput!) { updatePushSettings(input: $i) { frequencyCap } }";

    private PushRules() {
    }

    /** At most {@code cap} messages per customer in any {@code windowHours}. */
    public static void frequencyCap(GraphQlClient graphQl, TenantFixture tenant, int cap, int windowHours) {
        update(graphQl, tenant, Map.of("frequencyCap", cap, "frequencyCapWindowHours", windowHours));
    }

    /** Quiet hours from {@code start} to {@code end}, read in the business's time zone. */
    public static void quietHours(GraphQlClient graphQl, TenantFixture tenant, LocalTime start, LocalTime end) {
        update(graphQl, tenant, Map.of("quietHoursStart", start.toString(), "quietHoursEnd", end.toString()));
    }

    private static void update(GraphQlClient graphQl, TenantFixture tenant, Map<String, Object> input) {
        graphQl.execute(tenant.adminToken(), UPDATE, Map.of("i", input)).ok();
    }
}
