package com.radartracking.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo loyalty program, through the public API like the rest of the demo: "Café Demo Puntos" (10
 * points per visit plus 1 point per 1,000 COP, points expire after a year without visits) with three
 * rewards, and a card for every demo customer. Idempotent: the program is found by name, rewards by name,
 * and issuing a card that exists returns it.
 */
final class DemoLoyalty {

    static final String PROGRAM = "Café Demo Puntos";

    /** Name, description, cost (points), stock (null = unlimited). */
    private static final List<Object[]> REWARDS = List.of(
            new Object[] {"Café americano gratis", "Un americano de cualquier tamaño", 50, null},
            new Object[] {"Porción de torta", "La torta del día", 120, 30},
            new Object[] {"Desayuno completo", "Huevos, pan, fruta y bebida caliente", 300, null});

    private DemoLoyalty() {
    }

    /** The program's id, created with its rewards when missing. Run before visits, so they earn points. */
    @SuppressWarnings("unchecked")
    static String ensureProgram(DemoGraphQlClient client, String token) {
        Map<String, Object> page = client.call(token, """
                { loyaltyPrograms(first: 100, includeInactive: true) { edges { node { id name
                  rewards(includeInactive: true) { name } } } } }""", Map.of(), "loyaltyPrograms");
        Map<String, Object> program = null;
        for (Map<String, Object> edge : (List<Map<String, Object>>) page.get("edges")) {
            Map<String, Object> node = (Map<String, Object>) edge.get("node");
            if (PROGRAM.equals(node.get("name"))) {
                program = node;
            }
        }
        if (program == null) {
            program = client.call(token, """
                    mutation($input: CreateLoyaltyProgramInput!) { createLoyaltyProgram(input: $input) { id } }""",
                    Map.of("input", Map.of("name", PROGRAM, "kind", "POINTS", "pointsPerVisit", 10,
                            "pointsPerCurrencyUnit", "0.001", "expiryDays", 365)), "createLoyaltyProgram");
            program.put("rewards", List.of());
        }
        String programId = (String) program.get("id");
        List<String> existing = new ArrayList<>();
        ((List<Map<String, Object>>) program.get("rewards")).forEach(reward -> existing.add((String) reward.get("name")));
        for (Object[] reward : REWARDS) {
            if (!existing.contains((String) reward[0])) {
                Map<String, Object> input = new java.util.HashMap<>(Map.of("programId", programId, "name", reward[0],
                        "description", reward[1], "cost", reward[2]));
                if (reward[3] != null) {
                    input.put("stock", reward[3]);
                }
                client.call(token, "mutation($input: CreateRewardInput!) { createReward(input: $input) { id } }",
                        Map.of("input", input), "createReward");
            }
        }
        return programId;
    }

    /** A card in the program for each of the first 100 customers that has none (visits issued most already). */
    @SuppressWarnings("unchecked")
    static void ensureCards(DemoGraphQlClient client, String token, String programId) {
        Map<String, Object> customers = client.call(token,
                "{ customers(first: 100) { edges { node { id loyaltyCards { program { id } } } } } }", Map.of(),
                "customers");
        for (Map<String, Object> edge : (List<Map<String, Object>>) customers.get("edges")) {
            Map<String, Object> customer = (Map<String, Object>) edge.get("node");
            boolean enrolled = ((List<Map<String, Object>>) customer.get("loyaltyCards")).stream()
                    .anyMatch(card -> programId.equals(((Map<String, Object>) card.get("program")).get("id")));
            if (enrolled) {
                continue;
            }
            String customerId = (String) customer.get("id");
            client.call(token, """
                    mutation($c: ID!, $p: ID!) { issueLoyaltyCard(customerId: $c, programId: $p) { id } }""",
                    Map.of("c", customerId, "p", programId), "issueLoyaltyCard");
        }
    }
}
