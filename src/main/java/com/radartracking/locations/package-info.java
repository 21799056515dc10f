/**
 * Locations: a business's places (name, address, time zone, geographic point, active flag), the
 * per-business location limit, and which of them a Staff user may see. Geofences join later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Locations")
package com.radartracking.locations;
