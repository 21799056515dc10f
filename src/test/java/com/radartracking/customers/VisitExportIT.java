package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.TenantFixture;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/exports/visits.csv: columns, the visits list's filters plus customer tags, Excel format, Admin only. */
class VisitExportIT extends CustomerApiTest {

    private CsvHttp http;

    @BeforeEach
    void client() {
        http = new CsvHttp("http://127.0.0.1:" + port);
    }

    @Test
    void exportsVisitsNewestFirstWithFilters() {
        TenantFixture tenant = signUpBusiness("Visitas Café");
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        String norte = createLocation(tenant.adminToken(), "Norte", 4.7, -74.05);
        String ana = createCustomer(tenant.adminToken(), "Ana", Map.of("lastName", "Gómez", "tags", List.of("vip"),
                "phone", "+57 300 123 4567"));
        String bea = createCustomer(tenant.adminToken(), "Bea");
        String first = recordVisit(tenant.adminToken(), ana, centro, "12.5");
        String second = recordVisit(tenant.adminToken(), bea, norte, null);
        String third = recordVisit(tenant.adminToken(), ana, norte, "7");

        CsvHttp.Answer all = http.get("/api/exports/visits.csv", tenant.adminToken());
        assertThat(all.status()).as(all.text()).isEqualTo(200);
        String today = LocalDate.now(ZoneId.of("America/Bogota")).toString();
        assertThat(all.header("Content-Disposition")).contains("visits-visitas-cafe-" + today + ".csv");
        List<CSVRecord> rows = all.records();
        assertThat(rows.getFirst().values()).containsExactly("id", "occurred_at", "customer_id",
                "customer_first_name", "customer_last_name", "customer_email", "customer_phone", "location_id",
                "location", "amount", "currency", "source", "recorded_by_user_id");
        assertThat(rows.stream().skip(1).map(row -> row.get(0))).containsExactly(third, second, first);
        CSVRecord firstRow = rows.get(3);
        assertThat(firstRow.get(2)).isEqualTo(ana);
        assertThat(firstRow.get(3)).isEqualTo("Ana");
        assertThat(firstRow.get(6)).isEqualTo("'+573001234567");
        assertThat(firstRow.get(7)).isEqualTo(centro);
        assertThat(firstRow.get(8)).isEqualTo("Centro");
        assertThat(firstRow.get(9)).isEqualTo("12.5");
        assertThat(firstRow.get(10)).isEqualTo("USD");
        assertThat(firstRow.get(11)).isEqualTo("MANUAL");
        assertThat(firstRow.get(12)).isEqualTo(tenant.adminUserId().toString());
        assertThat(rows.get(2).get(9)).isEmpty();

        assertThat(ids(tenant, "locationId=" + norte)).containsExactly(third, second);
        assertThat(ids(tenant, "customerId=" + ana)).containsExactly(third, first);
        assertThat(ids(tenant, "tag=vip&locationId=" + norte)).containsExactly(third);
        assertThat(ids(tenant, "source=manual&from=" + today + "&to=" + today)).hasSize(3);
        assertThat(ids(tenant, "source=APP")).isEmpty();
        assertThat(ids(tenant, "to=" + LocalDate.parse(today).minusDays(1))).isEmpty();

        List<CSVRecord> excel = http.get("/api/exports/visits.csv?format=excel", tenant.adminToken()).records(';');
        assertThat(excel.get(3).get(9)).isEqualTo("12,5");

        CsvHttp.Answer unknown = http.get("/api/exports/visits.csv?customerId=" + UUID.randomUUID(), tenant.adminToken());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("NOT_FOUND");
        CsvHttp.Answer badSource = http.get("/api/exports/visits.csv?source=TELEPATHY", tenant.adminToken());
        assertThat(badSource.status()).isEqualTo(400);
        String staff = addMember(tenant.adminToken(), "STAFF", List.of(centro)).accessToken();
        assertThat(http.get("/api/exports/visits.csv", staff).status()).isEqualTo(403);
    }

    private List<String> ids(TenantFixture tenant, String query) {
        CsvHttp.Answer answer = http.get("/api/exports/visits.csv?" + query, tenant.adminToken());
        assertThat(answer.status()).as(query + ": " + answer.text()).isEqualTo(200);
        return answer.records().stream().skip(1).map(row -> row.get(0)).toList();
    }
}
