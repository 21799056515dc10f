package com.radartracking.customers.csv;

import com.radartracking.platform.errors.DomainException;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The two shapes an export takes. STANDARD is RFC 4180 (comma, CRLF, UTF-8 without BOM) for tools and
 * scripts. EXCEL is what Excel in Spanish-speaking (and most European) locales opens with a double click:
 * a UTF-8 byte-order mark (without it Excel reads the file as Windows-1252 and breaks every accent), a
 * semicolon separator (the comma is the decimal separator there) and decimals written with a comma.
 */
public enum CsvDialect {
    STANDARD(',', false, '.'),
    EXCEL(';', true, ',');

    /** The UTF-8 encoding of U+FEFF. */
    public static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final char delimiter;
    private final boolean byteOrderMark;
    private final char decimalSeparator;

    CsvDialect(char delimiter, boolean byteOrderMark, char decimalSeparator) {
        this.delimiter = delimiter;
        this.byteOrderMark = byteOrderMark;
        this.decimalSeparator = decimalSeparator;
    }

    /** {@code format=excel} picks EXCEL; absent, blank or {@code csv}/{@code standard} picks STANDARD. */
    public static CsvDialect of(String format) {
        if (format == null || format.isBlank()) {
            return STANDARD;
        }
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "excel" -> EXCEL;
            case "csv", "standard", "rfc4180" -> STANDARD;
            default -> throw DomainException.badInput("format", "format must be 'csv' or 'excel'");
        };
    }

    public CSVFormat format() {
        // Minimal quoting keeps files small; Commons CSV quotes every cell holding the delimiter, a quote,
        // CR or LF (RFC 4180 section 2.6) and doubles embedded quotes.
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator("\r\n")
                .setQuoteMode(QuoteMode.MINIMAL).get();
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    public char delimiter() {
        return delimiter;
    }

    /** A plain decimal ("18500.5") in this dialect's notation ("18500,5" for EXCEL). */
    public String decimal(String plain) {
        return plain == null || decimalSeparator == '.' ? plain : plain.replace('.', decimalSeparator);
    }
}
