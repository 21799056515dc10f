/**
 * Mobile: the REST shim the businesses' customer apps talk to ({@code /api/mobile/v1}, documented by an
 * OpenAPI document and Swagger UI). An app identifies its business with a public key ({@code X-App-Key},
 * managed in GraphQL as {@code MobileApp}); a customer enrols or signs back in with a one-time code and
 * gets a customer token ({@link com.radartracking.identity.CustomerTokens}) that reaches nothing but that
 * customer: profile, loyalty cards, visits and consents. Errors are RFC 9457 problem documents with the
 * same {@code code} as GraphQL's {@code extensions.code}.
 *
 * <p>The base package is the module's API: {@link com.radartracking.mobile.VerificationCodeSender}, the SPI
 * that delivers sign-in codes (a logging implementation serves development).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mobile")
package com.radartracking.mobile;
