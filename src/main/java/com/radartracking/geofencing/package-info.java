/**
 * Geofencing (DESIGN.md §6): the customers' location pings (from the mobile shim), their evaluation
 * against the business's zones with PostGIS, the per-device presence set (Redis, with a durable copy in
 * PostgreSQL) diffed into ENTER, EXIT and DWELL, the {@code geo_events} they are stored in, and GeoPush, the
 * push a zone sends on arrival. Zones themselves (CRUD) belong to the locations module; this module reads
 * the {@code geofences} table for evaluation only.
 *
 * <p>Published API: {@link com.radartracking.geofencing.GeofenceTransition}, the event other modules
 * (GeoPush, the campaign engine) consume.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geofencing")
package com.radartracking.geofencing;
