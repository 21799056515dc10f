package com.radartracking.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An Admin manages the team: role changes (old access tokens die, the next refresh carries the new role,
 * Staff assignments decide which locations are visible) and deactivation (access and refresh tokens stop
 * working at once, login says the account is deactivated, reactivation lets the person back in).
 * Another business's users are NOT_FOUND; non-Admins are FORBIDDEN.
 */
class TeamManagementIT extends ApiIntegrationTest {

    private IdentityApi api;

    @BeforeEach
    void api() {
        api = new IdentityApi(graphQl);
    }

    @Test
    void changingARoleVoidsOldAccessTokensAndTheNextSessionCarriesTheNewRole() throws Exception {
        IdentityApi.Session admin = api.signUpOk("Promotions");
        String centro = api.createLocation(admin.accessToken(), "Centro");
        IdentityApi.Session member = api.addMember(admin.accessToken(), "STAFF", List.of(centro));
        api.me(member.accessToken()).ok();

        GraphQlResponse changed = api.changeRole(admin.accessToken(), member.userId(), "ANALYST", null).ok();
        assertThat(changed.text("changeUserRole.role")).isEqualTo("ANALYST");
        assertThat(changed.data("changeUserRole.assignedLocations")).isEmpty();

        assertThat(api.me(member.accessToken()).status()).as("token minted with the old role").isEqualTo(401);
        IdentityApi.Session refreshed = api.refreshOk(member.refreshToken());
        assertThat(SignedJWT.parse(refreshed.accessToken()).getJWTClaimsSet().getStringClaim("role"))
                .isEqualTo("ANALYST");
        assertThat(api.me(refreshed.accessToken()).ok().text("me.user.role")).isEqualTo("ANALYST");
        // Logging in right after the change (usually within the same second) gives a token that works.
        IdentityApi.Session relogged = api.loginOk(member.email(), PASSWORD);
        api.me(relogged.accessToken()).ok();
    }

    @Test
    void staffAssignmentsDecideWhichLocationsAreVisible() {
        IdentityApi.Session admin = api.signUpOk("Assignments");
        String centro = api.createLocation(admin.accessToken(), "Centro");
        String norte = api.createLocation(admin.accessToken(), "Norte");
        IdentityApi.Session analyst = api.addMember(admin.accessToken(), "ANALYST", null);
        assertThat(visibleLocations(analyst.accessToken())).containsExactlyInAnyOrder(centro, norte);

        api.changeRole(admin.accessToken(), analyst.userId(), "STAFF", null).failsWith("BAD_USER_INPUT");
        GraphQlResponse toStaff = api.changeRole(admin.accessToken(), analyst.userId(), "STAFF", List.of(norte)).ok();
        assertThat(toStaff.data("changeUserRole.assignedLocations").path(0).path("id").asString()).isEqualTo(norte);

        String staffToken = api.refreshOk(analyst.refreshToken()).accessToken();
        assertThat(visibleLocations(staffToken)).containsExactly(norte);
        graphQl.execute(staffToken, "query($id: ID!) { location(id: $id) { id } }", Map.of("id", centro))
                .failsWith("NOT_FOUND");

        IdentityApi.Session reassigned = api.loginOk(analyst.email(), PASSWORD);
        api.changeRole(admin.accessToken(), analyst.userId(), "STAFF", List.of(centro)).ok();
        IdentityApi.Session afterReassignment = api.loginOk(analyst.email(), PASSWORD);
        assertThat(visibleLocations(afterReassignment.accessToken())).containsExactly(centro);
        assertThat(api.me(reassigned.accessToken()).status()).isEqualTo(401);
    }

    @Test
    void onlyAdminsManageTheTeamAndNotThemselvesOutOfIt() {
        IdentityApi.Session admin = api.signUpOk("Guarded Team");
        String centro = api.createLocation(admin.accessToken(), "Centro");
        IdentityApi.Session staff = api.addMember(admin.accessToken(), "STAFF", List.of(centro));
        IdentityApi.Session analyst = api.addMember(admin.accessToken(), "ANALYST", null);

        for (IdentityApi.Session notAdmin : List.of(staff, analyst)) {
            api.changeRole(notAdmin.accessToken(), notAdmin.userId(), "ADMIN", null).failsWith("FORBIDDEN");
            api.deactivate(notAdmin.accessToken(), admin.userId()).failsWith("FORBIDDEN");
            api.reactivate(notAdmin.accessToken(), admin.userId()).failsWith("FORBIDDEN");
        }
        graphQl.execute(staff.accessToken(), "{ users { totalCount } }").failsWith("FORBIDDEN");
        graphQl.execute(staff.accessToken(), "query($id: ID!) { user(id: $id) { id } }",
                Map.of("id", admin.userId().toString())).failsWith("FORBIDDEN");
        graphQl.execute(staff.accessToken(), "query($id: ID!) { user(id: $id) { email } }",
                Map.of("id", staff.userId().toString())).ok();

        api.changeRole(admin.accessToken(), admin.userId(), "ANALYST", null).failsWith("BAD_USER_INPUT");
        api.deactivate(admin.accessToken(), admin.userId()).failsWith("BAD_USER_INPUT");
        api.me(admin.accessToken()).ok();
    }

