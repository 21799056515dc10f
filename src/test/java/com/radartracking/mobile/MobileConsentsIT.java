package com.radartracking.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.MobileClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The customer answers their own consents; the business sees them with source APP and history. */
class MobileConsentsIT extends MobileTestSupport {

    @Test
    void answersAreRecordedWithSourceAppAndHistory() {
        MobileClient.Enrolled customer = mobile.enrolNew(appKey, "Consiente", uniqueEmail("consent"));

        MobileClient.Response first = mobile.send("PUT", "/me/consents", appKey, customer.token(), "application/json",
                "{\"push\":true,\"location\":false}");
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().path("push").asBoolean()).isTrue();
        assertThat(first.body().path("location").asBoolean()).isFalse();
        assertThat(first.body().path("marketing").isNull()).isTrue();

        MobileClient.Response second = mobile.send("PUT", "/me/consents", appKey, customer.token(), "application/json",
                "{\"push\":false,\"marketing\":true}");
        assertThat(second.body().path("push").asBoolean()).isFalse();
        assertThat(second.body().path("location").asBoolean()).as("untouched").isFalse();
        assertThat(second.body().path("marketing").asBoolean()).isTrue();

        assertThat(mobile.get("/me", appKey, customer.token()).body().path("consents").path("marketing").asBoolean())
                .isTrue();

        var panel = graphQl.execute(business.adminToken(), """
                query($id: ID!) { customer(id: $id) { consents { type granted source } }
                  customerTimeline(customerId: $id, first: 50) { edges { node { kind } } } }""",
                Map.of("id", customer.customerId())).ok();
        assertThat(panel.data("customer.consents").toString())
                .contains("{\"type\":\"PUSH\",\"granted\":false,\"source\":\"APP\"}")
                .contains("{\"type\":\"MARKETING\",\"granted\":true,\"source\":\"APP\"}");
        long consentEntries = panel.data("customerTimeline.edges").valueStream()
                .filter(edge -> edge.path("node").path("kind").asString().equals("CONSENT")).count();
        assertThat(consentEntries).as("push on, location off, push off, marketing on").isEqualTo(4);
    }

    @Test
    void emptyOrMistypedAnswersAreBadUserInput() {
        MobileClient.Enrolled customer = mobile.enrolNew(appKey, "Vacio", uniqueEmail("empty"));
        assertProblem(mobile.send("PUT", "/me/consents", appKey, customer.token(), "application/json", "{}"), 400,
                "BAD_USER_INPUT");
        MobileClient.Response typed = mobile.send("PUT", "/me/consents", appKey, customer.token(), "application/json",
                "{\"push\":\"maybe\"}");
        assertProblem(typed, 400, "BAD_USER_INPUT");
        assertThat(typed.text("field")).isEqualTo("push");
        assertProblem(mobile.send("PUT", "/me/consents", appKey, null, "application/json", "{\"push\":true}"), 401,
                "UNAUTHENTICATED");
    }
}
