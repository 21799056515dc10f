package com.radartracking.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The RSA key the built-in issuer signs access tokens with. Read from AUTH_SIGNING_KEY_PEM (PKCS#8);
 * when absent a fresh key is generated, which is fine for one development instance but means tokens
 * do not survive a restart and are not shared across instances, so it says so in the log.
 */
@Component
class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final RSAKey key;

    SigningKeys(AuthProperties properties) {
        this.key = properties.signingKeyPem() == null || properties.signingKeyPem().isBlank()
                ? generate()
                : fromPem(properties.signingKeyPem());
    }

    RSAKey signingKey() {
        return key;
    }

    RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public half, as published at /.well-known/jwks.json. */
    JWKSet publicJwkSet() {
        return new JWKSet(key.toPublicJWK());
    }

    private static RSAKey generate() {
        log.warn("AUTH_SIGNING_KEY_PEM is not set: generated an ephemeral RSA signing key. Tokens will not "
                + "survive a restart or be accepted by other instances; set the variable in production.");
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate an RSA key", e);
        }
    }

    static RSAKey fromPem(String pem) {
        try {
            String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).keyUse(KeyUse.SIGNATURE)
                    .keyIDFromThumbprint().build();
        } catch (Exception e) {
            throw new IllegalStateException("AUTH_SIGNING_KEY_PEM is not a PKCS#8 RSA private key", e);
        }
    }
}
