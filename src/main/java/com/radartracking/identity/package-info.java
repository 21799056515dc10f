/**
 * Identity: businesses (tenants), their users and roles, sign-up, login with short-lived RS256 access
 * tokens and rotating refresh tokens, invitations, login rate limiting and account locks, the JWKS
 * endpoint, and the resource-server security configuration (own issuer or an external OIDC issuer).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package com.radartracking.identity;
