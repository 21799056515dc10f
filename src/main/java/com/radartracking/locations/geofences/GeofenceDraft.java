package com.radartracking.locations.geofences;

import com.radartracking.locations.geofences.GeofenceView.GeoPushMessage;
import com.radartracking.locations.geofences.GeofenceView.ScheduleWindow;
import java.util.List;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A zone's validated state as it is about to be stored. For a POLYGON, {@code center} is its centroid and
 * {@code radiusMeters} the distance to its farthest vertex (both measured by PostGIS on the spheroid, so the
 * evaluation's {@code ST_DWithin(center, ping, radius_m)} pre-filter never cuts off a corner).
 */
record GeofenceDraft(String name, String shape, Point center, int radiusMeters, Polygon polygon, boolean active,
        String pushTrigger, int dwellSeconds, GeoPushMessage pushMessage, int cooldownSeconds,
        List<ScheduleWindow> schedule) {

    static final String CIRCLE = "CIRCLE";
    static final String POLYGON = "POLYGON";
}
