package com.radartracking.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Invitations end to end: an Admin invites with a role (and, for Staff, locations), the invitee accepts
 * with the token and a password and is signed in; every way a token can be wrong (unknown, used,
 * expired, revoked) is NOT_FOUND; only Admins invite, and only to their own business's locations.
 */
class InvitationsIT extends ApiIntegrationTest {

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private AuthProperties properties;

    private IdentityApi api;

    @BeforeEach
    void api() {
        api = new IdentityApi(graphQl);
    }

    @Test
    void adminInvitesStaffForSomeLocationsAndTheInviteeAcceptsAndSeesOnlyThose() {
        IdentityApi.Session admin = api.signUpOk("Two Branches");
        String centro = api.createLocation(admin.accessToken(), "Centro");
        String norte = api.createLocation(admin.accessToken(), "Norte");
        String sur = api.createLocation(admin.accessToken(), "Sur");
        String email = IdentityApi.uniqueEmail("barista");

        JsonNode ticket = api.invite(admin.accessToken(), email.toUpperCase(), "STAFF", List.of(centro, norte)).ok()
                .data("inviteUser");
        String token = ticket.path("token").asString();
        assertThat(token).startsWith(admin.businessId() + ".");
        assertThat(ticket.path("acceptPath").asString()).endsWith("token=" + token);
        JsonNode invitation = ticket.path("invitation");
        assertThat(invitation.path("email").asString()).isEqualTo(email);
        assertThat(invitation.path("role").asString()).isEqualTo("STAFF");
        assertThat(invitation.path("status").asString()).isEqualTo("PENDING");
        assertThat(ids(invitation.path("locations"))).containsExactlyInAnyOrder(centro, norte);
        assertThat(Instant.parse(invitation.path("expiresAt").asString()))
                .isBetween(Instant.now().plus(properties.invitationTtl()).minus(Duration.ofMinutes(5)),
                        Instant.now().plus(properties.invitationTtl()));

        GraphQlResponse preview = graphQl.execute(null, "query($t: String!) { invitationPreview(token: $t) "
                + "{ email role businessName expiresAt } }", java.util.Map.of("t", token)).ok();
        assertThat(preview.text("invitationPreview.email")).isEqualTo(email);
        assertThat(preview.text("invitationPreview.businessName")).isEqualTo("Two Branches");

        GraphQlResponse accepted = api.accept(token, "  Bea Barista ", "Café-con-leche-7").ok();
        assertThat(accepted.text("acceptInvitation.user.role")).isEqualTo("STAFF");
        assertThat(accepted.text("acceptInvitation.business.id")).isEqualTo(admin.businessId().toString());
        String staffToken = accepted.text("acceptInvitation.accessToken");

        GraphQlResponse me = api.me(staffToken).ok();
        assertThat(me.text("me.user.displayName")).isEqualTo("Bea Barista");
        assertThat(ids(me.data("me.user.assignedLocations"))).containsExactlyInAnyOrder(centro, norte);
        assertThat(visibleLocations(staffToken)).containsExactlyInAnyOrder(centro, norte);
        assertThat(visibleLocations(admin.accessToken())).containsExactlyInAnyOrder(centro, norte, sur);
        graphQl.execute(staffToken, "query($id: ID!) { location(id: $id) { id } }", java.util.Map.of("id", sur))
                .failsWith("NOT_FOUND");
        graphQl.execute(staffToken, "query($id: ID!) { location(id: $id) { name } }", java.util.Map.of("id", norte))
                .ok();

        api.loginOk(email, "Café-con-leche-7");
        assertThat(invitationStatuses(admin.accessToken())).containsExactly("ACCEPTED");
    }

