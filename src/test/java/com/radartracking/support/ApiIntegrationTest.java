package com.radartracking.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of integration tests: the whole application on a random port, talking to the real PostgreSQL +
 * PostGIS and Redis. Every test signs up its own businesses (unique emails), so tests never share
 * tenant data and need no clean-up. All subclasses share one Spring context (same configuration).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ApiIntegrationTest {

    public static final String PASSWORD = "Sup3r-secret-pass";

    @LocalServerPort
    protected int port;

    /** Connects as the application role: subject to row-level security. */
    @Autowired
    protected JdbcTemplate jdbc;

    protected GraphQlClient graphQl;

    @BeforeEach
    void setUpClient() {
        graphQl = new GraphQlClient("http://127.0.0.1:" + port);
    }

    protected static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
    }

    /** Signs up a new business named {@code name}; returns its Admin's session. */
    protected TenantFixture signUpBusiness(String name) {
        String email = uniqueEmail("admin");
        GraphQlResponse response = graphQl.execute(null, """
                mutation($input: SignUpInput!) {
                  signUp(input: $input) { accessToken refreshToken user { id } business { id } }
                }""", Map.of("input", Map.of("businessName", name, "timeZone", "America/Bogota", "email", email,
                "password", PASSWORD, "displayName", name + " Admin"))).ok();
        return new TenantFixture(UUID.fromString(response.text("signUp.business.id")),
                UUID.fromString(response.text("signUp.user.id")), email, PASSWORD,
                response.text("signUp.accessToken"), response.text("signUp.refreshToken"));
    }

    /** Creates a location as the given Admin; returns its id. */
    protected String createLocation(String adminToken, String name, double latitude, double longitude) {
        return graphQl.execute(adminToken, """
                mutation($input: CreateLocationInput!) { createLocation(input: $input) { id } }""",
                Map.of("input", Map.of("name", name, "address", "Calle 1 #2-3", "timeZone", "America/Bogota",
                        "point", Map.of("latitude", latitude, "longitude", longitude)))).ok()
                .text("createLocation.id");
    }

    /** Invites and accepts a user with {@code role}; returns the new user's access token and id. */
    protected Member addMember(String adminToken, String role, List<String> locationIds) {
        String email = uniqueEmail(role.toLowerCase());
        String token = graphQl.execute(adminToken, """
                mutation($input: InviteUserInput!) { inviteUser(input: $input) { token } }""",
                Map.of("input", Map.of("email", email, "role", role, "locationIds", locationIds))).ok()
                .text("inviteUser.token");
        GraphQlResponse accepted = graphQl.execute(null, """
                mutation($input: AcceptInvitationInput!) {
                  acceptInvitation(input: $input) { accessToken refreshToken user { id } }
                }""", Map.of("input", Map.of("token", token, "displayName", "Member " + role, "password", PASSWORD)))
                .ok();
        return new Member(UUID.fromString(accepted.text("acceptInvitation.user.id")), email,
                accepted.text("acceptInvitation.accessToken"), accepted.text("acceptInvitation.refreshToken"));
    }

    /** A team member's session. */
    public record Member(UUID userId, String email, String accessToken, String refreshToken) {
    }
}
