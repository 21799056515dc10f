package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.TenantFixture;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Opening balances of a CSV import through the real loyalty module: ledger entries on the customers'
 * cards in the named programs (or the default one), credited once per customer, program and kind, so a
 * duplicate row, a re-run or another file never credits twice.
 */
class CustomerImportBalancesIT extends CustomerApiTest {

    private CsvHttp http;

    @BeforeEach
    void client() throws java.io.IOException {
        // Runs once the loyalty module (programs, OpeningBalances) is on the branch; skipped before.
        java.nio.file.Path loyalty = java.nio.file.Path.of("graphql-schema", "loyalty.graphqls");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(loyalty)
                && java.nio.file.Files.readString(loyalty).contains("createLoyaltyProgram"),
                "the loyalty module is not merged yet");
        http = new CsvHttp("http://127.0.0.1:" + port);
    }

    private String program(TenantFixture tenant, Map<String, Object> input) {
        return graphQl.execute(tenant.adminToken(), "mutation($i: CreateLoyaltyProgramInput!) {"
                + " createLoyaltyProgram(input: $i) { id } }", Map.of("i", input)).ok().text("createLoyaltyProgram.id");
    }

    private JsonNode importCsv(TenantFixture tenant, String query, String csv) {
        CsvHttp.Answer answer = http.post("/api/imports/customers" + query, tenant.adminToken(), "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    /** Program name to balance, for the customer with this email. */
    private Map<String, Integer> balances(TenantFixture tenant, String email) {
        JsonNode cards = graphQl.execute(tenant.adminToken(), "query($s: String) { customers(first: 2, filter:"
                + " {search: $s}) { edges { node { loyaltyCards { balance program { name } } } } } }",
                Map.of("s", email)).ok().body().path("data").path("customers").path("edges").path(0).path("node")
                .path("loyaltyCards");
        Map<String, Integer> balances = new HashMap<>();
        cards.forEach(card -> balances.put(card.path("program").path("name").asString(), card.path("balance").asInt()));
        return balances;
    }

    @Test
    void pointsAndStampsGoToTheirProgramsOnce() {
        TenantFixture tenant = signUpBusiness("Saldos Iniciales");
        String points = program(tenant, Map.of("name", "Puntos", "kind", "POINTS", "pointsPerVisit", 10));
        String stamps = program(tenant, Map.of("name", "Sellos", "kind", "STAMPS", "stampsPerReward", 10));
        String csv = "Nombre,Correo,Puntos,Sellos\nAna,ana@x.example,120,3\nBea,bea@x.example,,5\n"
                + "Ana,ana@x.example,999,\n";
        String query = "?pointsProgramId=" + points + "&stampsProgramId=" + stamps;

        JsonNode report = importCsv(tenant, query, csv);
        assertThat(report.path("status").asString()).as(report.toString()).isEqualTo("COMPLETED");
        assertThat(report.path("created").asLong()).isEqualTo(2);
        assertThat(report.path("balancesCredited").asLong()).isEqualTo(3);
        assertThat(report.path("balancesAlreadyCarriedOver").asLong()).isEqualTo(1);
        assertThat(balances(tenant, "ana@x.example")).containsExactlyInAnyOrderEntriesOf(
                Map.of("Puntos", 120, "Sellos", 3));
        assertThat(balances(tenant, "bea@x.example")).containsExactlyInAnyOrderEntriesOf(Map.of("Sellos", 5));

        // The export carries loyalty's own columns (CustomerExportColumns), with the balances just imported.
        java.util.List<org.apache.commons.csv.CSVRecord> exported = http.get(
                "/api/exports/customers.csv?search=ana%40x.example", tenant.adminToken()).records();
        java.util.List<String> headers = java.util.List.of(exported.getFirst().values());
        java.util.List<String> loyaltyCells = new java.util.ArrayList<>();
        for (int i = CustomerCsvExport.HEADERS.size(); i < headers.size(); i++) {
            if (!headers.get(i).startsWith("test_")) {
                loyaltyCells.add(exported.get(1).get(i));
            }
        }
        assertThat(loyaltyCells).as("loyalty's columns %s", headers).contains("120", "3");

        JsonNode again = importCsv(tenant, query, csv);
        assertThat(again.path("balancesCredited").asLong()).isZero();
        assertThat(again.path("balancesAlreadyCarriedOver").asLong()).isEqualTo(4);
        assertThat(balances(tenant, "ana@x.example")).containsExactlyInAnyOrderEntriesOf(
                Map.of("Puntos", 120, "Sellos", 3));
    }

    @Test
    void aSingleBalanceColumnGoesToTheDefaultProgramAndAnUnknownProgramIsReported() {
        TenantFixture tenant = signUpBusiness("Saldo por Defecto");
        program(tenant, Map.of("name", "Club", "kind", "POINTS", "pointsPerVisit", 5));
        JsonNode report = importCsv(tenant, "", "Nombre,Correo,Saldo\nCarla,carla@x.example,250\n");
        assertThat(report.path("balancesCredited").asLong()).as(report.toString()).isEqualTo(1);
        assertThat(balances(tenant, "carla@x.example")).containsExactlyEntriesOf(Map.of("Club", 250));

        JsonNode unknown = importCsv(tenant, "?pointsProgramId=" + java.util.UUID.randomUUID(),
                "Nombre,Correo,Puntos\nDiana,diana@x.example,40\nEva,eva@x.example,\n");
        assertThat(unknown.path("status").asString()).isEqualTo("COMPLETED_WITH_ERRORS");
        assertThat(unknown.path("created").asLong()).isEqualTo(1);
        assertThat(CustomerImportIT.errors(unknown)).containsExactly("2 points Puntos NO_LOYALTY_PROGRAM");
    }
}
