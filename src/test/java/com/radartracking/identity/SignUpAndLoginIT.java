package com.radartracking.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.TenantFixture;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignUpAndLoginIT extends ApiIntegrationTest {

    @Test
    void signUpCreatesBusinessAndAdminWhoCanLogInAndSeeThemselves() {
        TenantFixture cafe = signUpBusiness("Café Uno");

        String token = graphQl.execute(null, """
                mutation($input: LoginInput!) { login(input: $input) { accessToken user { role } } }""",
                Map.of("input", Map.of("email", cafe.adminEmail().toUpperCase(), "password", PASSWORD))).ok()
                .text("login.accessToken");

        var me = graphQl.execute(token, "{ me { user { email role } business { id name timeZone locale } } }").ok();
        assertThat(me.text("me.user.email")).isEqualTo(cafe.adminEmail());
        assertThat(me.text("me.user.role")).isEqualTo("ADMIN");
        assertThat(me.text("me.business.name")).isEqualTo("Café Uno");
        assertThat(me.text("me.business.locale")).isEqualTo("es-419");
    }
}
