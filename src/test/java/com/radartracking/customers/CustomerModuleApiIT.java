package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.platform.errors.ErrorCode;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.platform.tenancy.TenantContextMissingException;
import com.radartracking.support.TenantFixture;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The module's API for other modules: the events it publishes, enrolment (app, import), the customer's
 * own consents, and visit history / check-ins outside the panel.
 */
class CustomerModuleApiIT extends CustomerApiTest {

    @Autowired
    private CustomerEnrolment enrolment;

    @Autowired
    private CustomerConsents consents;

    @Autowired
    private VisitHistory visitHistory;

    @Test
    void panelActionsPublishEventsWithTheFactsListenersNeed() {
        TenantFixture tenant = signUpBusiness("Events Café");
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        Member staff = addMember(tenant.adminToken(), "STAFF", List.of(centro));
        String customer = createCustomer(staff.accessToken(), "Ana",
                Map.of("consents", Map.of("push", true, "source", "IN_STORE")));
        recordVisitResponse(staff.accessToken(), Map.of("customerId", customer, "locationId", centro,
                "amount", "7.25", "source", "QR_SCAN")).ok();

        CustomerEnrolled enrolled = CustomerEventLog.of(tenant.businessId(), CustomerEnrolled.class).getFirst();
        assertThat(enrolled.customerId().toString()).isEqualTo(customer);
        assertThat(enrolled.source()).isEqualTo("PANEL");
        CustomerConsentChanged consent = CustomerEventLog.of(tenant.businessId(), CustomerConsentChanged.class)
                .getFirst();
        assertThat(consent.type()).isEqualTo(ConsentType.PUSH);
        assertThat(consent.previouslyGranted()).isNull();
        assertThat(consent.granted()).isTrue();
        assertThat(consent.source()).isEqualTo(ConsentSource.IN_STORE);
        assertThat(consent.changedByUserId()).isEqualTo(staff.userId());
        VisitRecorded visit = CustomerEventLog.of(tenant.businessId(), VisitRecorded.class).getFirst();
        assertThat(visit.customerId().toString()).isEqualTo(customer);
        assertThat(visit.locationId().toString()).isEqualTo(centro);
        assertThat(visit.amount()).isEqualByComparingTo("7.25");
        assertThat(visit.source()).isEqualTo(VisitSource.QR_SCAN);
        assertThat(visit.recordedByUserId()).isEqualTo(staff.userId());

        // A refused visit publishes nothing.
        recordVisitResponse(staff.accessToken(), Map.of("customerId", customer, "locationId", centro, "amount", "-1"))
                .failsWith("BAD_USER_INPUT");
        assertThat(CustomerEventLog.of(tenant.businessId(), VisitRecorded.class)).hasSize(1);
    }

