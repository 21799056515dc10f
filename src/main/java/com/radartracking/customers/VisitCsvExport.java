package com.radartracking.customers;

import com.radartracking.customers.csv.CsvExportWriter;
import com.radartracking.locations.LocationDirectory;
import com.radartracking.platform.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;

/** The visits CSV: the visits list's filter plus customer tags, newest first, streamed like the customers CSV. */
@Service
class VisitCsvExport {

    static final List<String> HEADERS = List.of("id", "occurred_at", "customer_id", "customer_first_name",
            "customer_last_name", "customer_email", "customer_phone", "location_id", "location", "amount", "currency",
            "source", "recorded_by_user_id");

    private final ExportCursor cursor;
    private final JdbcTemplate jdbc;
    private final LocationDirectory locations;

    VisitCsvExport(ExportCursor cursor, JdbcTemplate jdbc, LocationDirectory locations) {
        this.cursor = cursor;
        this.jdbc = jdbc;
        this.locations = locations;
    }

    private record Row(UUID locationId, List<String> cells) {
    }

    long write(ExportParams.VisitExportFilter filter, ZoneId zone, CsvExportWriter out) {
        return cursor.inSnapshot(() -> {
            ExportCells.useZone(jdbc, zone);
            out.header(HEADERS);
            ExportCells cells = new ExportCells(out.dialect(), locations);
            MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require())
                    .addValue("timeFormat", cells.timeFormat());
            String where = where(filter, params);
            // Newest first through visits_business_idx: visits are inserted roughly in time order, so the
            // index walk reads the table nearly sequentially.
            cursor.forEachChunk("select v.id, to_char(v.occurred_at, :timeFormat) as occurred_at, v.customer_id,"
                    + " c.first_name, c.last_name, c.email, c.phone, v.location_id, " + cells.decimal("v.amount")
                    + " as amount, v.currency, v.source, v.recorded_by from visits v"
                    + " join customers c on c.business_id = v.business_id and c.id = v.customer_id where " + where
                    + " order by v.occurred_at desc, v.id desc", params, (rs, n) -> row(rs), chunk -> {
                        cells.preloadLocations(chunk.stream().map(Row::locationId).toList());
                        for (Row row : chunk) {
                            row.cells().set(8, cells.locationName(row.locationId()));
                            out.row(row.cells());
                        }
                    });
            return out.rows();
        });
    }

    private static String where(ExportParams.VisitExportFilter export, MapSqlParameterSource params) {
        VisitFilter filter = export.visits();
        StringBuilder where = new StringBuilder("v.business_id = :businessId");
        if (filter.locationId() != null) {
            where.append(" and v.location_id = :locationId");
            params.addValue("locationId", filter.locationId());
        }
        VisitQueries.appendCustomerDatesAndSource(filter, where, params);
        if (!export.customerTags().isEmpty()) {
            where.append(" and c.tags @> cast(:tags as text[])");
            params.addValue("tags", export.customerTags().toArray(String[]::new));
        }
        return where.toString();
    }

    private static Row row(ResultSet rs) throws SQLException {
        UUID locationId = rs.getObject("location_id", UUID.class);
        List<String> values = new ArrayList<>(HEADERS.size());
        values.add(rs.getObject("id", UUID.class).toString());
        values.add(rs.getString("occurred_at"));
        values.add(rs.getObject("customer_id", UUID.class).toString());
        values.add(rs.getString("first_name"));
        values.add(rs.getString("last_name"));
        values.add(rs.getString("email"));
        values.add(rs.getString("phone"));
        values.add(locationId.toString());
        values.add(null); // location: named per chunk
        values.add(rs.getString("amount"));
        values.add(rs.getString("currency"));
        values.add(rs.getString("source"));
        values.add(java.util.Objects.toString(rs.getObject("recorded_by"), null));
        return new Row(locationId, values);
    }
}
