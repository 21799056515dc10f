package com.radartracking.campaigns.segments;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.isolation.IsolationCase;
import com.radartracking.isolation.IsolationCases;
import com.radartracking.isolation.IsolationWorld;
import com.radartracking.isolation.Planted;
import java.util.List;
import java.util.Map;

/** Segments: B can neither read, change, delete nor count with A's segments, customers or locations. */
public class SegmentsIsolationCases implements IsolationCases {

    private static final String WITNESS = "query($id: ID!) { segment(id: $id) { name description } }";

    private static String plantSegment(IsolationWorld world, String name) {
        return world.asA("""
                mutation($n: String!) { createSegment(input: {name: $n, condition: {fact: VISIT_COUNT, op: GTE, number: 0}}) { id } }""",
                Map.of("n", name)).text("createSegment.id");
    }

    private static Planted aLocation(IsolationWorld world) {
        return Planted.of(Map.of("l", world.createLocation(world.a(), "Secret Zone Place")), "Secret Zone Place");
    }

    @Override
    public List<IsolationCase> cases() {
        return List.of(
                IsolationCase.named("segments: list shows only B's (and the ready-made ones)")
                        .plant(world -> Planted.markersOnly(plantSegment(world, "Secret segment"), "Secret segment"))
                        .attack("{ segments(first: 50, includeBuiltIn: true) { edges { cursor node { id name builtIn customerCount } } } }")
                        .expectNoLeak()
                        .check((planted, response) -> response.data("segments.edges").forEach(edge ->
                                assertThat(edge.path("node").path("builtIn").asBoolean()).isTrue())),
                IsolationCase.named("segments: read by id")
                        .plant(world -> Planted.id(plantSegment(world, "Secret read"), "Secret read"))
                        .attack("query($id: ID!) { segment(id: $id) { id name } }")
                        .expectNotFound(),
                IsolationCase.named("segments: update A's")
                        .plant(world -> Planted.id(plantSegment(world, "Keep segment"), "Keep segment"))
                        .attack("""
                                mutation($id: ID!) { updateSegment(id: $id, input: {name: "Hijacked",
                                  condition: {fact: VISIT_COUNT, op: GTE, number: 5}}) { id } }""")
                        .expectNotFound()
                        .witness(WITNESS),
                IsolationCase.named("segments: delete A's")
                        .plant(world -> Planted.id(plantSegment(world, "Stay segment")))
                        .attack("mutation($id: ID!) { deleteSegment(id: $id) }")
                        .expectNotFound()
                        .witness(WITNESS),
                IsolationCase.named("segments: preview with A's location")
                        .plant(SegmentsIsolationCases::aLocation)
                        .attack("query($l: ID!) { segmentPreview(condition: {fact: VISITED_LOCATION, locationId: $l}) { customerCount } }")
                        .expectNotFound(),
                IsolationCase.named("segments: save with A's location")
                        .plant(SegmentsIsolationCases::aLocation)
                        .attack("""
                                mutation($l: ID!) { createSegment(input: {name: "Theirs",
                                  condition: {fact: VISITED_LOCATION, locationId: $l}}) { id } }""")
                        .expectNotFound(),
                IsolationCase.named("segments: preview counts only B's customers")
                        .plant(world -> {
                            world.asA("mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }",
                                    Map.of("i", Map.of("firstName", "Secretina", "email", world.uniqueEmail("secretina"))));
                            return Planted.markersOnly("Secretina");
                        })
                        .attack("{ segmentPreview(condition: {fact: VISIT_COUNT, op: GTE, number: 0}) { customerCount sample { id displayName } } }")
                        .expectNoLeak()
                        .check((planted, response) ->
                                assertThat(response.data("segmentPreview.customerCount").asInt()).isZero()),
                IsolationCase.named("segments: exact preview counts only B's customers")
                        .plant(world -> {
                            world.asA("mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }",
                                    Map.of("i", Map.of("firstName", "Exactina", "email", world.uniqueEmail("exactina"))));
                            return Planted.markersOnly("Exactina");
                        })
                        .attack("""
                                { segmentPreview(condition: {fact: VISIT_COUNT, op: GTE, number: 0}, exact: true) {
                                  customerCount customerCountIsExact sample { id displayName } } }""")
                        .expectNoLeak()
                        .check((planted, response) -> {
                            assertThat(response.data("segmentPreview.customerCount").asInt()).isZero();
                            assertThat(response.data("segmentPreview.customerCountIsExact").asBoolean()).isTrue();
                        }));
    }
}