    @Test
    void adminsAndAnalystsCanBeInvitedTooAndSeeEveryLocation() {
        IdentityApi.Session admin = api.signUpOk("Whole Team");
        String centro = api.createLocation(admin.accessToken(), "Centro");

        IdentityApi.Session secondAdmin = api.addMember(admin.accessToken(), "ADMIN", List.of(centro));
        IdentityApi.Session analyst = api.addMember(admin.accessToken(), "ANALYST", null);

        assertThat(api.me(secondAdmin.accessToken()).ok().text("me.user.role")).isEqualTo("ADMIN");
        assertThat(api.me(secondAdmin.accessToken()).ok().data("me.user.assignedLocations"))
                .as("locations are for Staff only").isEmpty();
        assertThat(api.me(analyst.accessToken()).ok().text("me.user.role")).isEqualTo("ANALYST");
        assertThat(visibleLocations(analyst.accessToken())).containsExactly(centro);
        // The invited Admin manages the team; the Analyst reads it but may not invite.
        api.addMember(secondAdmin.accessToken(), "STAFF", List.of(centro));
        assertThat(graphQl.execute(analyst.accessToken(), "{ users { totalCount } }").ok()
                .data("users.totalCount").asInt()).isEqualTo(4);
        api.invite(analyst.accessToken(), IdentityApi.uniqueEmail("no"), "ANALYST", null).failsWith("FORBIDDEN");
    }

    @Test
    void staffAndAnonymousCallersCannotInvite() {
        IdentityApi.Session admin = api.signUpOk("Strict");
        String centro = api.createLocation(admin.accessToken(), "Centro");
        IdentityApi.Session staff = api.addMember(admin.accessToken(), "STAFF", List.of(centro));

        api.invite(staff.accessToken(), IdentityApi.uniqueEmail("friend"), "STAFF", List.of(centro))
                .failsWith("FORBIDDEN");
        api.invite(staff.accessToken(), IdentityApi.uniqueEmail("boss"), "ADMIN", null).failsWith("FORBIDDEN");
        api.invite(null, IdentityApi.uniqueEmail("anon"), "ADMIN", null).failsWith("UNAUTHENTICATED");
        assertThat(invitationStatuses(admin.accessToken())).hasSize(1);
    }

    @Test
    void invitingToAnotherBusinesssLocationIsNotFoundAndCreatesNothing() {
        IdentityApi.Session mine = api.signUpOk("Mine");
        IdentityApi.Session theirs = api.signUpOk("Theirs");
        String myLocation = api.createLocation(mine.accessToken(), "Mine");
        String theirLocation = api.createLocation(theirs.accessToken(), "Theirs");

        api.invite(mine.accessToken(), IdentityApi.uniqueEmail("spy"), "STAFF", List.of(theirLocation))
                .failsWith("NOT_FOUND");
        api.invite(mine.accessToken(), IdentityApi.uniqueEmail("spy"), "STAFF", List.of(myLocation, theirLocation))
                .failsWith("NOT_FOUND");
        api.invite(mine.accessToken(), IdentityApi.uniqueEmail("ghost"), "STAFF", List.of(UUID.randomUUID().toString()))
                .failsWith("NOT_FOUND");
        assertThat(invitationStatuses(mine.accessToken())).isEmpty();
    }

    @Test
    void invitationInputIsValidated() {
        IdentityApi.Session admin = api.signUpOk("Validating");
        api.invite(admin.accessToken(), IdentityApi.uniqueEmail("staff"), "STAFF", List.of())
                .failsWith("BAD_USER_INPUT");
        api.invite(admin.accessToken(), IdentityApi.uniqueEmail("staff"), "STAFF", null).failsWith("BAD_USER_INPUT");
        api.invite(admin.accessToken(), "not an email", "ANALYST", null).failsWith("BAD_USER_INPUT");
        api.invite(admin.accessToken(), IdentityApi.uniqueEmail("x"), "STAFF", List.of("not-a-uuid"))
                .failsWith("BAD_USER_INPUT");
        assertThat(api.invite(admin.accessToken(), IdentityApi.uniqueEmail("x"), "OWNER", null).status())
                .isLessThan(500);
        api.invite(admin.accessToken(), admin.email(), "ANALYST", null).failsWith("CONFLICT");
    }

