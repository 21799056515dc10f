package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** One row at a time: normalisation like createCustomer, and one error per bad field without its value. */
class ImportRowParserTest {

    private static final List<String> HEADERS = List.of("Nombre", "Apellido", "Correo", "Telefono", "Nacimiento",
            "Etiquetas", "Sede", "Puntos");
    private static final UUID NORTE = UUID.randomUUID();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    private final List<ImportRowParser.RowError> errors = new ArrayList<>();

    private ImportRow parse(String line, String balancesRefused) throws IOException {
        CSVRecord record = CSVFormat.RFC4180.parse(new StringReader(line)).getRecords().getFirst();
        ImportRowParser parser = new ImportRowParser(ImportMapping.resolve(HEADERS, null), "CO",
                Map.of("sede norte", NORTE), CLOCK, balancesRefused);
        return parser.parse(record, 7, errors::add);
    }

    private List<String> codes() {
        return errors.stream().map(error -> error.row() + " " + error.field() + " " + error.code()).toList();
    }

    @Test
    void normalisesAValidRow() throws IOException {
        ImportRow row = parse(" Ana  María ,Gómez,ANA@Correo.Example,(300) 123-4567,21/04/1990,\"vip, Café\",Sede Norte,120",
                null);
        assertThat(errors).isEmpty();
        assertThat(row).isEqualTo(new ImportRow(7, "Ana María", "Gómez", "ana@correo.example", "+573001234567",
                LocalDate.of(1990, 4, 21), List.of("vip", "café"), NORTE, 120L, null, Map.of()));
    }

    @Test
    void acceptsTheExportsQuotedCellsAndIsoDates() throws IOException {
        ImportRow row = parse("'=Ana,'-Gómez,,'+573001234567,1990-04-21,a|b,,0", null);
        assertThat(row.firstName()).isEqualTo("=Ana");
        assertThat(row.lastName()).isEqualTo("-Gómez");
        assertThat(row.phone()).isEqualTo("+573001234567");
        assertThat(row.tags()).containsExactly("a", "b");
        assertThat(row.points()).as("a zero balance carries nothing").isNull();
    }

    @Test
    void reportsEveryBadFieldWithoutTheValue() throws IOException {
        ImportRow row = parse(",x" + "y".repeat(90) + ",ana@,12,1890-01-01,,Sede Sur,1.500", null);
        assertThat(row).isNull();
        assertThat(codes()).containsExactly("7 firstName NAME_REQUIRED", "7 lastName INVALID_NAME",
                "7 email INVALID_EMAIL", "7 phone INVALID_PHONE", "7 birthday INVALID_BIRTHDAY",
                "7 preferredLocation UNKNOWN_LOCATION", "7 points INVALID_BALANCE");
        assertThat(errors).allSatisfy(error -> assertThat(error.message()).doesNotContain("ana@"));
        assertThat(errors.get(2).column()).isEqualTo("Correo");
    }

    @Test
    void needsAnEmailOrAPhoneAndRefusesBalancesWithoutAProgram() throws IOException {
        assertThat(parse("Ana,,,,,,,", null)).isNull();
        assertThat(codes()).containsExactly("7 email CONTACT_REQUIRED");
        errors.clear();
        assertThat(parse("Ana,,ana@x.example,,,,,50", "No loyalty program")).isNull();
        assertThat(codes()).containsExactly("7 points NO_LOYALTY_PROGRAM");
        errors.clear();
        assertThat(parse("Ana,,ana@x.example,,2027-01-01,,,", null)).isNull();
        assertThat(codes()).containsExactly("7 birthday INVALID_BIRTHDAY");
    }

    @Test
    void refusesRowsWithMoreCellsThanTheHeader() throws IOException {
        assertThat(parse("Ana,,ana@x.example,,,,,,extra", null)).isNull();
        assertThat(codes()).containsExactly("7 null TOO_MANY_CELLS");
    }
}
