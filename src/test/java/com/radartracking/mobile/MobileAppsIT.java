package com.radartracking.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.GraphQlResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The panel's management of mobile apps: Admin only, keys unique and shaped, revocation, activity log. */
class MobileAppsIT extends MobileTestSupport {

    @Test
    void adminsCreateListAndRevokeApps() {
        GraphQlResponse created = graphQl.execute(business.adminToken(), """
                mutation { createMobileApp(name: "  Android   app ") { id name publicKey active createdAt revokedAt } }""")
                .ok();
        assertThat(created.text("createMobileApp.name")).isEqualTo("Android app");
        assertThat(created.text("createMobileApp.publicKey")).matches("pk_live_[A-Za-z0-9]{32}").isNotEqualTo(appKey);
        assertThat(created.data("createMobileApp.active").asBoolean()).isTrue();
        String id = created.text("createMobileApp.id");

        GraphQlResponse revoked = graphQl.execute(business.adminToken(),
                "mutation($id: ID!) { revokeMobileApp(id: $id) { active revokedAt } }", Map.of("id", id)).ok();
        assertThat(revoked.data("revokeMobileApp.active").asBoolean()).isFalse();
        String revokedAt = revoked.text("revokeMobileApp.revokedAt");
        GraphQlResponse again = graphQl.execute(business.adminToken(),
                "mutation($id: ID!) { revokeMobileApp(id: $id) { revokedAt } }", Map.of("id", id)).ok();
        assertThat(again.text("revokeMobileApp.revokedAt")).isEqualTo(revokedAt);

        GraphQlResponse active = graphQl.execute(business.adminToken(),
                "{ mobileApps { totalCount edges { node { name } } } }").ok();
        assertThat(active.data("mobileApps.totalCount").asInt()).isEqualTo(1);
        GraphQlResponse all = graphQl.execute(business.adminToken(),
                "{ mobileApps(includeRevoked: true, first: 1) { totalCount pageInfo { hasNextPage endCursor } } }").ok();
        assertThat(all.data("mobileApps.totalCount").asInt()).isEqualTo(2);
        assertThat(all.data("mobileApps.pageInfo.hasNextPage").asBoolean()).isTrue();

        List<String> actions = jdbcActions();
        assertThat(actions).contains("mobile_app.created", "mobile_app.revoked");
        assertThat(actions.stream().filter("mobile_app.revoked"::equals)).hasSize(1);
    }

    @Test
    void staffCannotManageApps() {
        String location = createLocation(business.adminToken(), "Centro", 4.6, -74.1);
        String staff = addMember(business.adminToken(), "STAFF", List.of(location)).accessToken();
        graphQl.execute(staff, "{ mobileApps { totalCount } }").failsWith("FORBIDDEN");
        graphQl.execute(staff, "mutation { createMobileApp(name: \"x\") { id } }").failsWith("FORBIDDEN");
    }

    @Test
    void badNamesAreBadUserInputAndUnknownIdsNotFound() {
        graphQl.execute(business.adminToken(), "mutation { createMobileApp(name: \"   \") { id } }")
                .failsWith("BAD_USER_INPUT");
        graphQl.execute(business.adminToken(), "mutation($n: String!) { createMobileApp(name: $n) { id } }",
                Map.of("n", "x".repeat(81))).failsWith("BAD_USER_INPUT");
        graphQl.execute(business.adminToken(), "mutation { revokeMobileApp(id: \"nope\") { id } }")
                .failsWith("NOT_FOUND");
        graphQl.execute(business.adminToken(), "mutation { revokeMobileApp(id: \"" + java.util.UUID.randomUUID()
                + "\") { id } }").failsWith("NOT_FOUND");
    }

    private List<String> jdbcActions() {
        return graphQl.execute(business.adminToken(), "{ activityLog(first: 50, entityType: \"MobileApp\") { edges { node { action } } } }")
                .ok().data("activityLog.edges").valueStream().map(edge -> edge.path("node").path("action").asString())
                .toList();
    }
}
