package com.radartracking.customers;

import com.radartracking.customers.csv.CsvDialect;
import com.radartracking.customers.csv.CsvExportWriter;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV exports for Admins, authenticated with the same bearer token as GraphQL:
 * {@code GET /api/exports/customers.csv} and {@code GET /api/exports/visits.csv}, filtered by query
 * parameters named like the GraphQL filters ({@link ExportParams}), {@code format=excel} for Excel.
 * Everything that can be refused is checked before the first byte (so refusals are JSON 4xx); then the
 * rows stream straight from the database cursor to the socket. Each export, finished or cut short, is
 * written to the activity log with its filters and row count.
 */
@RestController
@RequestMapping("/api/exports")
class CsvExportController {

    private static final Logger log = LoggerFactory.getLogger(CsvExportController.class);

    private final ExportPreparation preparation;
    private final CustomerCsvExport customers;
    private final VisitCsvExport visits;

    CsvExportController(ExportPreparation preparation, CustomerCsvExport customers, VisitCsvExport visits) {
        this.preparation = preparation;
        this.customers = customers;
        this.visits = visits;
    }

    @GetMapping("/customers.csv")
    void customers(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response)
            throws IOException {
        CurrentActor.requireRole(Role.ADMIN);
        CsvDialect dialect = CsvDialect.of(ExportParams.one(params, "format"));
        ExportPreparation.Prepared prepared = preparation.prepare();
        CustomerFilter filter = ExportParams.customers(params, prepared.zone());
        preparation.checkLocations(filter.preferredLocationId(), filter.visitedLocationId());
        CustomerSearch.likePatterns(filter.search()); // refuses an over-long search before the first byte
        stream(response, prepared.fileName("customers"), dialect, "customers.exported", params,
                writer -> customers.write(filter, prepared.zone(), writer));
    }

    @GetMapping("/visits.csv")
    void visits(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        CurrentActor.requireRole(Role.ADMIN);
        CsvDialect dialect = CsvDialect.of(ExportParams.one(params, "format"));
        ExportPreparation.Prepared prepared = preparation.prepare();
        ExportParams.VisitExportFilter filter = ExportParams.visits(params, prepared.zone());
        preparation.checkLocations(filter.visits().locationId());
        preparation.checkCustomer(filter.visits().customerId());
        stream(response, prepared.fileName("visits"), dialect, "visits.exported", params,
                writer -> visits.write(filter, prepared.zone(), writer));
    }

    private interface Export {
        void writeTo(CsvExportWriter writer);
    }

    private void stream(HttpServletResponse response, String fileName, CsvDialect dialect, String action,
            MultiValueMap<String, String> params, Export export) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        CsvExportWriter writer = null;
        boolean audited = false;
        try {
            writer = new CsvExportWriter(response.getOutputStream(), dialect);
            export.writeTo(writer);
            // Logged before the last bytes leave, so the entry exists when the client has the whole file.
            preparation.audit(action, details(dialect, params, writer.rows(), true));
            audited = true;
            writer.close();
        } catch (RuntimeException | IOException e) {
            long rows = writer == null ? 0 : writer.rows();
            log.warn("{} stopped after {} rows: {}", action, rows, e.toString());
            if (response.isCommitted()) {
                // Headers and some rows are gone: the client sees a truncated download; the log says why.
                if (!audited) {
                    preparation.audit(action, details(dialect, params, rows, false));
                }
                return;
            }
            // Nothing left the buffers: drop them, so the refusal is answered as JSON.
            response.reset();
            throw e;
        }
    }

    private static Map<String, Object> details(CsvDialect dialect, MultiValueMap<String, String> params, long rows,
            boolean complete) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", dialect == CsvDialect.EXCEL ? "excel" : "csv");
        details.put("filters", ExportParams.describe(withoutFormat(params)));
        details.put("rows", rows);
        details.put("complete", complete);
        return details;
    }

    private static MultiValueMap<String, String> withoutFormat(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> copy = new org.springframework.util.LinkedMultiValueMap<>(params);
        copy.remove("format");
        return copy;
    }
}
