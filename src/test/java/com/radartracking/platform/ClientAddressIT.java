package com.radartracking.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.TenantFixture;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The panel's server (a trusted proxy on loopback) forwards its visitor's address in X-Forwarded-For;
 * the API records that address (audit trail, per-IP login limit), reading the chain from the right.
 */
class ClientAddressIT extends ApiIntegrationTest {

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aForwardedClientAddressFromTheTrustedPanelIsRecorded() {
        TenantFixture tenant = signUpBusiness("Forwarded");
        assertThat(ipOfLogin(tenant, "203.0.113.7")).isEqualTo("203.0.113.7");
        // A client that sends its own header cannot choose the address: the proxy appends the real one.
        assertThat(ipOfLogin(tenant, "6.6.6.6, 203.0.113.8")).isEqualTo("203.0.113.8");
        assertThat(ipOfLogin(tenant, "not-an-address")).isEqualTo("127.0.0.1");
    }

    private String ipOfLogin(TenantFixture tenant, String forwardedFor) {
        String requestId = "xff-" + UUID.randomUUID();
        RawHttp http = new RawHttp(graphQl.baseUrl());
        http.send("POST", "/graphql", Map.of("Content-Type", "application/json", "X-Request-Id", requestId,
                "X-Forwarded-For", forwardedFor), RawHttp.JSON.writeValueAsString(Map.of(
                "query", "mutation($i: LoginInput!) { login(input: $i) { accessToken } }",
                "variables", Map.of("i", Map.of("email", tenant.adminEmail(), "password", PASSWORD)))));
        return TenantContext.callAs(tenant.businessId(), () -> transactions.execute(status -> jdbc.queryForObject(
                "select host(ip) from activity_logs where request_id = ?", String.class, requestId)));
    }
}