    @Test
    void anotherBusinesssUsersAndLocationsAreNotFound() {
        IdentityApi.Session mine = api.signUpOk("Mine");
        IdentityApi.Session theirs = api.signUpOk("Theirs");
        String myLocation = api.createLocation(mine.accessToken(), "Mine");
        String theirLocation = api.createLocation(theirs.accessToken(), "Theirs");
        IdentityApi.Session myAnalyst = api.addMember(mine.accessToken(), "ANALYST", null);

        api.changeRole(mine.accessToken(), theirs.userId(), "ANALYST", null).failsWith("NOT_FOUND");
        api.deactivate(mine.accessToken(), theirs.userId()).failsWith("NOT_FOUND");
        api.reactivate(mine.accessToken(), theirs.userId()).failsWith("NOT_FOUND");
        graphQl.execute(mine.accessToken(), "query($id: ID!) { user(id: $id) { id } }",
                Map.of("id", theirs.userId().toString())).failsWith("NOT_FOUND");
        api.changeRole(mine.accessToken(), myAnalyst.userId(), "STAFF", List.of(theirLocation)).failsWith("NOT_FOUND");
        api.changeRole(mine.accessToken(), myAnalyst.userId(), "STAFF", List.of(myLocation)).ok();

        api.me(theirs.accessToken()).ok();
        assertThat(graphQl.execute(mine.accessToken(), "{ users { totalCount } }").ok()
                .data("users.totalCount").asInt()).isEqualTo(2);
    }

    @Test
    void aDeactivatedUsersTokensStopWorkingAtOnceAndLoginSaysWhy() {
        IdentityApi.Session admin = api.signUpOk("Farewell");
        String centro = api.createLocation(admin.accessToken(), "Centro");
        IdentityApi.Session staff = api.addMember(admin.accessToken(), "STAFF", List.of(centro));
        IdentityApi.Session secondDevice = api.loginOk(staff.email(), PASSWORD);
        api.me(staff.accessToken()).ok();

        assertThat(api.deactivate(admin.accessToken(), staff.userId()).ok().data("deactivateUser.active").asBoolean())
                .isFalse();

        for (IdentityApi.Session session : List.of(staff, secondDevice)) {
            GraphQlResponse me = api.me(session.accessToken());
            assertThat(me.status()).isEqualTo(401);
            assertThat(me.errorCodes()).containsExactly("UNAUTHENTICATED");
            api.refresh(session.refreshToken()).failsWith("UNAUTHENTICATED");
        }
        GraphQlResponse login = api.login(staff.email(), PASSWORD).failsWith("FORBIDDEN");
        assertThat(login.firstError().path("extensions").path("reason").asString()).isEqualTo("ACCOUNT_DEACTIVATED");
        api.login(staff.email(), PASSWORD + "wrong").failsWith("UNAUTHENTICATED");
        assertThat(graphQl.execute(admin.accessToken(), "{ users(includeInactive: false) { totalCount } }").ok()
                .data("users.totalCount").asInt()).isEqualTo(1);

        // Reactivated: a new login works at once (its token is newer than the cut-off), old tokens stay dead.
        api.reactivate(admin.accessToken(), staff.userId()).ok();
        IdentityApi.Session back = api.loginOk(staff.email(), PASSWORD);
        assertThat(visibleLocations(back.accessToken())).containsExactly(centro);
        assertThat(api.me(staff.accessToken()).status()).isEqualTo(401);
        api.refresh(secondDevice.refreshToken()).failsWith("UNAUTHENTICATED");
    }

    /**
     * Refreshes racing with a deactivation: whatever the interleaving, no request fails with a server
     * error (the user row is always locked before token rows, so no deadlock), and once the deactivation
     * has answered, no access or refresh token minted by the racing refreshes works.
     */
    @Test
    void refreshesRacingWithADeactivationLeaveNoWorkingToken() throws Exception {
        IdentityApi.Session admin = api.signUpOk("Race To The Door");
        IdentityApi.Session analyst = api.addMember(admin.accessToken(), "ANALYST", null);
        List<IdentityApi.Session> devices = new ArrayList<>(List.of(analyst));
        for (int i = 0; i < 3; i++) {
            devices.add(api.loginOk(analyst.email(), PASSWORD));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<GraphQlResponse> refreshes = new ArrayList<>();
        GraphQlResponse deactivation;
        try (ExecutorService pool = Executors.newFixedThreadPool(devices.size() + 1)) {
            List<Future<GraphQlResponse>> futures = new ArrayList<>();
            for (IdentityApi.Session device : devices) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return api.refresh(device.refreshToken());
                }));
            }
            Future<GraphQlResponse> deactivated = pool.submit(() -> {
                start.await();
                return api.deactivate(admin.accessToken(), analyst.userId());
            });
            start.countDown();
            for (Future<GraphQlResponse> future : futures) {
                refreshes.add(future.get());
            }
            deactivation = deactivated.get();
        }
        deactivation.ok();
        for (GraphQlResponse refresh : refreshes) {
            if (!refresh.errorCodes().isEmpty()) {
                assertThat(refresh.errorCodes()).containsExactly("UNAUTHENTICATED");
                continue;
            }
            assertThat(api.me(refresh.text("refresh.accessToken")).status()).isEqualTo(401);
            api.refresh(refresh.text("refresh.refreshToken")).failsWith("UNAUTHENTICATED");
        }
    }

    private Set<String> visibleLocations(String token) {
        return graphQl.execute(token, "{ locations(first: 50) { edges { node { id } } } }").ok()
                .data("locations.edges").valueStream().map(edge -> edge.path("node").path("id").asString())
                .collect(Collectors.toSet());
    }
}