    @Test
    void enrolmentFindsOrCreatesAndRecordsTheCustomersConsents() {
        TenantFixture tenant = signUpBusiness("Enrol Café");
        UUID business = tenant.businessId();
        CustomerEnrolment.Enrolment first = TenantContext.callAs(business, () -> enrolment.enrol(
                new CustomerEnrolment.Applicant("Lucía", "Pérez", "Lucia@App.example", null, null, null,
                        Map.of(ConsentType.PUSH, true, ConsentType.LOCATION, true), null), "APP"));
        assertThat(first.created()).isTrue();
        CustomerEnrolment.Enrolment again = TenantContext.callAs(business, () -> enrolment.enrol(
                new CustomerEnrolment.Applicant("Lu", null, " lucia@app.EXAMPLE", null, null, null,
                        Map.of(ConsentType.LOCATION, false), null), "APP"));
        assertThat(again).isEqualTo(new CustomerEnrolment.Enrolment(first.customerId(), false));
        assertThat(TenantContext.callAs(business, () -> consents.current(first.customerId())))
                .isEqualTo(Map.of(ConsentType.PUSH, true, ConsentType.LOCATION, false));

        TenantContext.runAs(business, () -> consents.changeByCustomer(first.customerId(),
                Map.of(ConsentType.MARKETING, true), ConsentSource.APP));
        JsonNode customer = customer(tenant.adminToken(), first.customerId().toString()).ok().data("customer");
        assertThat(customer.path("firstName").asString()).isEqualTo("Lucía");
        assertThat(customer.path("source").asString()).isEqualTo("APP");
        assertThat(customer.path("consents").toString()).contains("{\"type\":\"MARKETING\",\"granted\":true,\"source\":\"APP\"");
        String history = graphQl.execute(tenant.adminToken(), "query($id: ID!) { customerTimeline(customerId: $id, first: 10)"
                + " { edges { node { kind details { key value } } } } }", Map.of("id", first.customerId().toString()))
                .ok().data("customerTimeline").toString();
        assertThat(history).contains("{\"key\":\"actorType\",\"value\":\"CUSTOMER\"}");

        CustomerException noContact = (CustomerException) org.assertj.core.api.Assertions.catchThrowable(() ->
                TenantContext.callAs(business, () -> enrolment.enrol(new CustomerEnrolment.Applicant("X", null, null,
                        null, null, null, null, null), "IMPORT")));
        assertThat(noContact.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
        assertThatThrownBy(() -> TenantContext.callAs(business, () -> enrolment.enrol(new CustomerEnrolment.Applicant(
                "X", null, "not-an-email", null, null, null, null, null), "IMPORT")))
                .isInstanceOf(CustomerException.class).hasMessageContaining("not-an-email");
        assertThatThrownBy(() -> enrolment.enrol(new CustomerEnrolment.Applicant("X", null, "x@y.example", null,
                null, null, null, null), "APP")).isInstanceOf(TenantContextMissingException.class);
        assertThat(CustomerEventLog.of(business, CustomerEnrolled.class)).singleElement()
                .extracting(CustomerEnrolled::source).isEqualTo("APP");
    }

    @Test
    void appAndPosCheckInsCountAndTheHistoryListsThem() {
        TenantFixture tenant = signUpBusiness("Check-in Café");
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        UUID customer = UUID.fromString(createCustomer(tenant.adminToken(), "Ana"));
        UUID location = UUID.fromString(centro);
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        UUID business = tenant.businessId();

        VisitHistory.VisitSummary old = TenantContext.callAs(business, () -> visitHistory.record(customer, location,
                null, VisitSource.APP, yesterday));
        VisitHistory.VisitSummary pos = TenantContext.callAs(business, () -> visitHistory.record(customer, location,
                new BigDecimal("30"), VisitSource.POS_API, null));
        assertThat(pos.currency()).isEqualTo("USD");
        assertThatThrownBy(() -> TenantContext.callAs(business, () -> visitHistory.record(customer, location, null,
                VisitSource.MANUAL, null))).isInstanceOf(CustomerException.class);
        assertThatThrownBy(() -> TenantContext.callAs(business, () -> visitHistory.record(customer, UUID.randomUUID(),
                null, VisitSource.APP, null))).isInstanceOf(CustomerException.class).hasMessageContaining("Location");

        assertThat(TenantContext.callAs(business, () -> visitHistory.visitsOf(customer, null, 10)))
                .extracting(VisitHistory.VisitSummary::id).containsExactly(pos.id(), old.id());
        assertThat(TenantContext.callAs(business, () -> visitHistory.visitsOf(customer, pos.occurredAt(), 10)))
                .extracting(VisitHistory.VisitSummary::id).containsExactly(old.id());
        JsonNode counters = customer(tenant.adminToken(), customer.toString()).ok().data("customer");
        assertThat(counters.path("visitCount").asInt()).isEqualTo(2);
        assertThat(counters.path("totalSpent").asString()).isEqualTo("30");

        TenantFixture other = signUpBusiness("Other Check-in");
        assertThatThrownBy(() -> TenantContext.callAs(other.businessId(), () -> visitHistory.visitsOf(customer, null, 10)))
                .isInstanceOf(CustomerException.class).hasMessageContaining("not found");
    }
}
