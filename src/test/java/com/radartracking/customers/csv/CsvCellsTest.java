package com.radartracking.customers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.platform.errors.DomainException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Formula-injection neutralising, RFC 4180 quoting, and the Excel dialect (BOM, semicolon, decimal comma). */
class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+573001234567", "-2", "@SUM(A1:A2)", "\tcmd", "\rcmd",
            "=HYPERLINK(\"http://x\",\"y\")"})
    void cellsThatASpreadsheetWouldEvaluateGetALeadingQuote(String value) {
        assertThat(CsvCells.neutralise(value)).isEqualTo("'" + value);
        assertThat(CsvCells.restore(CsvCells.neutralise(value))).isEqualTo(value.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ana", "ana@example.com", "1990-04-21", "12.5", " =not-first", "a=b", "'quoted"})
    void harmlessCellsAreUnchanged(String value) {
        assertThat(CsvCells.neutralise(value)).isEqualTo(value);
    }

    @Test
    void nullAndEmptyAreEmpty() {
        assertThat(CsvCells.neutralise(null)).isEmpty();
        assertThat(CsvCells.neutralise("")).isEmpty();
        assertThat(CsvCells.restore(null)).isEmpty();
    }

    @Test
    void restoreKeepsAQuoteThatGuardsNothing() {
        assertThat(CsvCells.restore("'hola")).isEqualTo("'hola");
        assertThat(CsvCells.restore("  Ana  ")).isEqualTo("Ana");
    }

    @Test
    void standardIsRfc4180WithoutBom() throws IOException {
        String csv = write(CsvDialect.STANDARD, List.of("a", "b", "c"),
                List.of("plain", "with,comma", "with \"quotes\""), List.of("multi\nline", "", "=cmd"));
        assertThat(csv).isEqualTo("a,b,c\r\nplain,\"with,comma\",\"with \"\"quotes\"\"\"\r\n"
                + "\"multi\nline\",,'=cmd\r\n");
        List<CSVRecord> parsed = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(parsed.get(1).values()).containsExactly("plain", "with,comma", "with \"quotes\"");
        assertThat(parsed.get(2).values()).containsExactly("multi\nline", "", "'=cmd");
    }

    @Test
    void excelHasBomSemicolonsAndDecimalCommas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvExportWriter writer = new CsvExportWriter(out, CsvDialect.EXCEL)) {
            writer.header(List.of("name", "total"));
            writer.row(List.of("José; Peña", CsvDialect.EXCEL.decimal("18500.5")));
            assertThat(writer.rows()).isEqualTo(1);
        }
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(CsvDialect.UTF8_BOM);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("name;total\r\n\"José; Peña\";18500,5\r\n");
    }

    @Test
    void formatParameter() {
        assertThat(CsvDialect.of(null)).isEqualTo(CsvDialect.STANDARD);
        assertThat(CsvDialect.of("csv")).isEqualTo(CsvDialect.STANDARD);
        assertThat(CsvDialect.of("EXCEL")).isEqualTo(CsvDialect.EXCEL);
        assertThatThrownBy(() -> CsvDialect.of("xlsx")).isInstanceOf(DomainException.class)
                .hasMessageContaining("excel");
        assertThat(CsvDialect.STANDARD.decimal("1.5")).isEqualTo("1.5");
    }

    @SafeVarargs
    private static String write(CsvDialect dialect, List<String> header, List<String>... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvExportWriter writer = new CsvExportWriter(out, dialect)) {
            writer.header(header);
            for (List<String> row : rows) {
                writer.row(row);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
