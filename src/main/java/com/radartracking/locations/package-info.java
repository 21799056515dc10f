/**
 * Locations: a business's places (name, address, time zone, geographic point, active flag), the
 * per-business location limit, and which of them a Staff user may see; and their geofences, the zones
 * around a location (circles or polygons) with the GeoPush message, cooldown and schedule each carries.
 * Evaluating pings against the zones belongs to the geofencing module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Locations")
package com.radartracking.locations;