    @Test
    void unknownUsedExpiredAndRevokedTokensAreNotFound() {
        IdentityApi.Session admin = api.signUpOk("Token States");

        for (String unknown : new String[] {"garbage", "", admin.businessId() + ".never-issued",
                UUID.randomUUID() + ".never-issued"}) {
            api.accept(unknown, "Someone", PASSWORD).failsWith("NOT_FOUND");
            graphQl.execute(null, "query($t: String!) { invitationPreview(token: $t) { email } }",
                    java.util.Map.of("t", unknown)).failsWith("NOT_FOUND");
        }

        String used = api.inviteOk(admin.accessToken(), IdentityApi.uniqueEmail("once"), "ANALYST", null);
        api.acceptOk(used);
        api.accept(used, "Again", PASSWORD).failsWith("NOT_FOUND");

        String expiring = api.inviteOk(admin.accessToken(), IdentityApi.uniqueEmail("late"), "ANALYST", null);
        TenantContext.runAs(admin.businessId(), () -> transactions.executeWithoutResult(status ->
                jdbc.update("update invitations set expires_at = now() - interval '1 second' where token_hash = ?",
                        (Object) OpaqueTokens.hash(expiring))));
        api.accept(expiring, "Late", PASSWORD).failsWith("NOT_FOUND");
        graphQl.execute(null, "query($t: String!) { invitationPreview(token: $t) { email } }",
                java.util.Map.of("t", expiring)).failsWith("NOT_FOUND");

        GraphQlResponse revokable = api.invite(admin.accessToken(), IdentityApi.uniqueEmail("nope"), "ANALYST", null).ok();
        graphQl.execute(admin.accessToken(), "mutation($id: ID!) { revokeInvitation(id: $id) { status } }",
                java.util.Map.of("id", revokable.text("inviteUser.invitation.id"))).ok();
        api.accept(revokable.text("inviteUser.token"), "Revoked", PASSWORD).failsWith("NOT_FOUND");

        assertThat(invitationStatuses(admin.accessToken()))
                .containsExactlyInAnyOrder("ACCEPTED", "EXPIRED", "REVOKED");
    }

    @Test
    void aWeakPasswordOnAcceptIsRefusedAndTheInvitationStaysUsable() {
        IdentityApi.Session admin = api.signUpOk("Second Try");
        String token = api.inviteOk(admin.accessToken(), IdentityApi.uniqueEmail("weak"), "ANALYST", null);

        api.accept(token, "Weak", "short").failsWith("BAD_USER_INPUT");
        api.accept(token, "Weak", "1" + "ñ".repeat(36)).failsWith("BAD_USER_INPUT"); // 73 bytes, 37 characters
        api.accept(token, "   ", PASSWORD).failsWith("BAD_USER_INPUT");

        api.acceptOk(token);
    }

    /** Two accepts racing with one token: the invitation row is locked, so only one account is created. */
    @Test
    void concurrentAcceptsOfOneInvitationCreateOneAccount() throws Exception {
        IdentityApi.Session admin = api.signUpOk("Double Click");
        String token = api.inviteOk(admin.accessToken(), IdentityApi.uniqueEmail("eager"), "ANALYST", null);
        CountDownLatch start = new CountDownLatch(1);
        List<GraphQlResponse> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<GraphQlResponse>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return api.accept(token, "Eager", PASSWORD);
                }));
            }
            start.countDown();
            for (Future<GraphQlResponse> future : futures) {
                responses.add(future.get());
            }
        }
        assertThat(responses.stream().filter(r -> r.errorCodes().isEmpty()).count()).isEqualTo(1);
        assertThat(responses.stream().flatMap(r -> r.errorCodes().stream()).toList()).containsExactly("NOT_FOUND");
        assertThat(graphQl.execute(admin.accessToken(), "{ users { totalCount } }").ok()
                .data("users.totalCount").asInt()).isEqualTo(2);
    }

    private Set<String> visibleLocations(String token) {
        return graphQl.execute(token, "{ locations(first: 50) { edges { node { id } } } }").ok()
                .data("locations.edges").valueStream().map(edge -> edge.path("node").path("id").asString())
                .collect(Collectors.toSet());
    }

    private List<String> invitationStatuses(String adminToken) {
        return graphQl.execute(adminToken, "{ invitations(first: 50) { edges { node { status } } } }").ok()
                .data("invitations.edges").valueStream().map(edge -> edge.path("node").path("status").asString())
                .toList();
    }

    private static List<String> ids(JsonNode nodes) {
        return nodes.valueStream().map(node -> node.path("id").asString()).toList();
    }
}
