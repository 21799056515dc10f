package com.radartracking.customers.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an export to a stream record by record, every cell neutralised ({@link CsvCells}): nothing is
 * kept but a 64 KiB buffer, so memory stays flat whatever the number of rows.
 */
public final class CsvExportWriter implements AutoCloseable {

    private final CSVPrinter printer;
    private final CsvDialect dialect;
    private long rows;

    public CsvExportWriter(OutputStream out, CsvDialect dialect) throws IOException {
        this.dialect = dialect;
        if (dialect.byteOrderMark()) {
            out.write(CsvDialect.UTF8_BOM);
        }
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
                dialect.format());
    }

    public CsvDialect dialect() {
        return dialect;
    }

    public void header(List<String> names) {
        print(names);
    }

    /** One data row; null cells are written empty. */
    public void row(List<String> cells) {
        print(cells);
        rows++;
    }

    /** Data rows written so far (the header not counted). */
    public long rows() {
        return rows;
    }

    private void print(List<String> cells) {
        try {
            for (String cell : cells) {
                printer.print(CsvCells.neutralise(cell));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
