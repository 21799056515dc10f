package com.radartracking.customers;

import com.radartracking.customers.csv.CsvExportWriter;
import com.radartracking.locations.LocationDirectory;
import com.radartracking.platform.tenancy.TenantContext;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The customers CSV: the same filter as the list, newest first, streamed from a cursor in chunks of
 * {@value ExportCursor#CHUNK_SIZE}; for each chunk the consent columns and every other module's
 * {@link CustomerExportColumns} (loyalty balances...) are asked once. Works with no contributor at all.
 */
@Service
class CustomerCsvExport {

    static final List<String> HEADERS = List.of("id", "first_name", "last_name", "email", "phone", "birthday",
            "tags", "preferred_location", "source", "visit_count", "first_visit_at", "last_visit_at", "total_spent",
            "created_at");
    /** Tags are joined with this in one cell; the import splits on it. */
    static final String TAG_SEPARATOR = "|";

    private final ExportCursor cursor;
    private final NamedParameterJdbcTemplate jdbc;
    private final LocationDirectory locations;
    private final ObjectProvider<CustomerExportColumns> contributors;

    CustomerCsvExport(ExportCursor cursor, DataSource dataSource, LocationDirectory locations,
            ObjectProvider<CustomerExportColumns> contributors) {
        this.cursor = cursor;
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.locations = locations;
        this.contributors = contributors;
    }

    private record Row(UUID id, UUID preferredLocationId, List<String> cells) {
    }

    /** Writes the header and every matching customer; returns the number of rows written. */
    long write(CustomerFilter filter, ZoneId zone, CsvExportWriter out) {
        return cursor.inSnapshot(() -> {
            UUID businessId = TenantContext.require();
            List<CustomerExportColumns> extras = new ArrayList<>();
            extras.add(new ConsentExportColumns(jdbc, businessId));
            contributors.orderedStream().forEach(extras::add);
            List<String> headers = new ArrayList<>(HEADERS);
            extras.forEach(extra -> headers.addAll(extra.headers()));
            out.header(headers);

            ExportCells cells = new ExportCells(out.dialect(), zone, locations);
            CustomerSearch.Sql sql = CustomerSearch.where(businessId, filter);
            cursor.forEachChunk("select c.id, c.first_name, c.last_name, c.email, c.phone, c.birthday, c.tags,"
                    + " c.preferred_location_id, c.source, c.visit_count, c.first_visit_at, c.last_visit_at,"
                    + " c.total_spent, c.created_at from customers c where " + sql.where()
                    + " order by c.created_at desc, c.id desc", sql.params(), (rs, n) -> row(rs, cells),
                    chunk -> writeChunk(chunk, extras, cells, out));
            return out.rows();
        });
    }

    private static Row row(ResultSet rs, ExportCells cells) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Array tags = rs.getArray("tags");
        List<String> values = new ArrayList<>(HEADERS.size() + 8);
        values.add(id.toString());
        values.add(rs.getString("first_name"));
        values.add(rs.getString("last_name"));
        values.add(rs.getString("email"));
        values.add(rs.getString("phone"));
        values.add(ExportCells.string(rs.getObject("birthday")));
        values.add(tags == null ? "" : String.join(TAG_SEPARATOR, (String[]) tags.getArray()));
        values.add(null); // preferred_location: named per chunk
        values.add(rs.getString("source"));
        values.add(Integer.toString(rs.getInt("visit_count")));
        values.add(cells.time(rs, "first_visit_at"));
        values.add(cells.time(rs, "last_visit_at"));
        values.add(cells.decimal(rs.getBigDecimal("total_spent")));
        values.add(cells.time(rs, "created_at"));
        return new Row(id, rs.getObject("preferred_location_id", UUID.class), values);
    }

    private static void writeChunk(List<Row> chunk, List<CustomerExportColumns> extras, ExportCells cells,
            CsvExportWriter out) {
        List<UUID> ids = chunk.stream().map(Row::id).toList();
        cells.preloadLocations(chunk.stream().map(Row::preferredLocationId).toList());
        List<Map<UUID, List<String>>> extraValues = new ArrayList<>(extras.size());
        for (CustomerExportColumns extra : extras) {
            extraValues.add(extra.values(ids));
        }
        int preferred = HEADERS.indexOf("preferred_location");
        for (Row row : chunk) {
            row.cells().set(preferred, cells.locationName(row.preferredLocationId()));
            for (int i = 0; i < extras.size(); i++) {
                List<String> values = extraValues.get(i).get(row.id());
                int width = extras.get(i).headers().size();
                for (int column = 0; column < width; column++) {
                    row.cells().add(values == null || column >= values.size() ? "" : values.get(column));
                }
            }
            out.row(row.cells());
        }
    }
}
