package com.radartracking.campaigns.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignKind;
import com.radartracking.campaigns.model.CampaignMessage;
import com.radartracking.campaigns.model.CampaignSchedule;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.CampaignStore;
import com.radartracking.isolation.IsolationCase;
import com.radartracking.isolation.IsolationCases;
import com.radartracking.isolation.IsolationWorld;
import com.radartracking.isolation.Planted;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Campaign reports: B can neither dry-run nor read the funnel of A's campaign, and B's own dry run counts
 * none of A's customers. Campaigns are planted through CampaignStore under A's (or B's) tenant.
 */
public class CampaignReportsIsolationCases implements IsolationCases {

    private static String plantCampaign(IsolationWorld world, UUID businessId, String name) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Campaign campaign = new Campaign(UUID.randomUUID(), businessId, name, CampaignKind.RECURRING,
                CampaignStatus.DRAFT, null,
                new CampaignSchedule(null, CampaignSchedule.Frequency.DAILY, null, null, "10:00"), null, List.of(),
                new CampaignMessage("Hola", "Secret message " + name, null, null, Map.of()), null, null, null, null,
                null, now, now, null);
        CampaignStore store = world.bean(CampaignStore.class);
        TransactionTemplate transactions = world.bean(TransactionTemplate.class);
        TenantContext.runAs(businessId, () -> transactions.executeWithoutResult(status -> store.insert(campaign)));
        return campaign.id().toString();
    }

    @Override
    public List<IsolationCase> cases() {
        return List.of(
                IsolationCase.named("campaign reports: dry run of A's campaign")
                        .plant(world -> Planted.id(plantCampaign(world, world.a().businessId(), "Secret dry run"),
                                "Secret dry run"))
                        .attack("query($id: ID!) { campaignDryRun(id: $id, days: 3) { qualifyingNow warnings } }")
                        .expectNotFound(),
                IsolationCase.named("campaign reports: funnel of A's campaign")
                        .plant(world -> Planted.id(plantCampaign(world, world.a().businessId(), "Secret funnel"),
                                "Secret funnel"))
                        .attack("query($id: ID!) { campaign(id: $id) { funnel { targeted byDay { day } } } }")
                        .expectNotFound(),
                IsolationCase.named("campaign reports: funnels of the list are B's own")
                        .plant(world -> Planted.markersOnly(plantCampaign(world, world.a().businessId(), "Secret list"),
                                "Secret list"))
                        .attack("""
                                { campaigns(first: 50) { edges { node { id name funnel { targeted
                                  byLocation { location { id name } visited } } } } } }""")
                        .expectNoLeak(),
                IsolationCase.named("campaign reports: B's dry run counts only B's customers")
                        .plant(world -> {
                            world.asA("mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }",
                                    Map.of("i", Map.of("firstName", "Secretaria",
                                            "email", world.uniqueEmail("secretaria"))));
                            return Planted.of(Map.of("id", plantCampaign(world, world.b().businessId(), "B's own")),
                                    "Secretaria");
                        })
                        .attack("query($id: ID!) { campaignDryRun(id: $id) { qualifyingNow sample { id displayName } } }")
                        .expectNoLeak()
                        .check((planted, response) ->
                                assertThat(response.data("campaignDryRun.qualifyingNow").asInt()).isZero()));
    }
}
