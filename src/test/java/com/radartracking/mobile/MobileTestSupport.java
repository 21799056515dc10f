package com.radartracking.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.MobileClient;
import com.radartracking.support.TenantFixture;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Base of the shim's ITs: a business with an app key, the HTTP client, and the dev code sender's memory. */
abstract class MobileTestSupport extends ApiIntegrationTest {

    @Autowired
    LoggingVerificationCodeSender codeSender;

    MobileClient mobile;
    TenantFixture business;
    String appKey;

    @BeforeEach
    void setUpBusinessWithApp() {
        mobile = new MobileClient(graphQl);
        business = signUpBusiness("Mobile " + UUID.randomUUID().toString().substring(0, 8));
        appKey = mobile.createApp(business.adminToken(), "Customer app");
    }

    /** The last sign-in code sent to {@code destination} (canonical email or E.164 phone) of {@code tenant}. */
    String lastCode(TenantFixture tenant, String destination) {
        return codeSender.lastCode(tenant.businessId(), destination).orElseThrow(() ->
                new AssertionError("no code was sent to " + destination));
    }

    static void assertProblem(MobileClient.Response response, int status, String code) {
        assertThat(response.status()).as("status of %s", response.raw()).isEqualTo(status);
        assertThat(response.contentType()).as("content type").startsWith("application/problem+json");
        assertThat(response.code()).as("code of %s", response.raw()).isEqualTo(code);
        assertThat(response.body().path("status").asInt()).isEqualTo(status);
        assertThat(response.body().path("title").asString()).isNotBlank();
        assertThat(response.body().path("detail").asString()).isNotBlank();
    }
}
