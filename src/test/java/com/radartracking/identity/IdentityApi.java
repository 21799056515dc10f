package com.radartracking.identity;

import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlClient;
import com.radartracking.support.GraphQlResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identity API as the panel calls it, over real HTTP: sign-up, login, refresh, logout, me and team
 * management. Methods named like the mutation return the raw response (for error tests); the
 * {@code ...Ok} variants assert success and return a {@link Session}.
 */
final class IdentityApi {

    static final String PASSWORD = ApiIntegrationTest.PASSWORD;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GraphQlClient graphQl;

    IdentityApi(GraphQlClient graphQl) {
        this.graphQl = graphQl;
    }

    /** What a sign-up, login, refresh or accepted invitation hands out. */
    record Session(String accessToken, String refreshToken, UUID userId, UUID businessId, String email) {
    }

    private static final String PAYLOAD = "{ accessToken accessTokenExpiresAt tokenType refreshToken "
            + "refreshTokenExpiresAt user { id email role } business { id name } }";

    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
    }

    /** A valid sign-up input with {@code overrides} applied (a null value removes the field). */
    static Map<String, Object> signUpInput(Map<String, Object> overrides) {
        Map<String, Object> input = new HashMap<>(Map.of("businessName", "Café Test", "timeZone", "America/Bogota",
                "email", uniqueEmail("owner"), "password", PASSWORD, "displayName", "Owner"));
        overrides.forEach((key, value) -> {
            if (value == null) {
                input.remove(key);
            } else {
                input.put(key, value);
            }
        });
        return input;
    }

    GraphQlResponse signUp(Map<String, Object> input) {
        return graphQl.execute(null, "mutation($input: SignUpInput!) { signUp(input: $input) " + PAYLOAD + " }",
                Map.of("input", input));
    }

    Session signUpOk(String businessName) {
        return session(signUp(signUpInput(Map.of("businessName", businessName))).ok(), "signUp");
    }

    GraphQlResponse login(String email, String password) {
        return graphQl.execute(null, "mutation($input: LoginInput!) { login(input: $input) " + PAYLOAD + " }",
                Map.of("input", Map.of("email", email, "password", password)));
    }

    Session loginOk(String email, String password) {
        return session(login(email, password).ok(), "login");
    }

    /** A login sent from another loopback address, so it has its own per-IP counter. */
    GraphQlResponse loginFrom(String sourceIp, String email, String password) {
        String body = JSON.writeValueAsString(Map.of("query",
                "mutation($input: LoginInput!) { login(input: $input) { accessToken } }",
                "variables", Map.of("input", Map.of("email", email, "password", password))));
        try {
            HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(sourceIp))
                    .connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(graphQl.baseUrl() + "/graphql"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return new GraphQlResponse(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    GraphQlResponse refresh(String refreshToken) {
        return graphQl.execute(null, "mutation($t: String!) { refresh(refreshToken: $t) " + PAYLOAD + " }",
                Map.of("t", refreshToken));
    }

    Session refreshOk(String refreshToken) {
        return session(refresh(refreshToken).ok(), "refresh");
    }

    GraphQlResponse logout(String refreshToken) {
        return graphQl.execute(null, "mutation($t: String!) { logout(refreshToken: $t) }", Map.of("t", refreshToken));
    }

    GraphQlResponse me(String accessToken) {
        return graphQl.execute(accessToken, """
                { me { user { id email displayName role active assignedLocations { id name } }
                       business { id name timeZone locale currency locationLimit } } }""");
    }

    GraphQlResponse invite(String adminToken, String email, String role, List<String> locationIds) {
        Map<String, Object> input = new HashMap<>(Map.of("email", email, "role", role));
        if (locationIds != null) {
            input.put("locationIds", locationIds);
        }
        return graphQl.execute(adminToken, """
                mutation($input: InviteUserInput!) {
                  inviteUser(input: $input) {
                    token acceptPath
                    invitation { id email role status expiresAt locations { id name } }
                  }
                }""", Map.of("input", input));
    }

    /** Invites {@code email} and returns the invitation token. */
    String inviteOk(String adminToken, String email, String role, List<String> locationIds) {
        return invite(adminToken, email, role, locationIds).ok().text("inviteUser.token");
    }

    GraphQlResponse accept(String invitationToken, String displayName, String password) {
        return graphQl.execute(null, "mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) "
                + PAYLOAD + " }", Map.of("input", Map.of("token", invitationToken, "displayName", displayName,
                "password", password)));
    }

    Session acceptOk(String invitationToken) {
        return session(accept(invitationToken, "New Member", PASSWORD).ok(), "acceptInvitation");
    }

    /** Invites and accepts a member with {@code role}; returns their session. */
    Session addMember(String adminToken, String role, List<String> locationIds) {
        return acceptOk(inviteOk(adminToken, uniqueEmail(role.toLowerCase()), role, locationIds));
    }

    GraphQlResponse changeRole(String adminToken, UUID userId, String role, List<String> locationIds) {
        Map<String, Object> input = new HashMap<>(Map.of("userId", userId.toString(), "role", role));
        if (locationIds != null) {
            input.put("locationIds", locationIds);
        }
        return graphQl.execute(adminToken, """
                mutation($input: ChangeUserRoleInput!) {
                  changeUserRole(input: $input) { id role assignedLocations { id } }
                }""", Map.of("input", input));
    }

    GraphQlResponse deactivate(String adminToken, UUID userId) {
        return graphQl.execute(adminToken, "mutation($id: ID!) { deactivateUser(id: $id) { id active } }",
                Map.of("id", userId.toString()));
    }

    GraphQlResponse reactivate(String adminToken, UUID userId) {
        return graphQl.execute(adminToken, "mutation($id: ID!) { reactivateUser(id: $id) { id active } }",
                Map.of("id", userId.toString()));
    }

    String createLocation(String adminToken, String name) {
        return graphQl.execute(adminToken, """
                mutation($input: CreateLocationInput!) { createLocation(input: $input) { id } }""",
                Map.of("input", Map.of("name", name, "address", "Calle 1 #2-3", "timeZone", "America/Bogota",
                        "point", Map.of("latitude", 4.65, "longitude", -74.05)))).ok().text("createLocation.id");
    }

    private static Session session(GraphQlResponse response, String field) {
        return new Session(response.text(field + ".accessToken"), response.text(field + ".refreshToken"),
                UUID.fromString(response.text(field + ".user.id")),
                UUID.fromString(response.text(field + ".business.id")), response.text(field + ".user.email"));
    }
}
