package com.radartracking.identity;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.function.Supplier;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Routes a token to the decoder of the issuer it names: the built-in issuer, or the external OIDC
 * issuer when one is configured. The unverified {@code iss} only chooses which keys verify the token;
 * a token naming an unknown issuer is refused. Anything that is not a signed JWT (garbage, an
 * unsigned {@code alg: none} token, an encrypted JWE whose claims cannot be read) is a bad token, so
 * the caller gets 401, never a server error.
 */
class IssuerAwareJwtDecoder implements JwtDecoder {

    private final String internalIssuer;
    private final JwtDecoder internal;
    private final String externalIssuer;
    private final Supplier<JwtDecoder> external;

    IssuerAwareJwtDecoder(String internalIssuer, JwtDecoder internal, String externalIssuer,
            Supplier<JwtDecoder> external) {
        this.internalIssuer = internalIssuer;
        this.internal = internal;
        this.externalIssuer = externalIssuer;
        this.external = external;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        String issuer;
        try {
            JWT parsed = JWTParser.parse(token);
            if (!(parsed instanceof SignedJWT)) {
                throw new BadJwtException("Only signed (JWS) tokens are accepted");
            }
            issuer = parsed.getJWTClaimsSet().getIssuer();
        } catch (ParseException | RuntimeException e) {
            if (e instanceof BadJwtException bad) {
                throw bad;
            }
            throw new BadJwtException("Malformed token", e);
        }
        if (internalIssuer.equals(issuer)) {
            return internal.decode(token);
        }
        if (externalIssuer != null && externalIssuer.equals(issuer)) {
            return external.get().decode(token);
        }
        throw new BadJwtException("Token issuer is not trusted");
    }
}
