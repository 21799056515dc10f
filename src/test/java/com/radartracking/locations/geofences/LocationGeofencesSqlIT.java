package com.radartracking.locations.geofences;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.customers.SqlStatementLog;
import com.radartracking.support.GraphQlClient;
import com.radartracking.support.TenantFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Location.geofences and Geofence.location go through data loaders: a page of locations with their zones
 * (and each zone's location) costs the same statements whatever the number of locations and zones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocationGeofencesSqlIT extends GeofenceApiTest {

    private static final String PAGE = """
            query($first: Int) { locations(first: $first) { edges { node { id
              geofences { id name location { name } } } } } }""";

    private TenantFixture tenant;

    @BeforeAll
    void zones() {
        graphQl = new GraphQlClient("http://127.0.0.1:" + port);
        tenant = signUpBusiness("Counted Zones Café");
        for (int i = 0; i < 5; i++) {
            String locationId = createLocation(tenant.adminToken(), "Location " + i, 4.6 + i / 100.0, -74.08);
            for (int z = 0; z <= i; z++) {
                createCircle(tenant.adminToken(), locationId, "Zone " + i + "." + z);
            }
        }
    }

    @Test
    void locationsWithTheirZonesCostTheSameStatementsForAnyPageSize() {
        List<Integer> counts = new java.util.ArrayList<>();
        for (int first : new int[] {1, 3, 5}) {
            SqlStatementLog.watch(tenant.businessId());
            try {
                assertThat(graphQl.execute(tenant.adminToken(), PAGE, Map.of("first", first)).ok()
                        .data("locations").path("edges")).hasSize(first);
            } finally {
                counts.add(SqlStatementLog.stop(tenant.businessId()).size());
            }
        }
        // set_config, locations page + count, the zones of every location on the page, their locations.
        assertThat(counts).as("statements per page size").containsOnly(counts.getFirst());
        assertThat(counts.getFirst()).isLessThanOrEqualTo(5);
    }
}
