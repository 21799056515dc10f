package com.radartracking.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.customers.CardCodeResolver;
import com.radartracking.customers.CustomerExportColumns;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.TenantFixture;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What other modules use: the CSV export's loyalty columns (a chunk in one statement), the card code
 * resolver and LoyaltyCards, all confined to the current business.
 */
class LoyaltyModuleApiIT extends LoyaltyApiTest {

    @Autowired
    private List<CustomerExportColumns> exportColumns;
    @Autowired
    private CardCodeResolver resolver;
    @Autowired
    private LoyaltyCards loyaltyCards;

    private CustomerExportColumns loyaltyColumns() {
        return exportColumns.stream().filter(LoyaltyExportColumns.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    void exportColumnsForAChunkOfCustomers() {
        TenantFixture tenant = signUpBusiness("Export Loyalty");
        TenantFixture other = signUpBusiness("Export Other");
        String admin = tenant.adminToken();
        String location = createLocation(admin, "Centro", 4.6, -74.08);
        createPointsProgram(admin, "Club", null);
        createProgramResponse(admin, Map.of("name", "Stamps", "kind", "STAMPS", "stampsPerReward", 5)).ok();
        String ana = createCustomer(admin, "Ana");
        String bea = createCustomer(admin, "Bea");
        String carl = createCustomer(admin, "Carl");
        recordVisit(admin, ana, location, "4000");
        recordVisit(admin, ana, location, null);
        recordVisit(admin, bea, location, null);
        String foreign = createCustomer(other.adminToken(), "Foreign");
        String anaCode = cardsOfCustomer(admin, ana).path(0).path("code").asString();

        assertThat(loyaltyColumns().headers()).containsExactly("loyalty_card_code", "loyalty_points", "loyalty_stamps",
                "loyalty_last_activity_at");
        Map<UUID, List<String>> values = TenantContext.callAs(tenant.businessId(), () -> transactions.execute(status ->
                loyaltyColumns().values(List.of(UUID.fromString(ana), UUID.fromString(bea), UUID.fromString(carl),
                        UUID.fromString(foreign)))));
        assertThat(values).containsOnlyKeys(UUID.fromString(ana), UUID.fromString(bea));
        List<String> anaRow = values.get(UUID.fromString(ana));
        assertThat(anaRow.subList(0, 3)).containsExactly(anaCode, "24", "2");
        assertThat(anaRow.get(3)).isNotBlank();
        assertThat(values.get(UUID.fromString(bea)).subList(1, 3)).containsExactly("10", "1");
    }

    @Test
    void resolverAndCardsAreConfinedToTheCurrentBusiness() {
        TenantFixture tenant = signUpBusiness("Resolver Loyalty");
        TenantFixture other = signUpBusiness("Resolver Other");
        String admin = tenant.adminToken();
        String program = createPointsProgram(admin, "Club", null);
        String ana = createCustomer(admin, "Ana");
        JsonNode card = issueCard(admin, ana, program);
        String code = card.path("code").asString();

        assertThat(TenantContext.callAs(tenant.businessId(), () -> resolver.customerIdForCardCode(code)))
                .contains(UUID.fromString(ana));
        assertThat(TenantContext.callAs(tenant.businessId(), () -> resolver.customerIdForCardCode("radar:card:" + code)))
                .contains(UUID.fromString(ana));
        assertThat(TenantContext.callAs(other.businessId(), () -> resolver.customerIdForCardCode(code))).isEmpty();
        assertThat(TenantContext.callAs(tenant.businessId(), () -> resolver.customerIdForCardCode("nonsense"))).isEmpty();
        assertThat(TenantContext.callAs(other.businessId(), () -> loyaltyCards.cardsOf(UUID.fromString(ana)))).isEmpty();
        assertThat(TenantContext.callAs(tenant.businessId(), () -> loyaltyCards.cardsOf(UUID.fromString(ana))))
                .extracting(LoyaltyCards.CardSummary::code).containsExactly(code);
    }
}
