package com.radartracking.identity;

import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the built-in issuer's public keys and a minimal OpenID discovery document. */
@RestController
class JwksController {

    private final SigningKeys keys;
    private final AuthProperties properties;

    JwksController(SigningKeys keys, AuthProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .body(keys.publicJwkSet().toJSONObject());
    }

    @GetMapping(path = "/.well-known/openid-configuration", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> discovery() {
        return Map.of(
                "issuer", properties.issuer(),
                "jwks_uri", properties.issuer() + "/.well-known/jwks.json",
                "id_token_signing_alg_values_supported", java.util.List.of("RS256"),
                "subject_types_supported", java.util.List.of("public"),
                "response_types_supported", java.util.List.of("token"));
    }
}
