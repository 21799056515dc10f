package com.radartracking.geofencing.pings;

import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Test-side geometry for literal coordinates, independent of PostGIS: circles by the haversine distance,
 * polygons (with holes) with JTS in a local equirectangular projection (metres; exact enough for zones of
 * a few hundred metres). Produces the {@link ZoneReading}s the lookup would.
 */
final class LiteralZones {

    static final double EARTH_RADIUS = 6_371_008.8;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private LiteralZones() {
    }

    interface Zone {
        ZoneReading read(double latitude, double longitude);
    }

    static double haversine(double lat1, double lng1, double lat2, double lng2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * EARTH_RADIUS * Math.asin(Math.sqrt(a));
    }

    static Zone circle(UUID id, double latitude, double longitude, int radius, int dwellSeconds, GeoProperties geo) {
        return (lat, lng) -> {
            double distance = haversine(latitude, longitude, lat, lng);
            return ZoneReading.near(id, UUID.nameUUIDFromBytes(id.toString().getBytes()), radius, dwellSeconds,
                    distance <= radius, distance > radius + geo.bufferFor(radius));
        };
    }

    /**
     * A polygon of {lat, lng} vertices (closed automatically) with optional holes; its radius, as in the
     * schema, is the distance from the centroid to the farthest vertex.
     */
    static Zone polygon(UUID id, double[][] shell, double[][][] holes, int dwellSeconds, GeoProperties geo) {
        double lat0 = shell[0][0];
        double lng0 = shell[0][1];
        LinearRing[] holeRings = new LinearRing[holes.length];
        for (int i = 0; i < holes.length; i++) {
            holeRings[i] = ring(holes[i], lat0, lng0);
        }
        Polygon polygon = GEOMETRY.createPolygon(ring(shell, lat0, lng0), holeRings);
        Point centroid = polygon.getCentroid();
        int radius = 0;
        for (Coordinate vertex : polygon.getExteriorRing().getCoordinates()) {
            radius = Math.max(radius, (int) Math.ceil(vertex.distance(centroid.getCoordinate())));
        }
        int zoneRadius = radius;
        return (lat, lng) -> {
            Point point = GEOMETRY.createPoint(project(lat, lng, lat0, lng0));
            return ZoneReading.near(id, UUID.nameUUIDFromBytes(id.toString().getBytes()), zoneRadius, dwellSeconds,
                    polygon.covers(point), polygon.distance(point) > geo.bufferFor(zoneRadius));
        };
    }

    private static LinearRing ring(double[][] vertices, double lat0, double lng0) {
        Coordinate[] coordinates = new Coordinate[vertices.length + 1];
        for (int i = 0; i < vertices.length; i++) {
            coordinates[i] = project(vertices[i][0], vertices[i][1], lat0, lng0);
        }
        coordinates[vertices.length] = coordinates[0];
        return GEOMETRY.createLinearRing(coordinates);
    }

    private static Coordinate project(double lat, double lng, double lat0, double lng0) {
        return new Coordinate(EARTH_RADIUS * Math.toRadians(lng - lng0) * Math.cos(Math.toRadians(lat0)),
                EARTH_RADIUS * Math.toRadians(lat - lat0));
    }
}
