package com.radartracking.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** signUp: what it creates, what it refuses (with the field and a clear message), and that refusals write nothing. */
class SignUpIT extends ApiIntegrationTest {

    private IdentityApi api;

    @BeforeEach
    void api() {
        api = new IdentityApi(graphQl);
    }

    @Test
    void createsTheBusinessAndItsFirstAdminAndSignsThemIn() {
        String email = IdentityApi.uniqueEmail("Owner").toUpperCase();
        GraphQlResponse response = api.signUp(IdentityApi.signUpInput(Map.of("email", "  " + email + " ",
                "businessName", "  Panadería Sol ", "timeZone", "America/Mexico_City", "locale", "en",
                "currency", "mxn"))).ok();

        assertThat(response.text("signUp.tokenType")).isEqualTo("Bearer");
        assertThat(response.text("signUp.accessToken")).isNotBlank();
        assertThat(response.text("signUp.refreshToken")).startsWith(response.text("signUp.business.id") + ".");
        assertThat(response.text("signUp.user.email")).isEqualTo(email.toLowerCase());
        assertThat(response.text("signUp.user.role")).isEqualTo("ADMIN");

        GraphQlResponse me = api.me(response.text("signUp.accessToken")).ok();
        assertThat(me.text("me.business.name")).isEqualTo("Panadería Sol");
        assertThat(me.text("me.business.timeZone")).isEqualTo("America/Mexico_City");
        assertThat(me.text("me.business.locale")).isEqualTo("en");
        assertThat(me.text("me.business.currency")).isEqualTo("MXN");
        assertThat(me.data("me.business.locationLimit").asInt()).isEqualTo(5);
        assertThat(me.text("me.user.id")).isEqualTo(response.text("signUp.user.id"));
        assertThat(me.data("me.user.active").asBoolean()).isTrue();
    }

    @Test
    void refusesEachInvalidFieldWithBadUserInputNamingItAndWritesNothing() {
        int businessesBefore = businessCount();
        Map<String, Object> invalid = new HashMap<>();
        invalid.put("email", "not-an-email");
        invalid.put("password", "short1");
        invalid.put("businessName", "   ");
        invalid.put("timeZone", "Mars/Olympus_Mons");
        invalid.put("displayName", "");
        invalid.put("locale", "xx");
        invalid.put("currency", "ABC");

        for (Map.Entry<String, Object> field : invalid.entrySet()) {
            GraphQlResponse response = api.signUp(IdentityApi.signUpInput(Map.of(field.getKey(), field.getValue())))
                    .failsWith("BAD_USER_INPUT");
            assertThat(response.firstError().path("extensions").path("field").asString())
                    .as("field named for %s", field.getKey()).isEqualTo(field.getKey());
            assertThat(response.data("signUp").isNull() || response.data("signUp").isMissingNode()).isTrue();
        }
        assertThat(businessCount()).isEqualTo(businessesBefore);
    }

    @Test
    void rejectsMalformedEmailsOfEveryUsualKind() {
        for (String email : new String[] {"plain", "a@b", "two@@example.com", "spaces in@example.com",
                "@example.com", "user@.", "x".repeat(250) + "@example.com"}) {
            api.signUp(IdentityApi.signUpInput(Map.of("email", email))).failsWith("BAD_USER_INPUT");
        }
    }

    @Test
    void passwordMessageSaysWhatIsRequired() {
        for (String weak : new String[] {"short1", "onlyletterspassword", "1234567890123"}) {
            String message = api.signUp(IdentityApi.signUpInput(Map.of("password", weak)))
                    .failsWith("BAD_USER_INPUT").firstError().path("message").asString();
            assertThat(message).contains("10 to 72 bytes").contains("a letter and a digit");
        }
    }

    /** BCrypt hashes 72 bytes: a longer password would be silently truncated, so it is refused. */
    @Test
    void passwordLimitIs72Utf8BytesNotCharacters() {
        String ascii72 = "a1" + "x".repeat(70);
        String ascii73 = ascii72 + "x";
        String twoByte72 = "1" + "ñ".repeat(35) + "a"; // 1 + 70 + 1 bytes, 37 characters
        String twoByte73 = "1" + "ñ".repeat(36); // 73 bytes, only 37 characters
        String emoji76 = "a1" + "🔑".repeat(18) + "xx"; // 2 + 72 + 2 bytes, 22 code points
        assertThat(twoByte72.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThat(twoByte73.getBytes(StandardCharsets.UTF_8)).hasSize(73);
        assertThat(emoji76.getBytes(StandardCharsets.UTF_8)).hasSize(76);

        api.signUp(IdentityApi.signUpInput(Map.of("password", ascii73))).failsWith("BAD_USER_INPUT");
        api.signUp(IdentityApi.signUpInput(Map.of("password", twoByte73))).failsWith("BAD_USER_INPUT");
        api.signUp(IdentityApi.signUpInput(Map.of("password", emoji76))).failsWith("BAD_USER_INPUT");

        for (String fits : new String[] {ascii72, twoByte72}) {
            String email = IdentityApi.uniqueEmail("bytes");
            api.signUp(IdentityApi.signUpInput(Map.of("email", email, "password", fits))).ok();
            api.loginOk(email, fits);
            // One byte more is not the same password (it would be under BCrypt's truncation).
            api.login(email, fits + "z").failsWith("UNAUTHENTICATED");
        }
    }

    @Test
    void aSecondSignUpWithTheSameEmailInAnyCaseIsAConflict() {
        String email = IdentityApi.uniqueEmail("twice");
        api.signUp(IdentityApi.signUpInput(Map.of("email", email))).ok();
        int businessesBefore = businessCount();

        GraphQlResponse again = api.signUp(IdentityApi.signUpInput(Map.of("email", email.toUpperCase(),
                "businessName", "Copycat"))).failsWith("CONFLICT");
        assertThat(again.firstError().path("extensions").path("field").asString()).isEqualTo("email");
        assertThat(businessCount()).isEqualTo(businessesBefore);
    }

    @Test
    void missingRequiredFieldsAreRefusedByTheSchemaNotWithA500() {
        Map<String, Object> withoutTimeZone = new HashMap<>();
        withoutTimeZone.put("timeZone", null);
        GraphQlResponse response = api.signUp(IdentityApi.signUpInput(withoutTimeZone));
        assertThat(response.status()).isLessThan(500);
        assertThat(response.body().path("errors")).isNotEmpty();
    }

    /** Every business, across tenants, through the job runner's directory function. */
    private int businessCount() {
        return jdbc.queryForObject("select count(*) from platform_business_ids()", Integer.class);
    }
}
