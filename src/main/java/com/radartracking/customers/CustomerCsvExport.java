package com.radartracking.customers;

import com.radartracking.customers.csv.CsvExportWriter;
import com.radartracking.locations.LocationDirectory;
import com.radartracking.platform.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;

/**
 * The customers CSV: the same filter as the list, streamed from a cursor in chunks of
 * {@value ExportCursor#CHUNK_SIZE}; for each chunk every other module's {@link CustomerExportColumns}
 * (loyalty balances...) is asked once. Works with no contributor at all.
 */
@Service
class CustomerCsvExport {

    static final List<String> HEADERS = List.of("id", "first_name", "last_name", "email", "phone", "birthday",
            "tags", "preferred_location", "source", "visit_count", "first_visit_at", "last_visit_at", "total_spent",
            "created_at", "push_consent", "location_consent", "marketing_consent");
    /** Tags are joined with this in one cell; the import splits on it. */
    static final String TAG_SEPARATOR = "|";

    private final ExportCursor cursor;
    private final JdbcTemplate jdbc;
    private final LocationDirectory locations;
    private final ObjectProvider<CustomerExportColumns> contributors;

    CustomerCsvExport(ExportCursor cursor, JdbcTemplate jdbc, LocationDirectory locations,
            ObjectProvider<CustomerExportColumns> contributors) {
        this.cursor = cursor;
        this.jdbc = jdbc;
        this.locations = locations;
        this.contributors = contributors;
    }

    private record Row(UUID id, UUID preferredLocationId, List<String> cells) {
    }

    /**
     * Writes the header and every matching customer; returns the number of rows written. Rows come in
     * storage order: sorting a million rows (or walking an index over them) costs more than the export.
     */
    long write(CustomerFilter filter, ZoneId zone, CsvExportWriter out) {
        return cursor.inSnapshot(() -> {
            UUID businessId = TenantContext.require();
            ExportCells.useZone(jdbc, zone);
            List<CustomerExportColumns> extras = contributors.orderedStream().toList();
            List<String> headers = new ArrayList<>(HEADERS);
            extras.forEach(extra -> headers.addAll(extra.headers()));
            out.header(headers);

            ExportCells cells = new ExportCells(out.dialect(), locations);
            CustomerSearch.Sql sql = CustomerSearch.where(businessId, filter);
            MapSqlParameterSource params = sql.params().addValue("timeFormat", cells.timeFormat());
            // Consents: one pass over the business's answers, hash-joined, instead of a query per chunk.
            cursor.forEachChunk("select c.id, c.first_name, c.last_name, c.email, c.phone, c.birthday::text as birthday,"
                    + " array_to_string(c.tags, '" + TAG_SEPARATOR + "') as tags, c.preferred_location_id, c.source,"
                    + " c.visit_count::text as visit_count, to_char(c.first_visit_at, :timeFormat) as first_visit_at,"
                    + " to_char(c.last_visit_at, :timeFormat) as last_visit_at, " + cells.decimal("c.total_spent")
                    + " as total_spent, to_char(c.created_at, :timeFormat) as created_at, k.push, k.location,"
                    + " k.marketing from customers c left join (select customer_id,"
                    + " bool_or(granted) filter (where type = 'PUSH') as push,"
                    + " bool_or(granted) filter (where type = 'LOCATION') as location,"
                    + " bool_or(granted) filter (where type = 'MARKETING') as marketing"
                    + " from consents where business_id = :businessId group by customer_id) k on k.customer_id = c.id"
                    + " where " + sql.where(), params, (rs, n) -> row(rs),
                    chunk -> writeChunk(chunk, extras, cells, out));
            return out.rows();
        });
    }

    private static Row row(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<String> values = new ArrayList<>(HEADERS.size() + 8);
        values.add(id.toString());
        values.add(rs.getString("first_name"));
        values.add(rs.getString("last_name"));
        values.add(rs.getString("email"));
        values.add(rs.getString("phone"));
        values.add(rs.getString("birthday"));
        values.add(rs.getString("tags"));
        values.add(null); // preferred_location: named per chunk
        values.add(rs.getString("source"));
        values.add(rs.getString("visit_count"));
        values.add(rs.getString("first_visit_at"));
        values.add(rs.getString("last_visit_at"));
        values.add(rs.getString("total_spent"));
        values.add(rs.getString("created_at"));
        values.add(ExportCells.yesNo(rs, "push"));
        values.add(ExportCells.yesNo(rs, "location"));
        values.add(ExportCells.yesNo(rs, "marketing"));
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
