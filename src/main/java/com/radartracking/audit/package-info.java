/**
 * Audit: the append-only activity log every mutation writes in the same transaction as its change
 * (actor, business, action, entity, request id, IP, time), its monthly partitions and its query.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package com.radartracking.audit;
