package com.radartracking.customers;

import com.radartracking.customers.csv.SpooledUpload;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV opened for reading record by record (RFC 4180 quoting, the separator given or sniffed
 * from the header line). Row numbers are record numbers with the header as row 1, which is the row a
 * spreadsheet shows as long as no cell spans lines.
 */
final class ImportFile implements AutoCloseable {

    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)|line:? (\\d+)");

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final char delimiter;
    private final List<String> headers;

    private ImportFile(SpooledUpload upload, char delimiter) throws IOException {
        this.delimiter = delimiter;
        Reader reader = new InputStreamReader(upload.openBytesAfterBom(), upload.strictDecoder());
        this.parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get()
                .parse(reader);
        this.records = parser.iterator();
        List<String> header = new ArrayList<>();
        if (records.hasNext()) {
            for (String name : records.next()) {
                header.add(name.strip());
            }
        }
        this.headers = List.copyOf(header);
    }

    /** Opens the file; refuses (BAD_USER_INPUT) a file with broken quoting anywhere, before any row is used. */
    static ImportFile open(SpooledUpload upload, Character delimiter) {
        char chosen = delimiter != null ? delimiter : sniff(upload);
        try (ImportFile check = new ImportFile(upload, chosen)) {
            if (check.headers.isEmpty() || check.headers.stream().allMatch(String::isEmpty)) {
                throw ImportMapping.refused("NO_HEADER", "The first line must name the columns");
            }
            while (check.records.hasNext()) {
                check.records.next();
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw ImportMapping.refused("BROKEN_CSV", "The file is not valid CSV" + line(e)
                    + ": a quote is opened and never closed, or text follows a closing quote. Nothing was imported");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new ImportFile(upload, chosen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher matcher = START_LINE.matcher(String.valueOf(t.getMessage()));
            if (matcher.find()) {
                return " near line " + (matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
            }
        }
        return "";
    }

    /** The separator used most, outside quotes, on the first line: ',' ';' or tab (',' when none). */
    static char sniff(SpooledUpload upload) {
        try (Reader reader = new InputStreamReader(upload.openBytesAfterBom(), upload.strictDecoder())) {
            int comma = 0;
            int semicolon = 0;
            int tab = 0;
            boolean quoted = false;
            for (int i = 0, c; i < 65_536 && (c = reader.read()) != -1; i++) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted) {
                    comma += c == ',' ? 1 : 0;
                    semicolon += c == ';' ? 1 : 0;
                    tab += c == '\t' ? 1 : 0;
                }
            }
            if (semicolon > comma && semicolon >= tab) {
                return ';';
            }
            return tab > comma ? '\t' : ',';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> headers() {
        return headers;
    }

    char delimiter() {
        return delimiter;
    }

    boolean hasNext() {
        return records.hasNext();
    }

    CSVRecord next() {
        return records.next();
    }

    /** Opens a file {@link #open} has already checked (same separator), for another pass over its rows. */
    static ImportFile reopen(SpooledUpload upload, char delimiter) {
        try {
            return new ImportFile(upload, delimiter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The spreadsheet row of a record (the header is row 1). */
    static long row(CSVRecord record) {
        return record.getRecordNumber();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
