package com.radartracking.locations;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.isolation.IsolationCase;
import com.radartracking.isolation.IsolationCases;
import com.radartracking.isolation.Planted;
import java.util.List;

/** Locations: B can neither see, change, (de)activate nor count A's locations. */
public class LocationsIsolationCases implements IsolationCases {

    private static final String WITNESS =
            "query($id: ID!) { location(id: $id) { name address timeZone active point { latitude longitude } updatedAt } }";

    @Override
    public List<IsolationCase> cases() {
        return List.of(
                IsolationCase.named("locations: list shows only B's")
                        .plant(world -> Planted.markersOnly(world.createLocation(world.a(), "Secret Norte"), "Secret Norte"))
                        .attack("""
                                { locations(first: 100, includeInactive: true) { totalCount
                                  edges { cursor node { id name } } } }""")
                        .expectNoLeak()
                        .check((planted, response) -> assertThat(response.data("locations.totalCount").asInt()).isZero()),
                IsolationCase.named("locations: read by id")
                        .plant(world -> Planted.id(world.createLocation(world.a(), "Secret Sur"), "Secret Sur"))
                        .attack("query($id: ID!) { location(id: $id) { id name } }")
                        .expectNotFound(),
                IsolationCase.named("locations: quota counts only B's")
                        .plant(world -> Planted.markersOnly(world.createLocation(world.a(), "Quota One")))
                        .attack("{ locationQuota { used limit } }")
                        .expectNoLeak()
                        .check((planted, response) -> assertThat(response.data("locationQuota.used").asInt()).isZero()),
                IsolationCase.named("locations: create adds to B only")
                        .plant(world -> Planted.markersOnly(world.createLocation(world.a(), "A Existing")))
                        .attack("""
                                mutation { createLocation(input: {name: "B New", timeZone: "America/Lima",
                                  point: {latitude: 1, longitude: 1}}) { id name } }""")
                        .expectNoLeak()
                        .witness("{ locations(first: 100) { totalCount edges { node { id name } } } }"),
                IsolationCase.named("locations: update A's")
                        .plant(world -> Planted.id(world.createLocation(world.a(), "Keep Name"), "Keep Name"))
                        .attack("""
                                mutation($id: ID!) { updateLocation(id: $id, input: {name: "Hijacked",
                                  point: {latitude: 0, longitude: 0}}) { id name } }""")
                        .expectNotFound()
                        .witness(WITNESS),
                IsolationCase.named("locations: deactivate A's")
                        .plant(world -> Planted.id(world.createLocation(world.a(), "Stay Open")))
                        .attack("mutation($id: ID!) { deactivateLocation(id: $id) { id active } }")
                        .expectNotFound()
                        .witness(WITNESS),
                IsolationCase.named("locations: reactivate A's")
                        .plant(world -> {
                            Planted planted = Planted.id(world.createLocation(world.a(), "Stay Closed"));
                            world.asA("mutation($id: ID!) { deactivateLocation(id: $id) { id } }", planted.variables());
                            return planted;
                        })
                        .attack("mutation($id: ID!) { reactivateLocation(id: $id) { id active } }")
                        .expectNotFound()
                        .witness(WITNESS));
    }
}
