package com.radartracking.identity;

import com.radartracking.platform.errors.ErrorCode;
import com.radartracking.platform.security.ActorTenantFilter;
import com.radartracking.platform.web.JsonErrorResponses;
import com.nimbusds.jose.JWSAlgorithm;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.function.SingletonSupplier;

/**
 * Stateless resource-server security. GraphQL is reachable without a token because sign-up and login
 * live there; each data fetcher demands the actor and role it needs. A token that is present but
 * invalid (expired, wrong key, {@code alg: none}, revoked) is refused with 401 and a JSON error.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthProperties.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ActorAuthenticationConverter converter,
            JwtDecoder decoder, @Value("${radar.graphql.dev-mode:false}") boolean devMode) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus",
                            "/actuator/info", "/.well-known/**", "/graphql", "/error").permitAll();
                    if (devMode) {
                        requests.requestMatchers("/graphiql", "/graphiql/**").permitAll();
                    } else {
                        requests.requestMatchers("/graphiql", "/graphiql/**").hasAnyRole("ADMIN", "ANALYST");
                    }
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint((request, response, exception) ->
                                JsonErrorResponses.write(response, ErrorCode.UNAUTHENTICATED,
                                        "Invalid or expired access token")))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, exception) ->
                        JsonErrorResponses.write(response, ErrorCode.FORBIDDEN, "Not allowed")))
                .addFilterAfter(new ActorTenantFilter(), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, AuthProperties properties,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String externalIssuer) {
        NimbusJwtDecoder internal = NimbusJwtDecoder.withPublicKey(keys.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.from(JWSAlgorithm.RS256.getName()))
                .build();
        // Customer tokens (CustomerTokens) share our key: refused here by type and, explicitly, by audience.
        internal.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<Object>("aud", aud -> aud == null || !String.valueOf(aud)
                        .contains(CustomerTokens.AUDIENCE))));
        boolean hasExternal = externalIssuer != null && !externalIssuer.isBlank();
        // Discovery against the external issuer happens on its first token, not at start-up.
        Supplier<JwtDecoder> external = hasExternal
                ? SingletonSupplier.of(() -> JwtDecoders.fromIssuerLocation(externalIssuer))
                : () -> null;
        return new IssuerAwareJwtDecoder(properties.issuer(), internal, hasExternal ? externalIssuer : null, external);
    }

    /**
     * No Spring Security observations at all. {@code management.observations.enable.spring.security: false}
     * only turned them into no-ops: every filter of every chain was still wrapped in an observation
     * decorator, created and checked per request (measured on the mobile shim's pings, docs/benchmarks.md).
     * This setting leaves the chains undecorated; the request as a whole is still observed
     * ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }
}
