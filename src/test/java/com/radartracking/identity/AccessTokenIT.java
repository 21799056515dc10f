package com.radartracking.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlResponse;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens: RS256, verifiable by anyone with the published JWKS, with the claims the API relies
 * on; and every kind of bad bearer token (expired, foreign key, alg none, HMAC confusion, JWE, garbage,
 * tampered, untrusted issuer, missing claims) answered with 401 and a GraphQL-shaped JSON error.
 */
class AccessTokenIT extends ApiIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private AuthProperties properties;

    @Autowired
    private SigningKeys signingKeys;

    private IdentityApi api;

    @BeforeEach
    void api() {
        api = new IdentityApi(graphQl);
    }

    @Test
    void accessTokenIsAnRs256JwtVerifiableWithThePublishedJwksAndCarriesTheActor() throws Exception {
        GraphQlResponse signUp = api.signUp(IdentityApi.signUpInput(Map.of("businessName", "Verifiable"))).ok();
        String token = signUp.text("signUp.accessToken");

        HttpResponse<String> jwksResponse = graphQl.get("/.well-known/jwks.json", null);
        assertThat(jwksResponse.statusCode()).isEqualTo(200);
        assertThat(jwksResponse.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        JWKSet jwks = JWKSet.parse(jwksResponse.body());
        assertThat(jwks.getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
        assertThat(jwksResponse.body()).doesNotContain("\"d\"", "\"p\"", "\"q\"");

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        JWK key = jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("the token's kid is published").isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key.toRSAKey()))).isTrue();

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(properties.issuer());
        assertThat(claims.getSubject()).isEqualTo(signUp.text("signUp.user.id"));
        assertThat(claims.getStringClaim("business_id")).isEqualTo(signUp.text("signUp.business.id"));
        assertThat(claims.getStringClaim("role")).isEqualTo("ADMIN");
        assertThat(claims.getStringClaim("email")).isEqualTo(signUp.text("signUp.user.email"));
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(UUID.fromString(claims.getStringClaim("sid"))).isNotNull();
        assertThat(claims.getLongClaim("iat_ms") / 1000).isEqualTo(claims.getIssueTime().getTime() / 1000);
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .as("short-lived").isEqualTo(properties.accessTokenTtl()).isLessThanOrEqualTo(Duration.ofMinutes(15));
        assertThat(Instant.parse(signUp.text("signUp.accessTokenExpiresAt")))
                .isEqualTo(claims.getExpirationTime().toInstant());
        assertThat(claims.getExpirationTime().toInstant()).isAfter(Instant.now());

        HttpResponse<String> discovery = graphQl.get("/.well-known/openid-configuration", null);
        assertThat(JSON.readTree(discovery.body()).path("jwks_uri").asString())
                .isEqualTo(properties.issuer() + "/.well-known/jwks.json");
        assertThat(JSON.readTree(discovery.body()).path("issuer").asString()).isEqualTo(properties.issuer());
    }

    @Test
    void everyKindOfBadTokenIsA401WithAJsonUnauthenticatedError() throws Exception {
        IdentityApi.Session owner = api.signUpOk("Bad Tokens");
        RSAKey ours = signingKeys.signingKey();
        JWTClaimsSet valid = TestTokens.claims(properties.issuer(), owner.userId(), owner.businessId(), "ADMIN").build();
        assertThat(status(TestTokens.sign(ours, valid))).as("a well-formed token of ours works").isEqualTo(200);

        Map<String, String> bad = new LinkedHashMap<>();
        Instant past = Instant.now().minus(Duration.ofMinutes(30));
        bad.put("expired", TestTokens.sign(ours, new JWTClaimsSet.Builder(valid)
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofMinutes(15))))
                .claim("iat_ms", past.toEpochMilli()).build()));
        bad.put("signed by another key with our kid", TestTokens.sign(TestTokens.newKey(ours.getKeyID()), valid));
        bad.put("alg none", new PlainJWT(valid).serialize());
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(ours.getKeyID()).build(), valid);
        hmac.sign(new MACSigner(ours.toRSAPublicKey().getEncoded()));
        bad.put("HS256 keyed with our public key", hmac.serialize());
        EncryptedJWT jwe = new EncryptedJWT(new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM), valid);
        jwe.encrypt(new RSAEncrypter(ours.toRSAPublicKey()));
        bad.put("JWE encrypted to our key", jwe.serialize());
        bad.put("five parts of garbage", "aaaa.bbbb.cccc.dddd.eeee");
        bad.put("three parts of garbage", "aaaa.bbbb.cccc");
        bad.put("one word", "garbage");
        bad.put("header only", "eyJhbGciOiJSUzI1NiJ9..");
        bad.put("payload not JSON", "eyJhbGciOiJSUzI1NiJ9." + b64("not json") + "." + b64("sig"));
        bad.put("header not JSON", b64("{{{") + "." + b64("{}") + "." + b64("sig"));
        bad.put("tampered business", tamper(TestTokens.sign(ours, valid), "business_id", UUID.randomUUID().toString()));
        bad.put("untrusted issuer", TestTokens.sign(ours, new JWTClaimsSet.Builder(valid)
                .issuer("https://issuer.evil.example").build()));
        bad.put("no issuer", TestTokens.sign(ours, new JWTClaimsSet.Builder(valid).issuer(null).build()));
        bad.put("no business claim", TestTokens.sign(ours, new JWTClaimsSet.Builder(valid)
                .claim("business_id", null).build()));
        bad.put("unknown role", TestTokens.sign(ours, new JWTClaimsSet.Builder(valid).claim("role", "ROOT").build()));
        bad.put("subject not a user id", TestTokens.sign(ours, new JWTClaimsSet.Builder(valid).subject("admin").build()));
        bad.put("no session claim", TestTokens.sign(ours, new JWTClaimsSet.Builder(valid).claim("sid", null).build()));
        bad.put("characters a bearer token cannot have", "abc def!");
        bad.put("long", "a".repeat(6_000));

        for (Map.Entry<String, String> token : bad.entrySet()) {
            GraphQlResponse response = graphQl.post(token.getValue(), "application/json",
                    "{\"query\":\"{ me { user { id } } }\"}");
            assertThat(response.status()).as("status for %s", token.getKey()).isEqualTo(401);
            assertThat(response.errorCodes()).as("codes for %s", token.getKey()).containsExactly("UNAUTHENTICATED");
            assertThat(response.firstError().path("message").asString()).as(token.getKey()).isNotBlank();
        }
    }

    @Test
    void noTokenMeansAnonymousAndProtectedFieldsSayUnauthenticated() {
        GraphQlResponse response = graphQl.execute(null, "{ me { user { id } } }");
        assertThat(response.status()).isLessThan(500);
        assertThat(response.errorCodes()).containsExactly("UNAUTHENTICATED");
        graphQl.execute(null, "{ ping }").ok();
    }

    private int status(String token) {
        return graphQl.post(token, "application/json", "{\"query\":\"{ me { user { id } } }\"}").status();
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Rewrites one claim of a signed token, keeping the original signature. */
    private static String tamper(String token, String claim, String value) throws Exception {
        String[] parts = token.split("\\.");
        Map<String, Object> payload = new LinkedHashMap<>(JWTClaimsSet.parse(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).toJSONObject());
        payload.put(claim, value);
        return parts[0] + "." + b64(JSON.writeValueAsString(payload)) + "." + parts[2];
    }
}
