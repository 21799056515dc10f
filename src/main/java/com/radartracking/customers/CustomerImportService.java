package com.radartracking.customers;

import com.radartracking.audit.ActivityLog;
import com.radartracking.customers.csv.SpooledUpload;
import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports customers from a CSV file (Admins, for onboarding). Everything that can make the whole file
 * unusable is settled before the first write: size, encoding (with the line of the first bad byte),
 * CSV structure, required columns and mapping. Then the rows run through {@link ImportExecution}, and
 * the import is recorded (customer_imports) with its report and written to the activity log.
 */
@Service
class CustomerImportService {

    private static final Logger log = LoggerFactory.getLogger(CustomerImportService.class);

    private final ImportExecution execution;
    private final CustomerImportRecords records;
    private final ActivityLog activityLog;
    private final TransactionTemplate transaction;
    private final long maxBytes;

    CustomerImportService(ImportExecution execution, CustomerImportRecords records, ActivityLog activityLog,
            PlatformTransactionManager transactions,
            @Value("${radar.customers.import.max-bytes:104857600}") long maxBytes) {
        this.execution = execution;
        this.records = records;
        this.activityLog = activityLog;
        this.transaction = new TransactionTemplate(transactions);
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Runs the import and answers its report (also stored); refusals before any write are exceptions. */
    Map<String, Object> importCustomers(InputStream body, ImportOptions options) {
        Actor admin = CurrentActor.requireRole(Role.ADMIN);
        try (SpooledUpload upload = spool(body, options)) {
            if (upload.unreadable() != null) {
                SpooledUpload.Unreadable problem = upload.unreadable();
                Map<String, Object> extensions = new LinkedHashMap<>(Map.of("field", "file", "reason", problem.reason()));
                if (problem.line() > 0) {
                    extensions.put("line", problem.line());
                }
                throw new CustomerException(ErrorCode.BAD_USER_INPUT, problem.message() + ". Nothing was imported",
                        extensions);
            }
            ImportMapping mapping;
            char delimiter;
            try (ImportFile file = ImportFile.open(upload, options.delimiter())) {
                mapping = ImportMapping.resolve(file.headers(), options.mapping());
                delimiter = file.delimiter();
            }
            if (mapping.has(ImportField.POINTS) && mapping.has(ImportField.STAMPS)
                    && (options.pointsProgramId() == null || options.stampsProgramId() == null)) {
                throw CustomerException.badInput("pointsProgramId", "The file has both points and stamps: give"
                        + " pointsProgramId and stampsProgramId, so each balance goes to its program");
            }
            return run(upload, mapping, delimiter, options, admin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SpooledUpload spool(InputStream body, ImportOptions options) throws IOException {
        try {
            return SpooledUpload.spool(body, maxBytes, options.charset());
        } catch (SpooledUpload.TooLarge e) {
            throw new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, e.getMessage() + "; split the file",
                    Map.of("field", "file", "maximum", maxBytes));
        } catch (IllegalArgumentException e) {
            throw CustomerException.badInput("charset", e.getMessage());
        }
    }

    private Map<String, Object> run(SpooledUpload upload, ImportMapping mapping, char delimiter, ImportOptions options,
            Actor admin) {
        UUID id = UUID.randomUUID();
        String delimiterName = delimiter == '\t' ? "tab" : String.valueOf(delimiter);
        records.start(new CustomerImportRecords.Start(id, admin.userId(), options.fileName(), upload.sha256(),
                upload.size(), upload.label(), delimiterName, options.mode().name(), options.dryRun()));
        ImportReport report = new ImportReport();
        if (upload.detected()) {
            report.note("The file was read as " + upload.label() + (upload.hadBom() ? " (byte-order mark)"
                    : " (it is not valid UTF-8)"));
        }
        ImportExecution.Result result = executeOrFail(id, upload, mapping, delimiter, options, report);
        return finish(id, result, upload, mapping, delimiterName, options);
    }

    private ImportExecution.Result executeOrFail(UUID id, SpooledUpload upload, ImportMapping mapping, char delimiter,
            ImportOptions options, ImportReport report) {
        try {
            return execution.execute(upload, mapping, delimiter, options, report);
        } catch (RuntimeException e) {
            log.error("customer import {} failed", id, e);
            report.note("The import stopped on an unexpected error; run it again (it is safe to repeat)");
            boolean kept = options.mode() == ImportOptions.Mode.KEEP_VALID && !options.dryRun()
                    && report.created + report.updated > 0;
            return new ImportExecution.Result("FAILED", kept, report);
        }
    }

    private Map<String, Object> finish(UUID id, ImportExecution.Result result, SpooledUpload upload,
            ImportMapping mapping, String delimiterName, ImportOptions options) {
        ImportReport report = result.report();
        Map<String, Object> full = new LinkedHashMap<>();
        full.put("id", id.toString());
        full.put("status", result.status());
        full.put("mode", options.mode().name());
        full.put("dryRun", options.dryRun());
        full.put("written", result.written());
        full.put("outcome", ImportExecution.outcome(result, options));
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("name", options.fileName());
        file.put("bytes", upload.size());
        file.put("sha256", upload.sha256());
        file.put("encoding", upload.label());
        file.put("encodingDetected", upload.detected());
        file.put("delimiter", delimiterName);
        full.put("file", file);
        full.put("mapping", mapping.describe());
        full.putAll(report.toMap());
        transaction.executeWithoutResult(status -> {
            records.finish(id, result.status(), report, full);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("status", result.status());
            details.put("mode", options.mode().name());
            details.put("dryRun", options.dryRun());
            details.put("rows", report.rows);
            details.put("created", report.created);
            details.put("updated", report.updated);
            details.put("errorRows", report.errorRows);
            details.put("balancesCredited", report.balancesCredited);
            details.put("fileSha256", upload.sha256());
            activityLog.record("customers.imported", "CustomerImport", id, details);
        });
        return full;
    }
}
