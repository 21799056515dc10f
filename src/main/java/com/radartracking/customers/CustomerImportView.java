package com.radartracking.customers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The GraphQL {@code CustomerImport} type, read from the stored record and its JSON report. */
record CustomerImportView(String id, String fileName, String fileSha256, long sizeBytes, String encoding,
        String delimiter, String mode, boolean dryRun, String status, boolean written, String outcome, long rows,
        long created, long updated, long unchanged, long errorRows, long blankRows, long balancesCredited,
        long balancesAlreadyCarriedOver, long errorCount,
        List<ErrorView> errors, boolean errorsTruncated, List<ErrorCount> errorsByCode, List<String> notes,
        List<Column> mapping, String startedByUserId, Instant startedAt, Instant finishedAt) {

    record ErrorView(long row, String field, String column, String code, String message) {
    }

    record ErrorCount(String code, long count) {
    }

    record Column(String field, String column) {
    }

    static CustomerImportView of(CustomerImportRecords.ImportRecord record) {
        JsonNode report = record.report();
        List<ErrorView> errors = new ArrayList<>();
        report.path("errors").forEach(error -> errors.add(new ErrorView(error.path("row").asLong(),
                text(error, "field"), text(error, "column"), error.path("code").asString(),
                error.path("message").asString())));
        List<ErrorCount> byCode = new ArrayList<>();
        report.path("errorsByCode").properties().forEach(entry -> byCode.add(new ErrorCount(entry.getKey(),
                entry.getValue().asLong())));
        List<String> notes = new ArrayList<>();
        report.path("notes").forEach(note -> notes.add(note.asString()));
        List<Column> mapping = new ArrayList<>();
        report.path("mapping").properties().forEach(entry -> mapping.add(new Column(entry.getKey(),
                entry.getValue().asString())));
        // jsonb keeps keys in its own order: show the fields in their usual order.
        mapping.sort(java.util.Comparator.comparingInt(column -> {
            ImportField field = ImportField.byKey(column.field());
            return field == null ? Integer.MAX_VALUE : field.ordinal();
        }));
        return new CustomerImportView(record.id().toString(), record.fileName(), record.fileSha256(),
                record.sizeBytes(), record.encoding(), record.delimiter(), record.mode(), record.dryRun(),
                record.status(), report.path("written").asBoolean(false), text(report, "outcome"), record.rows(),
                record.created(), record.updated(), record.unchanged(), record.errorRows(),
                report.path("blankRows").asLong(), record.balancesCredited(),
                report.path("balancesAlreadyCarriedOver").asLong(), report.path("errorCount").asLong(), errors, report.path("errorsTruncated").asBoolean(false), byCode,
                notes, mapping, record.startedBy() == null ? null : record.startedBy().toString(), record.startedAt(),
                record.finishedAt());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }
}
