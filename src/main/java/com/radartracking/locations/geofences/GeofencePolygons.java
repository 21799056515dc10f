package com.radartracking.locations.geofences;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Builds and checks a zone's polygon from the vertices the client typed or drew: each vertex in range, 3 to
 * 500 distinct vertices per ring, rings closed here (the client never repeats the first vertex), and the
 * result valid in the OGC sense (JTS {@link IsValidOp}, the same rules as PostGIS ST_IsValid): no
 * self-intersection, holes inside the shell and not nested or overlapping. Zones are at most 5 km across,
 * so the planar check in degrees decides the same as one on the sphere.
 */
final class GeofencePolygons {

    static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    static final int MIN_VERTICES = 3;
    static final int MAX_VERTICES = 500;
    static final int MAX_HOLES = 20;

    private GeofencePolygons() {
    }

    /** A vertex as typed; {@code latitude}/{@code longitude} may be null when the client left them out. */
    record Vertex(Double latitude, Double longitude) {
    }

    /** A valid polygon (SRID 4326, x = longitude) or BAD_USER_INPUT naming polygon or holes. */
    static Polygon polygon(List<Vertex> shell, List<List<Vertex>> holes) {
        if (shell == null) {
            throw GeofenceException.badInput("polygon", "POLYGON_REQUIRED", "A POLYGON zone needs its polygon");
        }
        LinearRing outer = ring("polygon", shell);
        List<List<Vertex>> holeRings = holes == null ? List.of() : holes;
        if (holeRings.size() > MAX_HOLES) {
            throw GeofenceException.badInput("holes", "TOO_MANY_HOLES", "A zone can have at most " + MAX_HOLES + " holes");
        }
        List<LinearRing> inner = new ArrayList<>();
        for (int i = 0; i < holeRings.size(); i++) {
            inner.add(ring("holes[" + i + "]", holeRings.get(i)));
        }
        // The shell alone first, so an error is blamed on the ring that has it.
        Polygon shellOnly = WGS84.createPolygon(outer);
        TopologyValidationError error = new IsValidOp(shellOnly).getValidationError();
        if (error != null) {
            throw invalid("polygon", error);
        }
        if (!(shellOnly.getArea() > 0)) {
            throw GeofenceException.badInput("polygon", "ZERO_AREA", "The polygon's vertices enclose no area");
        }
        if (inner.isEmpty()) {
            return shellOnly;
        }
        Polygon polygon = WGS84.createPolygon(outer, inner.toArray(LinearRing[]::new));
        error = new IsValidOp(polygon).getValidationError();
        if (error != null) {
            throw invalid("holes", error);
        }
        return polygon;
    }

    /** A point in range (SRID 4326), or BAD_USER_INPUT naming {@code field}. */
    static Point point(String field, Double latitude, Double longitude) {
        return WGS84.createPoint(coordinate(field, latitude, longitude));
    }

    static Coordinate coordinate(String field, Double latitude, Double longitude) {
        if (latitude == null || !Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw GeofenceException.badInput(field + ".latitude", "LATITUDE_OUT_OF_RANGE",
                    "Latitude must be a number between -90 and 90");
        }
        if (longitude == null || !Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw GeofenceException.badInput(field + ".longitude", "LONGITUDE_OUT_OF_RANGE",
                    "Longitude must be a number between -180 and 180");
        }
        return new Coordinate(longitude, latitude);
    }

    private static LinearRing ring(String field, List<Vertex> vertices) {
        List<Coordinate> coordinates = new ArrayList<>();
        for (int i = 0; i < vertices.size(); i++) {
            Vertex vertex = vertices.get(i);
            coordinates.add(coordinate(field + "[" + i + "]", vertex.latitude(), vertex.longitude()));
        }
        // Closed automatically: a client that repeats the first vertex at the end is not wrong either.
        if (coordinates.size() > 1 && coordinates.getFirst().equals2D(coordinates.getLast())) {
            coordinates.removeLast();
        }
        String ringField = field.startsWith("holes") ? "holes" : field;
        if (coordinates.size() < MIN_VERTICES || coordinates.size() > MAX_VERTICES) {
            throw GeofenceException.badInput(ringField, "VERTEX_COUNT",
                    "A ring needs " + MIN_VERTICES + " to " + MAX_VERTICES + " distinct vertices (" + field + " has "
                            + coordinates.size() + ")");
        }
        Set<Coordinate> distinct = new HashSet<>(coordinates);
        if (distinct.size() != coordinates.size()) {
            throw GeofenceException.badInput(ringField, "DUPLICATE_VERTEX",
                    "Every vertex of " + field + " must be distinct (the ring is closed automatically)");
        }
        coordinates.add(new Coordinate(coordinates.getFirst()));
        return WGS84.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }

    private static GeofenceException invalid(String field, TopologyValidationError error) {
        String where = error.getCoordinate() == null ? ""
                : String.format(" near latitude %.6f, longitude %.6f", error.getCoordinate().y,
                        error.getCoordinate().x);
        return switch (error.getErrorType()) {
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> GeofenceException.badInput("holes", "HOLE_OUTSIDE_SHELL",
                    "Every hole must lie inside the polygon" + where);
            case TopologyValidationError.NESTED_HOLES -> GeofenceException.badInput("holes", "NESTED_HOLES",
                    "Holes must not lie inside one another" + where);
            case TopologyValidationError.DISCONNECTED_INTERIOR -> GeofenceException.badInput("holes",
                    "DISCONNECTED_INTERIOR", "The holes split the zone into separate parts" + where);
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION ->
                    GeofenceException.badInput(field, "SELF_INTERSECTION", "polygon".equals(field)
                            ? "The polygon's edges cross each other" + where
                            : "A hole crosses the polygon or another hole" + where);
            default -> GeofenceException.badInput(field, "INVALID_POLYGON",
                    "The polygon is not valid: " + error.getMessage() + where);
        };
    }
}
