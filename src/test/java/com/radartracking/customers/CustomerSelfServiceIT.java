package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.TenantFixture;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CustomerSelfService: found by canonical contact data within the business; the customer's own edits. */
class CustomerSelfServiceIT extends ApiIntegrationTest {

    @Autowired
    private CustomerSelfService self;

    @Test
    void findsByEmailOrPhoneInCanonicalFormAndOnlyInTheCurrentBusiness() {
        TenantFixture a = signUpBusiness("Self A");
        TenantFixture b = signUpBusiness("Self B");
        String email = uniqueEmail("self");
        String phone = "+57301" + (1000000 + (int) (Math.random() * 8999999));
        String id = graphQl.execute(a.adminToken(), "mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }",
                Map.of("i", Map.of("firstName", "Sol", "email", email, "phone", phone))).ok().text("createCustomer.id");

        TenantContext.runAs(a.businessId(), () -> {
            assertThat(self.findByContact(" " + email.toUpperCase() + " ", null)).contains(UUID.fromString(id));
            assertThat(self.findByContact(null, phone.substring(3))).contains(UUID.fromString(id));
            assertThat(self.findByContact(uniqueEmail("nobody"), null)).isEmpty();
            assertThatThrownBy(() -> self.findByContact(null, null)).isInstanceOf(DomainException.class);
            assertThatThrownBy(() -> self.findByContact("not-an-email", null)).isInstanceOf(DomainException.class);
        });
        TenantContext.runAs(b.businessId(), () -> assertThat(self.findByContact(email, phone)).isEmpty());
    }

    @Test
    void updatesOnlyWhatIsGivenAndRefusesOtherBusinessesCustomers() {
        TenantFixture a = signUpBusiness("Self Edit A");
        TenantFixture b = signUpBusiness("Self Edit B");
        UUID id = UUID.fromString(graphQl.execute(a.adminToken(),
                "mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }",
                Map.of("i", Map.of("firstName", "Luz", "lastName", "Mar", "email", uniqueEmail("luz"),
                        "birthday", "1990-01-02"))).ok().text("createCustomer.id"));

        TenantContext.runAs(a.businessId(), () -> self.updateProfile(id,
                new CustomerSelfService.ProfileChange("Luzma", null, Optional.empty())));
        var customer = graphQl.execute(a.adminToken(), "query($id: ID!) { customer(id: $id) { firstName lastName birthday } }",
                Map.of("id", id.toString())).ok();
        assertThat(customer.text("customer.firstName")).isEqualTo("Luzma");
        assertThat(customer.text("customer.lastName")).isEqualTo("Mar");
        assertThat(customer.data("customer.birthday").isNull()).isTrue();

        TenantContext.runAs(b.businessId(), () -> assertThatThrownBy(() -> self.updateProfile(id,
                new CustomerSelfService.ProfileChange("Hacked", null, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code().name()).isEqualTo("NOT_FOUND")));
        TenantContext.runAs(a.businessId(), () -> assertThatThrownBy(() -> self.updateProfile(id,
                new CustomerSelfService.ProfileChange(null, null, Optional.of(LocalDate.now().plusDays(1)))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.extensions()).containsEntry("field",
                        "birthday")));
    }
}
