package com.radartracking.customers.csv;

/**
 * Formula-injection defence for CSV cells (OWASP "CSV injection"): a spreadsheet runs a cell that starts
 * with {@code = + - @}, a tab or a carriage return as a formula, so such a cell is written with a leading
 * single quote, which spreadsheets show as text and do not evaluate. The import strips that quote again,
 * so an exported file can be imported back unchanged.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The cell as written to an export: null becomes empty, a dangerous first character is quoted. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return isTrigger(value.charAt(0)) ? "'" + value : value;
    }

    /** The cell as read by an import: the quote {@link #neutralise} added is removed; whitespace trimmed. */
    public static String restore(String value) {
        if (value == null) {
            return "";
        }
        String cell = value.length() > 1 && value.charAt(0) == '\'' && isTrigger(value.charAt(1))
                ? value.substring(1) : value;
        return cell.strip();
    }

    static boolean isTrigger(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
