package com.radartracking.customers;

import com.radartracking.customers.csv.SpooledUpload;
import com.radartracking.locations.LocationDirectory;
import com.radartracking.locations.LocationView;
import com.radartracking.platform.tenancy.TenantContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the rows of an import. KEEP_VALID commits every chunk of {@value #CHUNK} valid rows in its own
 * transaction (a chunk that loses a race on a unique contact is redone once, then its rows are
 * reported). ALL_OR_NOTHING and dry runs do the same work in one transaction, rolled back at the end
 * when a row failed or nothing should be kept. Memory holds one chunk and the capped report.
 */
@Component
class ImportExecution {

    static final int CHUNK = 500;

    /** @param written whether anything stays in the database */
    record Result(String status, boolean written, ImportReport report) {
    }

    private final CustomerImportWriter writer;
    private final ObjectProvider<ImportedBalances> balances;
    private final BusinessProfile business;
    private final LocationDirectory locations;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;

    ImportExecution(CustomerImportWriter writer, ObjectProvider<ImportedBalances> balances, BusinessProfile business,
            LocationDirectory locations, Clock clock, PlatformTransactionManager transactions) {
        this.writer = writer;
        this.balances = balances;
        this.business = business;
        this.locations = locations;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    /** Per import: what rows are checked against, and whether balances can still be taken. */
    private final class Run {
        final SpooledUpload upload;
        final ImportMapping mapping;
        final char delimiter;
        final ImportOptions options;
        final String region;
        final Map<String, UUID> locationsByName;
        final CustomerImportWriter.BalanceTargets targets;
        String balancesRefused;
        ImportReport report;

        Run(SpooledUpload upload, ImportMapping mapping, char delimiter, ImportOptions options, ImportReport report) {
            this.upload = upload;
            this.mapping = mapping;
            this.delimiter = delimiter;
            this.options = options;
            this.report = report;
            this.region = readOnly.execute(status -> business.current(TenantContext.require()).phoneRegion());
            this.locationsByName = readOnly.execute(status -> locationIndex());
            ImportedBalances sink = balances.getIfAvailable();
            this.targets = new CustomerImportWriter.BalanceTargets(sink, options.pointsProgramId(),
                    options.stampsProgramId());
            this.balancesRefused = sink == null ? "No loyalty program can take opening balances" : null;
        }

        ImportRowParser parser() {
            return new ImportRowParser(mapping, region, locationsByName, clock, balancesRefused);
        }
    }

    Result execute(SpooledUpload upload, ImportMapping mapping, char delimiter, ImportOptions options,
            ImportReport report) {
        Run run = new Run(upload, mapping, delimiter, options, report);
        if (options.mode() == ImportOptions.Mode.KEEP_VALID && !options.dryRun()) {
            readRows(run, chunk -> run.report.merge(writeChunk(run, chunk)));
            return new Result(report.errorRows == 0 ? "COMPLETED" : "COMPLETED_WITH_ERRORS",
                    report.created + report.updated > 0, report);
        }
        return inOneTransaction(run);
    }

    private Result inOneTransaction(Run run) {
        ImportReport fresh = run.report;
        for (int attempt = 0; ; attempt++) {
            ImportReport report = fresh;
            try {
                Boolean kept = transaction.execute(status -> {
                    readRows(run, chunk -> report.merge(writer.write(chunk, run.targets)));
                    boolean keep = !run.options.dryRun() && report.errorRows == 0;
                    if (!keep) {
                        status.setRollbackOnly();
                    }
                    return keep;
                });
                String status = run.options.dryRun() ? "VALIDATED" : Boolean.TRUE.equals(kept) ? "COMPLETED" : "ROLLED_BACK";
                return new Result(status, Boolean.TRUE.equals(kept), report);
            } catch (CustomerImportWriter.BalancesRefused refused) {
                if (attempt > 0) {
                    throw refused;
                }
                // Start again without balances: the rows carrying them become errors.
                run.balancesRefused = refused.getMessage();
                fresh = new ImportReport();
                report.notes().forEach(fresh::note);
                run.report = fresh;
            }
        }
    }

    private interface ChunkSink {
        void accept(List<ImportRow> chunk);
    }

    /** Parses every row, reporting bad ones, and hands the valid ones over in chunks. */
    private void readRows(Run run, ChunkSink sink) {
        ImportRowParser parser = run.parser();
        String refusedAtStart = run.balancesRefused;
        List<ImportRow> chunk = new ArrayList<>(CHUNK);
        try (ImportFile file = ImportFile.reopen(run.upload, run.delimiter)) {
            while (file.hasNext()) {
                CSVRecord record = file.next();
                if (ImportRowParser.isBlank(record)) {
                    run.report.blankRows++;
                    continue;
                }
                run.report.rows++;
                if (!java.util.Objects.equals(refusedAtStart, run.balancesRefused)) {
                    parser = run.parser();
                    refusedAtStart = run.balancesRefused;
                }
                ImportRow row = parser.parse(record, ImportFile.row(record), run.report::error);
                if (row == null) {
                    run.report.errorRows++;
                    continue;
                }
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    sink.accept(List.copyOf(chunk));
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                sink.accept(List.copyOf(chunk));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (run.balancesRefused != null && (run.mapping.has(ImportField.POINTS) || run.mapping.has(ImportField.STAMPS))) {
            run.report.note("Opening balances were not taken: " + run.balancesRefused);
        }
    }

    /** KEEP_VALID: one committed transaction per chunk. */
    private CustomerImportWriter.Outcome writeChunk(Run run, List<ImportRow> chunk) {
        List<ImportRow> rows = chunk;
        List<ImportRowParser.RowError> refusedBalances = new ArrayList<>();
        for (int attempt = 0; ; attempt++) {
            List<ImportRow> attemptRows = rows;
            try {
                CustomerImportWriter.Outcome outcome = transaction.execute(status -> writer.write(attemptRows, run.targets));
                if (refusedBalances.isEmpty()) {
                    return outcome;
                }
                List<ImportRowParser.RowError> errors = new ArrayList<>(outcome.errors());
                errors.addAll(refusedBalances);
                return new CustomerImportWriter.Outcome(outcome.created(), outcome.updated(), outcome.unchanged(),
                        outcome.credited(), outcome.alreadyCredited(), outcome.refusedRows()
                        + (int) refusedBalances.stream().map(ImportRowParser.RowError::row).distinct().count(), errors);
            } catch (CustomerImportWriter.BalancesRefused refused) {
                run.balancesRefused = refused.getMessage();
                List<ImportRow> without = new ArrayList<>();
                for (ImportRow row : rows) {
                    if (row.hasBalance()) {
                        refusedBalances.add(balanceError(run, row, refused.getMessage()));
                    } else {
                        without.add(row);
                    }
                }
                rows = without;
            } catch (DataAccessException raced) {
                if (attempt > 0) {
                    List<ImportRowParser.RowError> errors = new ArrayList<>(refusedBalances);
                    rows.forEach(row -> errors.add(new ImportRowParser.RowError(row.row(), null, null, "NOT_SAVED",
                            "The row could not be saved (its customer changed during the import); run the import"
                                    + " again")));
                    return new CustomerImportWriter.Outcome(0, 0, 0, 0, 0, rows.size() + refusedBalances.size(), errors);
                }
            }
        }
    }

    private static ImportRowParser.RowError balanceError(Run run, ImportRow row, String message) {
        ImportField field = row.points() != null ? ImportField.POINTS : ImportField.STAMPS;
        return new ImportRowParser.RowError(row.row(), field.key(), run.mapping.header(field), "NO_LOYALTY_PROGRAM",
                message);
    }

    private Map<String, UUID> locationIndex() {
        Map<String, UUID> index = new HashMap<>();
        for (LocationView location : locations.all()) {
            UUID id = UUID.fromString(location.id());
            index.putIfAbsent(location.name().strip().toLowerCase(Locale.ROOT), id);
            index.put(location.id().toLowerCase(Locale.ROOT), id);
        }
        return index;
    }

    /** One sentence saying what happened and what stays written. */
    static String outcome(Result result, ImportOptions options) {
        ImportReport r = result.report();
        String counts = r.created + " created, " + r.updated + " completed, " + r.unchanged + " already up to date";
        return switch (result.status()) {
            case "COMPLETED" -> "All " + r.rows + " rows were imported: " + counts + ".";
            case "COMPLETED_WITH_ERRORS" -> "The valid rows were kept (" + counts + "); " + r.errorRows
                    + " rows with errors were skipped.";
            case "ROLLED_BACK" -> "Nothing was written: " + r.errorRows + " rows have errors (all-or-nothing). Without"
                    + " them the file would give " + counts + ".";
            case "VALIDATED" -> "Dry run, nothing was written. The file would give " + counts + "; " + r.errorRows
                    + " rows have errors" + (options.mode() == ImportOptions.Mode.ALL_OR_NOTHING && r.errorRows > 0
                    ? " and would stop the all-or-nothing import." : ".");
            default -> result.written() ? "The import stopped; the rows before the failure were kept (" + counts
                    + "). Running it again completes it." : "The import stopped and nothing was written.";
        };
    }
}
