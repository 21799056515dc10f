package com.radartracking.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** The activity log: B's log never shows A's entries, even when B filters by A's entity id. */
public class AuditIsolationCases implements IsolationCases {

    @Override
    public List<IsolationCase> cases() {
        return List.of(
                IsolationCase.named("audit: activityLog lists only B's entries")
                        .plant(world -> Planted.markersOnly(world.createLocation(world.a(), "Audit Secret")))
                        .attack("{ activityLog(first: 100) { edges { node { id actorId entityId action } } } }")
                        .expectNoLeak(),
                IsolationCase.named("audit: activityLog filtered by A's entity id is empty")
                        .plant(world -> {
                            String id = world.createLocation(world.a(), "Audit Filter");
                            return Planted.of(Map.of("id", id), id);
                        })
                        .attack("""
                                query($id: String) { activityLog(first: 100, entityType: "Location", entityId: $id) {
                                  edges { node { id entityId } } } }""")
                        .expectNoLeak()
                        .check((planted, response) -> assertThat(response.data("activityLog.edges")).isEmpty()));
    }
}
