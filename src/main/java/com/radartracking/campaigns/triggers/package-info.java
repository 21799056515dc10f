/**
 * The event triggers of TRIGGERED campaigns: GEOFENCE_ENTER / GEOFENCE_DWELL from geofencing's
 * {@code GeofenceTransition}, POINTS_THRESHOLD from loyalty's {@code PointsAwarded} and REWARD_AVAILABLE
 * from its {@code RewardAvailable}. Each is decided by a synchronous listener inside the publisher's
 * transaction (the ping's, the visit's, the adjustment's), so the event and the campaign deliveries it
 * decides commit together: a crash can neither lose a trigger nor send for an event that rolled back.
 * Savepoints keep a failing campaign decision from ever rolling back the publisher's own work.
 */
package com.radartracking.campaigns.triggers;
