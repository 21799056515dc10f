package com.radartracking.customers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did, row by row in counts and with the first {@value #MAX_ERRORS} errors in detail (the
 * rest only counted, by code), so 100,000 bad rows make a report of bounded size.
 */
final class ImportReport {

    static final int MAX_ERRORS = 1000;

    long rows;
    long blankRows;
    long created;
    long updated;
    long unchanged;
    long errorRows;
    long balancesCredited;
    long balancesAlreadyCarriedOver;
    private long errorCount;
    private final List<ImportRowParser.RowError> errors = new ArrayList<>();
    private final Map<String, Long> errorsByCode = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();

    void error(ImportRowParser.RowError error) {
        errorCount++;
        errorsByCode.merge(error.code(), 1L, Long::sum);
        if (errors.size() < MAX_ERRORS) {
            errors.add(error);
        }
    }

    /** Adds the rows refused while writing (a contact shared by two customers...) and the chunk's counts. */
    void merge(CustomerImportWriter.Outcome outcome) {
        created += outcome.created();
        updated += outcome.updated();
        unchanged += outcome.unchanged();
        balancesCredited += outcome.credited();
        balancesAlreadyCarriedOver += outcome.alreadyCredited();
        errorRows += outcome.refusedRows();
        outcome.errors().forEach(this::error);
    }

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    List<String> notes() {
        return notes;
    }

    long errorCount() {
        return errorCount;
    }

    List<ImportRowParser.RowError> errors() {
        return errors;
    }

    /** The counts and errors as the JSON report (the caller adds identity, status and file). */
    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("rows", rows);
        map.put("blankRows", blankRows);
        map.put("created", created);
        map.put("updated", updated);
        map.put("unchanged", unchanged);
        map.put("errorRows", errorRows);
        map.put("balancesCredited", balancesCredited);
        map.put("balancesAlreadyCarriedOver", balancesAlreadyCarriedOver);
        map.put("errorCount", errorCount);
        map.put("errorsTruncated", errorCount > errors.size());
        map.put("errorsByCode", errorsByCode);
        List<Map<String, Object>> list = new ArrayList<>(errors.size());
        for (ImportRowParser.RowError error : errors) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("row", error.row());
            item.put("field", error.field());
            item.put("column", error.column());
            item.put("code", error.code());
            item.put("message", error.message());
            list.add(item);
        }
        map.put("errors", list);
        map.put("notes", notes);
        return map;
    }
}
