package com.radartracking.locations.geofences;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.TenantFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Admins manage zones; Staff read those of their assigned locations only; Analysts read all and change none. */
class GeofenceRolesIT extends GeofenceApiTest {

    private static final String LIST = "query($l: ID) { geofences(locationId: $l) { totalCount edges { node { id } } } }";

    @Test
    void staffSeeOnlyTheZonesOfTheirLocationsAndChangeNothing() {
        TenantFixture tenant = signUpBusiness("Staffed Zone Café");
        String mine = createLocation(tenant.adminToken(), "Mine", 4.6, -74.08);
        String other = createLocation(tenant.adminToken(), "Other", 4.7, -74.05);
        String myZone = createCircle(tenant.adminToken(), mine, "Mine zone");
        String otherZone = createCircle(tenant.adminToken(), other, "Other zone");
        String staff = addMember(tenant.adminToken(), "STAFF", List.of(mine)).accessToken();

        JsonNode list = graphQl.execute(staff, LIST).ok().data("geofences");
        assertThat(list.path("totalCount").asInt()).isEqualTo(1);
        assertThat(list.path("edges").path(0).path("node").path("id").asString()).isEqualTo(myZone);
        graphQl.execute(staff, LIST, Map.of("l", other)).failsWith("NOT_FOUND");
        graphQl.execute(staff, "query($id: ID!) { geofence(id: $id) { id } }", Map.of("id", myZone)).ok();
        graphQl.execute(staff, "query($id: ID!) { geofence(id: $id) { id } }", Map.of("id", otherZone))
                .failsWith("NOT_FOUND");
        JsonNode locations = graphQl.execute(staff, "{ locations { edges { node { id geofences { id } } } } }").ok()
                .data("locations").path("edges");
        assertThat(locations).hasSize(1);
        assertThat(locations.path(0).path("node").path("geofences").path(0).path("id").asString()).isEqualTo(myZone);

        createGeofenceResponse(staff, Map.of("locationId", mine, "name", "Staff zone")).failsWith("FORBIDDEN");
        updateGeofenceResponse(staff, myZone, Map.of("name", "Renamed")).failsWith("FORBIDDEN");
        graphQl.execute(staff, "mutation($id: ID!) { deleteGeofence(id: $id) }", Map.of("id", myZone))
                .failsWith("FORBIDDEN");
    }

    @Test
    void analystsReadEveryZoneAndChangeNone() {
        TenantFixture tenant = signUpBusiness("Analysed Zone Café");
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        String norte = createLocation(tenant.adminToken(), "Norte", 4.7, -74.05);
        String zone = createCircle(tenant.adminToken(), centro, "A");
        createCircle(tenant.adminToken(), norte, "B");
        String analyst = addMember(tenant.adminToken(), "ANALYST", List.of()).accessToken();

        assertThat(graphQl.execute(analyst, LIST).ok().data("geofences").path("totalCount").asInt()).isEqualTo(2);
        graphQl.execute(analyst, "query($id: ID!) { geofence(id: $id) { id location { name } } }", Map.of("id", zone))
                .ok();
        createGeofenceResponse(analyst, Map.of("locationId", centro, "name", "X")).failsWith("FORBIDDEN");
        graphQl.execute(analyst, "mutation($id: ID!) { deleteGeofence(id: $id) }", Map.of("id", zone))
                .failsWith("FORBIDDEN");
    }

    @Test
    void anonymousCallersAreUnauthenticated() {
        graphQl.execute(null, "{ geofences { totalCount } }").failsWith("UNAUTHENTICATED");
    }
}
