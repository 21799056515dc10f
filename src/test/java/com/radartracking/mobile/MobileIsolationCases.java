package com.radartracking.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.isolation.IsolationCase;
import com.radartracking.isolation.IsolationCases;
import com.radartracking.isolation.IsolationWorld;
import com.radartracking.isolation.Planted;
import com.radartracking.support.GraphQlResponse;
import java.util.List;
import java.util.Map;

/** Mobile apps (GraphQL): B can neither list, revoke nor learn the key of A's apps. */
public class MobileIsolationCases implements IsolationCases {

    private static final String WITNESS = "{ mobileApps(includeRevoked: true) { edges { node { id name active revokedAt } } } }";

    /** A's app: its id, name and public key are markers. */
    static Planted appOfA(IsolationWorld world) {
        GraphQlResponse created = world.asA("mutation { createMobileApp(name: \"A Secret App\") { id publicKey } }",
                Map.of());
        return Planted.id(created.text("createMobileApp.id"), "A Secret App", created.text("createMobileApp.publicKey"));
    }

    @Override
    public List<IsolationCase> cases() {
        return List.of(
                IsolationCase.named("mobile apps: list shows only B's")
                        .plant(MobileIsolationCases::appOfA)
                        .attack("{ mobileApps(includeRevoked: true) { totalCount edges { node { id name publicKey } } } }")
                        .expectNoLeak()
                        .check((planted, response) -> assertThat(response.data("mobileApps.totalCount").asInt()).isZero()),
                IsolationCase.named("mobile apps: revoke A's app")
                        .plant(MobileIsolationCases::appOfA)
                        .attack("mutation($id: ID!) { revokeMobileApp(id: $id) { id active } }")
                        .witness(WITNESS)
                        .expectNotFound(),
                IsolationCase.named("mobile apps: created in B's own business")
                        .plant(MobileIsolationCases::appOfA)
                        .attack("mutation { createMobileApp(name: \"B App\") { id name publicKey } }")
                        .witness(WITNESS)
                        .expectNoLeak());
    }
}
