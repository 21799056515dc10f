/**
 * The read side of geofencing over GraphQL: the {@code geoEvents} list (newest first, keyset pages, pruned
 * to the month partitions a date filter covers) and each zone's {@code activity} (entries, GeoPush outcomes
 * and the visits that followed), both in plain SQL under the current tenant. Writing events belongs to
 * the evaluation, GeoPush outcomes to GeoPush.
 */
package com.radartracking.geofencing.events;
