package com.radartracking.locations.geofences;

import static com.radartracking.locations.geofences.GeofenceDraft.CIRCLE;
import static com.radartracking.locations.geofences.GeofenceDraft.POLYGON;

import com.radartracking.locations.LocationView;
import com.radartracking.locations.LocationView.GeoPoint;
import com.radartracking.locations.geofences.GeofencePolygons.Vertex;
import com.radartracking.locations.geofences.GeofenceView.GeoPushMessage;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.springframework.stereotype.Component;

/**
 * Turns an input (and, on update, the zone as it is) into a validated {@link GeofenceDraft}. Every rule
 * failure is a BAD_USER_INPUT naming the field and a reason, raised before anything is written.
 */
@Component
class GeofenceDrafts {

    static final int MIN_RADIUS = 50;
    static final int MAX_RADIUS = 5000;
    static final int DEFAULT_RADIUS = 100;
    static final int MIN_DWELL = 60;
    static final int MAX_DWELL = 86_400;
    static final int DEFAULT_DWELL = 300;
    static final int MAX_COOLDOWN = 31_536_000;
    static final int DEFAULT_COOLDOWN = 86_400;
    private static final Set<String> SHAPES = Set.of(CIRCLE, POLYGON);
    private static final Set<String> TRIGGERS = Set.of("ENTER", "DWELL");

    private final GeofenceStore store;

    GeofenceDrafts(GeofenceStore store) {
        this.store = store;
    }

    /**
     * The draft for {@code input} over {@code existing} (null on create). {@code location} is asked for only
     * when a circle needs the location's point as its default centre.
     */
    GeofenceDraft draft(GeofenceInput input, GeofenceView existing, Supplier<LocationView> location) {
        String name = input.name() != null || existing == null ? name(input.name()) : existing.name();
        String shape = choice("shape", input.shape(), existing == null ? CIRCLE : existing.shape(), SHAPES);
        boolean keepsShape = existing != null && existing.shape().equals(shape);
        if (existing != null && !keepsShape && CIRCLE.equals(shape) && input.radiusMeters() == null) {
            throw GeofenceException.badInput("radiusMeters", "RADIUS_REQUIRED",
                    "Changing a zone into a CIRCLE needs its radiusMeters");
        }
        GeofenceDraft geometry = CIRCLE.equals(shape) ? circle(input, keepsShape ? existing : null, location)
                : polygon(input, keepsShape ? existing : null);
        GeoPushMessage message = pushMessage(input, existing);
        return new GeofenceDraft(name, shape, geometry.center(), geometry.radiusMeters(), geometry.polygon(),
                input.active() != null ? input.active() : existing == null || existing.active(),
                choice("pushTrigger", input.pushTrigger(), existing == null ? "ENTER" : existing.pushTrigger(), TRIGGERS),
                range("dwellSeconds", input.dwellSeconds(), existing == null ? DEFAULT_DWELL : existing.dwellSeconds(),
                        MIN_DWELL, MAX_DWELL),
                message,
                range("cooldownSeconds", input.cooldownSeconds(),
                        existing == null ? DEFAULT_COOLDOWN : existing.cooldownSeconds(), 0, MAX_COOLDOWN),
                input.schedule() != null ? GeofenceSchedules.from(input.schedule())
                        : existing == null ? List.of() : existing.schedule());
    }

    private GeofenceDraft circle(GeofenceInput input, GeofenceView sameShape, Supplier<LocationView> location) {
        if (input.polygon() != null) {
            throw GeofenceException.badInput("polygon", "NOT_A_POLYGON", "polygon is only for POLYGON zones");
        }
        if (input.holes() != null && !input.holes().isEmpty()) {
            throw GeofenceException.badInput("holes", "NOT_A_POLYGON", "holes are only for POLYGON zones");
        }
        Point center;
        if (input.center() != null) {
            center = GeofencePolygons.point("center", input.center().latitude(), input.center().longitude());
        } else if (sameShape != null) {
            center = point(sameShape.center());
        } else {
            center = point(location.get().point());
        }
        int radius = range("radiusMeters", input.radiusMeters(),
                sameShape == null ? DEFAULT_RADIUS : sameShape.radiusMeters(), MIN_RADIUS, MAX_RADIUS);
        return new GeofenceDraft(null, CIRCLE, center, radius, null, true, null, 0, null, 0, List.of());
    }

    private GeofenceDraft polygon(GeofenceInput input, GeofenceView sameShape) {
        List<Vertex> shell = input.polygon() != null ? input.polygon()
                : sameShape == null ? null : vertices(sameShape.polygon());
        if (shell == null) {
            throw GeofenceException.badInput("polygon", "POLYGON_REQUIRED",
                    "A POLYGON zone needs its polygon (3 to 500 vertices)");
        }
        List<List<Vertex>> holes = input.holes() != null ? input.holes()
                : sameShape == null ? List.of() : sameShape.holes().stream().map(GeofenceDrafts::vertices).toList();
        Polygon polygon = GeofencePolygons.polygon(shell, holes);
        GeofenceStore.Measured measured = store.measure(polygon);
        int radius = Math.max(1, (int) Math.ceil(measured.farthestMeters()));
        if (measured.farthestMeters() > MAX_RADIUS) {
            throw GeofenceException.badInput("polygon", "TOO_LARGE", String.format(
                    "A polygon must lie within %,d m of its centroid (its farthest vertex is %,.0f m away)", MAX_RADIUS,
                    measured.farthestMeters()));
        }
        return new GeofenceDraft(null, POLYGON, measured.centroid(), radius, polygon, true, null, 0, null, 0, List.of());
    }

    private static GeoPushMessage pushMessage(GeofenceInput input, GeofenceView existing) {
        if (input.clearPushMessage() && input.pushMessage() != null) {
            throw GeofenceException.badInput("clearPushMessage", "CONFLICTING_FIELDS",
                    "Give either pushMessage or clearPushMessage, not both");
        }
        if (input.clearPushMessage()) {
            return null;
        }
        if (input.pushMessage() != null) {
            return GeoPushMessages.from(input.pushMessage());
        }
        return existing == null ? null : existing.pushMessage();
    }

    static String name(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw GeofenceException.badInput("name", "LENGTH", "Name must be 1 to 120 characters");
        }
        return name;
    }

    private static int range(String field, Integer given, int current, int min, int max) {
        if (given == null) {
            return current;
        }
        if (given < min || given > max) {
            throw GeofenceException.badInput(field, "OUT_OF_RANGE",
                    String.format("%s must be between %,d and %,d", field, min, max));
        }
        return given;
    }

    private static String choice(String field, String given, String current, Set<String> allowed) {
        if (given == null) {
            return current;
        }
        if (!allowed.contains(given)) {
            throw GeofenceException.badInput(field, "INVALID_VALUE", field + " must be one of " + allowed);
        }
        return given;
    }

    private static Point point(GeoPoint point) {
        return GeofencePolygons.WGS84.createPoint(new Coordinate(point.longitude(), point.latitude()));
    }

    private static List<Vertex> vertices(List<GeoPoint> ring) {
        return ring.stream().map(point -> new Vertex(point.latitude(), point.longitude())).toList();
    }
}
