package com.radartracking.geofencing.pings;

import com.radartracking.geofencing.GeofenceTransition;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores transitions in {@code geo_events} (partitioned by month on {@code occurred_at}, the device time)
 * and returns them as the events other modules consume. Rows and events share ids.
 */
@Component
class GeoEventStore {

    private final NamedParameterJdbcTemplate jdbc;

    GeoEventStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<GeofenceTransition> insert(DeviceKey device, List<TransitionRules.Decided> decided) {
        List<GeofenceTransition> events = decided.stream().map(d -> new GeofenceTransition(device.businessId(),
                UUID.randomUUID(), d.zoneId(), d.locationId(), device.customerId(), device.device(), d.kind(),
                d.ping().recordedAt())).toList();
        MapSqlParameterSource[] rows = new MapSqlParameterSource[events.size()];
        for (int i = 0; i < rows.length; i++) {
            GeofenceTransition event = events.get(i);
            TransitionRules.Decided d = decided.get(i);
            rows[i] = new MapSqlParameterSource("id", event.eventId()).addValue("business", event.businessId())
                    .addValue("zone", event.geofenceId()).addValue("location", event.locationId())
                    .addValue("customer", event.customerId()).addValue("device", event.deviceKey())
                    .addValue("kind", event.kind().name()).addValue("lng", d.ping().longitude())
                    .addValue("lat", d.ping().latitude()).addValue("accuracy", (float) d.ping().accuracyMeters())
                    .addValue("at", Timestamp.from(event.occurredAt()));
        }
        jdbc.batchUpdate("""
                INSERT INTO geo_events (id, business_id, geofence_id, location_id, customer_id, device_key, kind,
                                        point, accuracy_m, occurred_at)
                VALUES (:id, :business, :zone, :location, :customer, :device, :kind,
                        ST_SetSRID(ST_MakePoint(:lng, :lat), 4326)::geography, :accuracy, :at)""", rows);
        return events;
    }
}
