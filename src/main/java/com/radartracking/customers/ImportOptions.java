package com.radartracking.customers;

import java.util.Locale;
import java.util.UUID;

/**
 * How to run an import. {@code KEEP_VALID} (the default) commits the valid rows chunk by chunk and
 * reports the others; {@code ALL_OR_NOTHING} writes everything in one transaction, rolled back if any
 * row has an error. {@code dryRun} does all the work, reports it, and rolls it back.
 *
 * @param charset {@code auto} (default), utf-8, windows-1252, iso-8859-1 or utf-16
 * @param delimiter {@code ,}, {@code ;} or {@code tab}; null sniffs it from the header line
 * @param mapping JSON, field to column header; null maps by header names
 */
record ImportOptions(String fileName, Mode mode, boolean dryRun, String charset, Character delimiter, String mapping,
        UUID pointsProgramId, UUID stampsProgramId) {

    enum Mode { KEEP_VALID, ALL_OR_NOTHING }

    static Mode mode(String raw) {
        if (raw == null || raw.isBlank()) {
            return Mode.KEEP_VALID;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "keep-valid" -> Mode.KEEP_VALID;
            case "all-or-nothing" -> Mode.ALL_OR_NOTHING;
            default -> throw CustomerException.badInput("mode", "mode must be keep-valid or all-or-nothing");
        };
    }

    static Character delimiter(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case ",", "comma" -> ',';
            case ";", "semicolon" -> ';';
            case "tab", "\t" -> '\t';
            default -> throw CustomerException.badInput("delimiter", "delimiter must be ',', ';' or 'tab'");
        };
    }

    static boolean flag(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw CustomerException.badInput(name, name + " must be true or false");
        };
    }

    static UUID id(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException e) {
            throw CustomerException.badInput(name, name + " is not a valid id");
        }
    }
}
