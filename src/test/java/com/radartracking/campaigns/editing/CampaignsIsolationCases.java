package com.radartracking.campaigns.editing;

import com.radartracking.isolation.IsolationCase;
import com.radartracking.isolation.IsolationCases;
import com.radartracking.isolation.IsolationWorld;
import com.radartracking.isolation.Planted;
import java.util.List;
import java.util.Map;

/**
 * Campaigns: B can neither list, read nor change A's campaigns, nor write a campaign that uses A's zones,
 * locations, segments, programs or rewards.
 */
public class CampaignsIsolationCases implements IsolationCases {

    private static final String WITNESS = "query($id: ID!) { campaign(id: $id) { name status nextRunAt updatedAt } }";
    private static final String CREATE = """
            mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }""";
    private static final Map<String, Object> MESSAGE = Map.of("title", "Hola", "body", "Vuelve pronto");

    private static String plantCampaign(IsolationWorld world, String name) {
        return world.asA(CREATE, Map.of("i", Map.of("name", name, "kind", "RECURRING", "message", MESSAGE,
                "schedule", Map.of("frequency", "DAILY", "localTime", "09:00")))).text("createCampaign.id");
    }

    private static Planted aCampaign(IsolationWorld world, String name) {
        return Planted.id(plantCampaign(world, name), name);
    }

    private static String aZone(IsolationWorld world) {
        return world.asA("mutation($l: ID!) { createGeofence(input: {locationId: $l, name: \"Secret door\"}) { id } }",
                Map.of("l", world.createLocation(world.a(), "Secret Door Place"))).text("createGeofence.id");
    }

    private static String aProgram(IsolationWorld world) {
        return world.asA("mutation { createLoyaltyProgram(input: {name: \"Secret points\", kind: POINTS, "
                + "pointsPerVisit: 10}) { id } }", Map.of()).text("createLoyaltyProgram.id");
    }

    /** B's own input naming A's record as {@code $ref}. */
    private static IsolationCase createWith(String name, String inputFields) {
        return IsolationCase.named("campaigns: create with A's " + name)
                .attack("mutation($ref: ID!) { createCampaign(input: {name: \"Theirs\", message: {title: \"t\", body: \"b\"}, "
                        + inputFields + "}) { id name } }");
    }

    private static IsolationCase lifecycle(String mutation) {
        return IsolationCase.named("campaigns: " + mutation + " A's")
                .plant(world -> aCampaign(world, "Keep " + mutation))
                .attack("mutation($id: ID!) { " + mutation + "(id: $id) { id status } }")
                .expectNotFound()
                .witness(WITNESS);
    }

    @Override
    public List<IsolationCase> cases() {
        return List.of(
                IsolationCase.named("campaigns: list shows only B's")
                        .plant(world -> Planted.markersOnly(plantCampaign(world, "Secret campaign"), "Secret campaign"))
                        .attack("""
                                { campaigns(first: 50, filter: {includeArchived: true}) { edges { cursor node {
                                  id name segment { id } locations { id } } } } }""")
                        .expectNoLeak(),
                IsolationCase.named("campaigns: read by id")
                        .plant(world -> aCampaign(world, "Secret read"))
                        .attack("query($id: ID!) { campaign(id: $id) { id name message { title } } }")
                        .expectNotFound(),
                IsolationCase.named("campaigns: update A's")
                        .plant(world -> aCampaign(world, "Keep update"))
                        .attack("""
                                mutation($id: ID!) { updateCampaign(id: $id, input: {name: "Hijacked", kind: ONE_OFF,
                                  message: {title: "t", body: "b"}}) { id } }""")
                        .expectNotFound()
                        .witness(WITNESS),
                lifecycle("activateCampaign"),
                lifecycle("pauseCampaign"),
                lifecycle("resumeCampaign"),
                lifecycle("archiveCampaign"),
                createWith("zone", "kind: TRIGGERED, trigger: {type: GEOFENCE_ENTER, geofenceIds: [$ref]}")
                        .plant(world -> Planted.of(Map.of("ref", aZone(world))))
                        .expectNotFound(),
                createWith("location", "kind: ONE_OFF, locationIds: [$ref]")
                        .plant(world -> Planted.of(Map.of("ref", world.createLocation(world.a(), "Secret Scope"))))
                        .expectNotFound(),
                createWith("segment", "kind: ONE_OFF, segmentId: $ref")
                        .plant(world -> Planted.of(Map.of("ref", world.asA("""
                                mutation { createSegment(input: {name: "Secret audience",
                                  condition: {fact: VISIT_COUNT, op: GTE, number: 0}}) { id } }""", Map.of())
                                .text("createSegment.id")), "Secret audience"))
                        .expectNotFound(),
                createWith("program", "kind: TRIGGERED, trigger: {type: POINTS_THRESHOLD, points: 10, programId: $ref}")
                        .plant(world -> Planted.of(Map.of("ref", aProgram(world)), "Secret points"))
                        .expectNotFound(),
                createWith("reward", "kind: TRIGGERED, trigger: {type: REWARD_AVAILABLE, rewardId: $ref}")
                        .plant(world -> Planted.of(Map.of("ref", world.asA("""
                                mutation($p: ID!) { createReward(input: {programId: $p, name: "Secret coffee", cost: 5}) { id } }""",
                                Map.of("p", aProgram(world))).text("createReward.id")), "Secret coffee"))
                        .expectNotFound());
    }
}
