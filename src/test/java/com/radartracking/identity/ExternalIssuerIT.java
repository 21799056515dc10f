package com.radartracking.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API trusts an external OpenID Connect issuer by configuration alone: this class (the one test
 * with its own Spring context, closed afterwards) sets only the resource server's {@code issuer-uri} to a
 * local stand-in that serves discovery and a JWKS, and signs tokens with that issuer's key. Such tokens
 * work while they name an active user of the business they claim; their role is the issuer's to say.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ExternalIssuerIT extends ApiIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RSAKey ISSUER_KEY = rs256Key("external-1");
    private static final AtomicInteger JWKS_FETCHES = new AtomicInteger();
    private static HttpServer issuerServer;
    private static String issuer;

    private IdentityApi api;

    @DynamicPropertySource
    static void trustTheExternalIssuer(DynamicPropertyRegistry registry) throws IOException {
        issuerServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + issuerServer.getAddress().getPort() + "/realms/radar";
        issuerServer.createContext("/realms/radar/.well-known/openid-configuration", exchange -> respond(exchange,
                JSON.writeValueAsString(Map.of("issuer", issuer, "jwks_uri", issuer + "/keys",
                        "subject_types_supported", List.of("public"),
                        "id_token_signing_alg_values_supported", List.of("RS256")))));
        issuerServer.createContext("/realms/radar/keys", exchange -> {
            JWKS_FETCHES.incrementAndGet();
            respond(exchange, new JWKSet(ISSUER_KEY.toPublicJWK()).toString());
        });
        issuerServer.start();
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
    }

    @AfterAll
    static void stopIssuer() {
        issuerServer.stop(0);
    }

    @BeforeEach
    void api() {
        api = new IdentityApi(graphQl);
    }

    @Test
    void aTokenOfTheExternalIssuerForAnActiveUserIsAccepted() {
        IdentityApi.Session owner = api.signUpOk("Federated");

        String token = external(owner.userId(), owner.businessId(), "ADMIN");
        GraphQlResponse me = api.me(token).ok();
        assertThat(me.text("me.user.id")).isEqualTo(owner.userId().toString());
        assertThat(me.text("me.business.name")).isEqualTo("Federated");
        api.invite(token, IdentityApi.uniqueEmail("fed"), "ANALYST", null).ok();
        assertThat(JWKS_FETCHES.get()).as("keys fetched from the issuer's jwks_uri").isPositive();

        // The built-in issuer keeps working alongside.
        api.me(api.loginOk(owner.email(), PASSWORD).accessToken()).ok();
    }

    @Test
    void theRoleIsTakenFromTheExternalToken() {
        IdentityApi.Session owner = api.signUpOk("Issuer Decides");
        String asAnalyst = external(owner.userId(), owner.businessId(), "ANALYST");

        api.me(asAnalyst).ok();
        api.invite(asAnalyst, IdentityApi.uniqueEmail("nope"), "STAFF", null).failsWith("FORBIDDEN");
        graphQl.execute(asAnalyst, "{ users { totalCount } }").ok();
    }

    @Test
    void tokensNamingNoActiveUserOfTheClaimedBusinessAreRefused() {
        IdentityApi.Session mine = api.signUpOk("Mine");
        IdentityApi.Session theirs = api.signUpOk("Theirs");
        IdentityApi.Session analyst = api.addMember(mine.accessToken(), "ANALYST", null);
        String analystExternal = external(analyst.userId(), mine.businessId(), "ANALYST");
        api.me(analystExternal).ok();

        assertUnauthorized(external(UUID.randomUUID(), mine.businessId(), "ADMIN"), "unknown user");
        assertUnauthorized(external(theirs.userId(), mine.businessId(), "ADMIN"), "user of another business");
        assertUnauthorized(external(mine.userId(), UUID.randomUUID(), "ADMIN"), "business that does not exist");

        api.deactivate(mine.accessToken(), analyst.userId()).ok();
        assertUnauthorized(analystExternal, "deactivated user, token issued before");
        assertUnauthorized(external(analyst.userId(), mine.businessId(), "ANALYST"), "deactivated user, new token");
        api.reactivate(mine.accessToken(), analyst.userId()).ok();
        api.me(external(analyst.userId(), mine.businessId(), "ANALYST")).ok();
    }

    @Test
    void badExternalTokensAre401() {
        IdentityApi.Session owner = api.signUpOk("Bad External");
        JWTClaimsSet valid = TestTokens.claims(issuer, owner.userId(), owner.businessId(), "ADMIN").build();
        api.me(TestTokens.sign(ISSUER_KEY, valid)).ok();

        Instant past = Instant.now().minus(Duration.ofHours(1));
        assertUnauthorized(TestTokens.sign(ISSUER_KEY, new JWTClaimsSet.Builder(valid).issueTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofMinutes(5)))).build()), "expired");
        assertUnauthorized(TestTokens.sign(rs256Key(ISSUER_KEY.getKeyID()), valid), "signed by another key");
        assertUnauthorized(TestTokens.sign(ISSUER_KEY, new JWTClaimsSet.Builder(valid).issuer(issuer + "x").build()),
                "issuer not configured");
        assertUnauthorized(TestTokens.sign(ISSUER_KEY, new JWTClaimsSet.Builder(valid).claim("role", null).build()),
                "no role");
    }

    private void assertUnauthorized(String token, String why) {
        GraphQlResponse response = api.me(token);
        assertThat(response.status()).as(why).isEqualTo(401);
        assertThat(response.errorCodes()).as(why).containsExactly("UNAUTHENTICATED");
    }

    /** A token as the external issuer would mint it: no session or millisecond claims of ours. */
    private static String external(UUID userId, UUID businessId, String role) {
        Instant now = Instant.now();
        return TestTokens.sign(ISSUER_KEY, new JWTClaimsSet.Builder()
                .issuer(issuer).subject(userId.toString()).audience("radar-panel")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("business_id", businessId.toString()).claim("role", role).build());
    }

    private static RSAKey rs256Key(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(keyId).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
