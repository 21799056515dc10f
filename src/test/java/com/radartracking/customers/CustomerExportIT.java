package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.TenantFixture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * GET /api/exports/customers.csv: the list's filters, RFC 4180 and Excel output, formula neutralising,
 * other modules' columns, Admin only, streaming of thousands of rows, and the activity log entry.
 */
class CustomerExportIT extends CustomerApiTest {

    @Autowired
    private TransactionTemplate transactions;

    private CsvHttp http;

    @BeforeEach
    void client() {
        http = new CsvHttp("http://127.0.0.1:" + port);
    }

    @Test
    void exportsEveryColumnWithTheListsFiltersAndNeutralisedFormulas() {
        // Rows come in storage order (no sort): tests find them by id.
        TenantFixture tenant = signUpBusiness("Café Exportación Ñandú");
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        String norte = createLocation(tenant.adminToken(), "Norte", 4.7, -74.05);
        String ana = createCustomer(tenant.adminToken(), "Ana María", Map.of("lastName", "Gómez",
                "email", "ana.export@correo.example", "phone", "300 123 4567", "tags", List.of("vip", "café"),
                "preferredLocationId", norte, "birthday", "1990-04-21",
                "consents", Map.of("push", true, "marketing", false, "source", "PANEL")));
        String evil = createCustomer(tenant.adminToken(), "=HYPERLINK(\"http://evil\")",
                Map.of("lastName", "@SUM(1)", "email", "evil@correo.example"));
        createCustomer(tenant.adminToken(), "Carlos", Map.of("lastName", "Ruiz, \"El Rápido\""));
        recordVisit(tenant.adminToken(), ana, centro, "12.5");

        CsvHttp.Answer all = http.get("/api/exports/customers.csv", tenant.adminToken());
        assertThat(all.status()).as(all.text()).isEqualTo(200);
        assertThat(all.header("Content-Type")).startsWith("text/csv").containsIgnoringCase("charset=utf-8");
        String today = LocalDate.now(ZoneId.of("America/Bogota")).toString();
        assertThat(all.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"customers-cafe-exportacion-nandu-" + today + ".csv\"");
        assertThat(all.text()).doesNotStartWith("\uFEFF").contains("\r\n");
        List<CSVRecord> rows = all.records();
        List<String> headers = List.of(rows.getFirst().values());
        assertThat(headers).startsWith("id", "first_name", "last_name", "email", "phone",
                "birthday", "tags", "preferred_location", "source", "visit_count", "first_visit_at", "last_visit_at",
                "total_spent", "created_at", "push_consent", "location_consent", "marketing_consent")
                .containsSubsequence("test_code", "test_formula"); // other modules' columns may come between
        int testCode = headers.indexOf("test_code");
        assertThat(rows).hasSize(4);
        CSVRecord carlos = byFirstName(rows, "Carlos");
        assertThat(carlos.get(2)).isEqualTo("Ruiz, \"El Rápido\"");
        CSVRecord evilRow = byId(rows, evil);
        assertThat(evilRow.get(1)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(evilRow.get(2)).isEqualTo("'@SUM(1)");
        assertThat(evilRow.get(testCode + 1)).isEqualTo("'=1+2");
        CSVRecord anaRow = byId(rows, ana);
        assertThat(anaRow.values()).startsWith(ana, "Ana María", "Gómez", "ana.export@correo.example",
                "'+573001234567", "1990-04-21");
        assertThat(Arrays.asList(anaRow.get(6).split("\\|"))).containsExactlyInAnyOrder("vip", "café");
        assertThat(anaRow.get(7)).isEqualTo("Norte");
        assertThat(anaRow.get(8)).isEqualTo("PANEL");
        assertThat(anaRow.get(9)).isEqualTo("1");
        assertThat(anaRow.get(11)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d-05:00");
        assertThat(anaRow.get(12)).isEqualTo("12.5");
        assertThat(List.of(anaRow.values()).subList(14, 17)).containsExactly("yes", "", "no");
        assertThat(anaRow.get(testCode)).isEqualTo("T-" + ana.substring(0, 8));
        assertThat(anaRow.get(testCode + 1)).isEqualTo("'=1+2");

        assertThat(ids(tenant, "tag=VIP")).containsExactly(ana);
        assertThat(ids(tenant, "tags=vip,caf%C3%A9")).containsExactly(ana);
        assertThat(ids(tenant, "search=" + URLEncoder.encode("maría gómez", StandardCharsets.UTF_8)))
                .containsExactly(ana);
        assertThat(ids(tenant, "preferredLocationId=" + norte)).containsExactly(ana);
        assertThat(ids(tenant, "visitedLocationId=" + centro)).containsExactly(ana);
        assertThat(ids(tenant, "locationId=" + norte)).isEmpty();
        assertThat(ids(tenant, "lastVisitFrom=" + today + "&lastVisitTo=" + today)).containsExactly(ana);
        assertThat(ids(tenant, "lastVisitTo=" + LocalDate.parse(today).minusDays(1))).isEmpty();
        assertThat(ids(tenant, "createdFrom=" + today + "&minVisits=0&maxVisits=0")).hasSize(2)
                .doesNotContain(ana);
    }

    @Test
    void excelFormatHasBomSemicolonsLocalTimesAndDecimalCommas() {
        TenantFixture tenant = signUpBusiness("Excel Café");
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        String ana = createCustomer(tenant.adminToken(), "José", Map.of("lastName", "Peña; Ortiz"));
        recordVisit(tenant.adminToken(), ana, centro, "18500.75");

        CsvHttp.Answer excel = http.get("/api/exports/customers.csv?format=excel", tenant.adminToken());
        assertThat(excel.status()).isEqualTo(200);
        assertThat(Arrays.copyOf(excel.body(), 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(excel.text()).contains("id;first_name;last_name;");
        List<CSVRecord> rows = excel.records(';');
        assertThat(rows.get(1).get(1)).isEqualTo("José");
        assertThat(rows.get(1).get(2)).isEqualTo("Peña; Ortiz");
        assertThat(rows.get(1).get(11)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(rows.get(1).get(12)).isEqualTo("18500,75");
        assertThat(rows.get(1).get(13)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void onlyAdminsExportAndBadParametersAreRefusedAsJson() {
        TenantFixture tenant = signUpBusiness("Guarded Café");
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        String staff = addMember(tenant.adminToken(), "STAFF", List.of(centro)).accessToken();
        String analyst = addMember(tenant.adminToken(), "ANALYST", List.of()).accessToken();

        for (String token : List.of(staff, analyst)) {
            CsvHttp.Answer refused = http.get("/api/exports/customers.csv", token);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.header("Content-Type")).contains("json");
            assertThat(refused.code()).isEqualTo("FORBIDDEN");
        }
        CsvHttp.Answer anonymous = http.get("/api/exports/customers.csv", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("UNAUTHENTICATED");

        assertRefused(tenant, "tagg=vip", 400, "BAD_USER_INPUT", "tagg");
        assertRefused(tenant, "format=xlsx", 400, "BAD_USER_INPUT", "excel");
        assertRefused(tenant, "minVisits=many", 400, "BAD_USER_INPUT", "minVisits");
        assertRefused(tenant, "createdFrom=yesterday", 400, "BAD_USER_INPUT", "createdFrom");
        assertRefused(tenant, "preferredLocationId=nope", 400, "BAD_USER_INPUT", "preferredLocationId");
        assertRefused(tenant, "visitedLocationId=" + UUID.randomUUID(), 404, "NOT_FOUND", "Location");
        assertRefused(tenant, "search=" + "x".repeat(101), 400, "BAD_USER_INPUT", "100");
        assertThat(logged(tenant, "customers.exported")).isZero();
    }

    @Test
    void streamsThousandsOfRowsAskingContributorsPerChunkAndLogsTheExport() {
        TenantFixture tenant = signUpBusiness("Big Export Café");
        int count = 3_210;
        TenantContext.runAs(tenant.businessId(), () -> transactions.executeWithoutResult(status -> jdbc.update("""
                insert into customers (id, business_id, first_name, last_name, email, phone, tags, created_at)
                select gen_random_uuid(), ?, 'Name' || g, 'Family' || g, 'customer' || g || '@mail.example',
                       '+5730' || lpad(g::text, 8, '0'),
                       case when g % 10 = 0 then '{vip}'::text[] else '{}'::text[] end, now() - make_interval(secs => g)
                  from generate_series(1, ?) g""", tenant.businessId(), count)));
        int callsBefore = TestExportColumns.CALLS.get();

        CsvHttp.Answer all = http.get("/api/exports/customers.csv", tenant.adminToken());
        assertThat(all.status()).isEqualTo(200);
        List<CSVRecord> rows = all.records();
        assertThat(rows).hasSize(count + 1);
        int testCode = List.of(rows.getFirst().values()).indexOf("test_code");
        assertThat(rows.stream().skip(1).map(row -> row.get(1)))
                .contains("Name1", "Name" + count).allMatch(name -> name.startsWith("Name"));
        assertThat(rows.stream().skip(1).map(row -> row.get(0)).distinct().count()).isEqualTo(count);
        assertThat(rows.stream().skip(1).allMatch(row -> row.get(testCode).equals("T-" + row.get(0).substring(0, 8))))
                .isTrue();
        // 3,210 rows in chunks of 500: 7 calls, however many rows.
        assertThat(TestExportColumns.CALLS.get() - callsBefore).isBetween(7, 7 + 20);

        assertThat(http.get("/api/exports/customers.csv?tag=vip&format=excel", tenant.adminToken())
                .records(';')).hasSize(count / 10 + 1);
        TenantContext.runAs(tenant.businessId(), () -> transactions.executeWithoutResult(status -> {
            List<Map<String, Object>> entries = jdbc.queryForList("""
                    select actor_id, entity_type, details::text as details from activity_logs
                     where business_id = ? and action = 'customers.exported' order by occurred_at""",
                    tenant.businessId());
            assertThat(entries).hasSize(2);
            assertThat(entries.getFirst().get("actor_id")).isEqualTo(tenant.adminUserId());
            assertThat(entries.getFirst().get("entity_type")).isEqualTo("Export");
            assertThat((String) entries.getFirst().get("details")).contains("\"rows\": " + count)
                    .contains("\"complete\": true").contains("\"format\": \"csv\"");
            assertThat((String) entries.get(1).get("details")).contains("\"rows\": " + count / 10)
                    .contains("\"tag\": \"vip\"").contains("\"format\": \"excel\"");
        }));
    }

    private static CSVRecord byId(List<CSVRecord> rows, String id) {
        return rows.stream().filter(row -> row.get(0).equals(id)).findFirst().orElseThrow();
    }

    private static CSVRecord byFirstName(List<CSVRecord> rows, String name) {
        return rows.stream().filter(row -> row.get(1).equals(name)).findFirst().orElseThrow();
    }

    private void assertRefused(TenantFixture tenant, String query, int status, String code, String mention) {
        CsvHttp.Answer answer = http.get("/api/exports/customers.csv?" + query, tenant.adminToken());
        assertThat(answer.status()).as(query + ": " + answer.text()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).contains("json");
        assertThat(answer.header("Content-Disposition")).isEmpty();
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.text()).contains(mention);
    }

    private List<String> ids(TenantFixture tenant, String query) {
        CsvHttp.Answer answer = http.get("/api/exports/customers.csv?" + query, tenant.adminToken());
        assertThat(answer.status()).as(query + ": " + answer.text()).isEqualTo(200);
        return answer.records().stream().skip(1).map(row -> row.get(0)).toList();
    }

    private int logged(TenantFixture tenant, String action) {
        return TenantContext.callAs(tenant.businessId(), () -> transactions.execute(status -> jdbc.queryForObject(
                "select count(*) from activity_logs where business_id = ? and action = ?", Integer.class,
                tenant.businessId(), action)));
    }
}
