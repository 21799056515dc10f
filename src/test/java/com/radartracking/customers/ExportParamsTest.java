package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Export query parameters: the list filters, dates in the business's zone (a plain end date is inclusive), typos refused. */
class ExportParamsTest {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    private static MultiValueMap<String, String> params(String... pairs) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.add(pairs[i], pairs[i + 1]);
        }
        return params;
    }

    @Test
    void readsTheCustomerListFilters() {
        UUID location = UUID.randomUUID();
        CustomerFilter filter = ExportParams.customers(params("search", " ana ", "tag", "VIP", "tag", "nuevo",
                "tags", "vip, Café ", "locationId", location.toString(), "lastVisitFrom", "2026-01-01",
                "lastVisitTo", "2026-01-31", "createdFrom", "2026-01-01T10:00:00Z", "minVisits", "2"), BOGOTA);
        assertThat(filter.search()).isEqualTo("ana");
        assertThat(filter.tags()).containsExactly("vip", "nuevo", "café");
        assertThat(filter.visitedLocationId()).isEqualTo(location);
        assertThat(filter.lastVisitFrom()).isEqualTo(Instant.parse("2026-01-01T05:00:00Z"));
        assertThat(filter.lastVisitTo()).as("the whole last day").isEqualTo(Instant.parse("2026-02-01T05:00:00Z"));
        assertThat(filter.createdFrom()).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
        assertThat(filter.minVisits()).isEqualTo(2);
        assertThat(ExportParams.customers(params(), BOGOTA)).isEqualTo(CustomerFilter.NONE);
    }

    @Test
    void readsTheVisitFilters() {
        ExportParams.VisitExportFilter filter = ExportParams.visits(params("source", "qr_scan", "from", "2026-03-01",
                "to", "2026-03-01T12:00:00-05:00", "tag", "vip"), BOGOTA);
        assertThat(filter.visits().source()).isEqualTo(VisitSource.QR_SCAN);
        assertThat(filter.visits().from()).isEqualTo(Instant.parse("2026-03-01T05:00:00Z"));
        assertThat(filter.visits().to()).isEqualTo(Instant.parse("2026-03-01T17:00:00Z"));
        assertThat(filter.customerTags()).containsExactly("vip");
    }

    @Test
    void refusesTyposAndBadValues() {
        assertThatThrownBy(() -> ExportParams.customers(params("tagg", "vip"), BOGOTA))
                .hasMessageContaining("Unknown parameter(s) [tagg]");
        assertThatThrownBy(() -> ExportParams.visits(params("search", "x"), BOGOTA))
                .hasMessageContaining("[search]");
        assertThatThrownBy(() -> ExportParams.customers(params("minVisits", "2.5"), BOGOTA))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> ExportParams.customers(params("createdTo", "31/01/2026"), BOGOTA))
                .hasMessageContaining("createdTo must be a date");
        assertThatThrownBy(() -> ExportParams.customers(params("search", "a", "search", "b"), BOGOTA))
                .hasMessageContaining("once");
        assertThatThrownBy(() -> ExportParams.customers(params("visitedLocationId", UUID.randomUUID().toString(),
                "locationId", UUID.randomUUID().toString()), BOGOTA)).hasMessageContaining("give one");
        assertThatThrownBy(() -> ExportParams.visits(params("source", "fax"), BOGOTA))
                .hasMessageContaining("source must be one of");
    }

    @Test
    void describesFiltersForTheLogWithoutSearchWords() {
        assertThat(ExportParams.describe(params("search", "ana@correo.example", "tag", "vip", "tag", "nuevo")))
                .isEqualTo(Map.of("search", "(given)", "tag", java.util.List.of("vip", "nuevo")));
        assertThat(ExportPreparation.slug("Café Ñandú & Co. — Sede #1")).isEqualTo("cafe-nandu-co-sede-1");
        assertThat(ExportPreparation.slug("日本")).isEqualTo("business");
    }
}
