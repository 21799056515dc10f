package com.radartracking.mobile;

import com.radartracking.identity.CustomerTokens;
import com.radartracking.platform.errors.ErrorCode;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;

/**
 * The shim's own security chain, ahead of the panel's: stateless, no CSRF (no cookies), the app key and
 * customer token checked by {@link MobileRequestFilter}, and the {@code /me} endpoints reserved to a
 * signed-in customer. Refusals are problem documents. The OpenAPI document and Swagger UI are public.
 *
 * <p>The chain is lean on purpose (location pings arrive by the thousand per second): every request
 * carries its own credentials, so there is no session to manage or create, no security context to load
 * from or save anywhere ({@link NullSecurityContextRepository}; the context still lives and is cleared
 * per request), no saved request, no logout, no anonymous principal (the rules below need none: an
 * unauthenticated {@code /me} request goes to the entry point either way) and no servlet API wrapper.
 * What is left: security headers, our filter, exception translation and authorisation.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MobileProperties.class)
class MobileSecurityConfiguration {

    static final String PREFIX = "/api/mobile/";
    static final String BASE = "/api/mobile/v1";
    static final String OPENAPI = BASE + "/openapi.json";
    static final String DOCS = BASE + "/docs";
    /** Where springdoc serves Swagger UI's files once /docs has redirected there. */
    static final String SWAGGER_UI = BASE + "/swagger-ui/";

    static boolean isDocumentation(String uri) {
        return uri.equals(OPENAPI) || uri.startsWith(OPENAPI + "/") || uri.equals(DOCS) || uri.startsWith(DOCS + "/")
                || uri.startsWith(SWAGGER_UI);
    }

    @Bean
    @Order(1)
    SecurityFilterChain mobileSecurity(HttpSecurity http, AppKeys appKeys, CustomerTokens tokens,
            MobileProperties properties) throws Exception {
        http.securityMatcher(PREFIX + "**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.disable())
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .servletApi(servletApi -> servletApi.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(BASE + "/me", BASE + "/me/**").hasRole("CUSTOMER")
                        .anyRequest().permitAll())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, exception) -> Problems.write(request, response,
                                ErrorCode.UNAUTHENTICATED, "Sign in first: send the customer token as a Bearer token",
                                Map.of("reason", "TOKEN_MISSING")))
                        .accessDeniedHandler((request, response, exception) -> Problems.write(request, response,
                                ErrorCode.FORBIDDEN, "Not allowed", Map.of())))
                .addFilterBefore(new MobileRequestFilter(appKeys, tokens, properties.maxRequestBytes()),
                        AuthorizationFilter.class);
        return http.build();
    }
}
