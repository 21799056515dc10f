package com.radartracking.customers;

import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The customer_imports table: an import is recorded RUNNING when it starts and finished with its report. */
@Component
class CustomerImportRecords {

    /** One import as the panel shows it; {@code report} is the stored JSON report. */
    record ImportRecord(UUID id, UUID startedBy, String fileName, String fileSha256, long sizeBytes, String encoding,
            String delimiter, String mode, boolean dryRun, String status, long rows, long created, long updated,
            long unchanged, long errorRows, long balancesCredited, JsonNode report, Instant startedAt,
            Instant finishedAt) {
    }

    /** What is known when an import starts. */
    record Start(UUID id, UUID startedBy, String fileName, String fileSha256, long sizeBytes, String encoding,
            String delimiter, String mode, boolean dryRun) {
    }

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    CustomerImportRecords(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    void start(Start start) {
        jdbc.update("""
                insert into customer_imports (id, business_id, started_by, file_name, file_sha256, size_bytes,
                                              encoding, delimiter, mode, dry_run, status, started_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?)""",
                start.id(), TenantContext.require(), start.startedBy(), start.fileName(), start.fileSha256(),
                start.sizeBytes(), start.encoding(), start.delimiter(), start.mode(), start.dryRun(),
                Timestamp.from(clock.instant()));
    }

    /** Must run in the transaction that also writes the activity log entry. */
    @Transactional
    void finish(UUID id, String status, ImportReport report, Map<String, Object> fullReport) {
        jdbc.update("""
                update customer_imports set status = ?, rows_total = ?, created_count = ?, updated_count = ?,
                       unchanged_count = ?, error_rows = ?, balances_credited = ?, report = ?::jsonb, finished_at = ?
                 where business_id = ? and id = ?""",
                status, report.rows, report.created, report.updated, report.unchanged, report.errorRows,
                report.balancesCredited, json.writeValueAsString(fullReport), Timestamp.from(clock.instant()),
                TenantContext.require(), id);
    }

    @Transactional(readOnly = true)
    Optional<ImportRecord> find(UUID id) {
        return jdbc.query("select * from customer_imports where business_id = ? and id = ?", this::map,
                TenantContext.require(), id).stream().findFirst();
    }

    /** Newest first, one extra row when there is a next page. */
    @Transactional(readOnly = true)
    List<ImportRecord> page(PageArgs page) {
        PageArgs.Position after = page.position();
        if (after == null) {
            return jdbc.query("select * from customer_imports where business_id = ?"
                    + " order by started_at desc, id desc limit ?", this::map, TenantContext.require(), page.first() + 1);
        }
        return jdbc.query("select * from customer_imports where business_id = ? and (started_at, id) < (?, ?)"
                + " order by started_at desc, id desc limit ?", this::map, TenantContext.require(),
                after.createdAt().atOffset(ZoneOffset.UTC), after.id(), page.first() + 1);
    }

    private ImportRecord map(ResultSet rs, int row) throws SQLException {
        return new ImportRecord(rs.getObject("id", UUID.class), rs.getObject("started_by", UUID.class),
                rs.getString("file_name"), rs.getString("file_sha256"), rs.getLong("size_bytes"),
                rs.getString("encoding"), rs.getString("delimiter"), rs.getString("mode"), rs.getBoolean("dry_run"),
                rs.getString("status"), rs.getLong("rows_total"), rs.getLong("created_count"),
                rs.getLong("updated_count"), rs.getLong("unchanged_count"), rs.getLong("error_rows"),
                rs.getLong("balances_credited"), json.readTree(rs.getString("report")),
                CustomerQueries.instant(rs, "started_at"), CustomerQueries.instant(rs, "finished_at"));
    }
}
