/**
 * Geofences: the zones around a location where GeoPush fires (DESIGN.md §6), circles or polygons with
 * their GeoPush message, cooldown, weekly schedule and dwell threshold. Admins manage them; Staff read the
 * zones of their assigned locations; the geofencing module evaluates pings against them.
 *
 * <p>A named interface of the locations module: {@link com.radartracking.locations.geofences.GeofenceView}
 * (the GraphQL {@code Geofence}) and {@link com.radartracking.locations.geofences.GeofenceObjects} (resolve a
 * zone through this package's batching loader) are what the geofencing module's read side uses for
 * {@code GeoEvent.geofence} and {@code Geofence.activity}.
 */
@org.springframework.modulith.NamedInterface("geofences")
package com.radartracking.locations.geofences;
