/**
 * Platform plumbing shared by every feature module: tenancy (context, Hibernate resolver, RLS
 * transaction hook, database-role guard), the error model and its GraphQL mapping, GraphQL limits,
 * request context (request id, IP, structured logging) and the authenticated {@code Actor}.
 * It depends on no feature module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.radartracking.platform;
