package com.radartracking.campaigns.engine;

import static com.radartracking.campaigns.engine.CampaignEngineFixtures.CampaignSpec;
import static com.radartracking.campaigns.engine.CampaignEngineFixtures.CustomerSpec.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.CampaignStore;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.PlannerStatistics;
import com.radartracking.support.TenantFixture;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The BIRTHDAY selection reads the day's birthdays through customers_business_birthday_md_idx as the
 * application role, under row-level security, and chooses exactly whom the former extract() condition chose:
 * on a business with 30,000 customers (a fifth without a birthday) and fresh statistics, EXPLAIN of the engine's
 * batch statement (as {@link CampaignDeliveries#deliverBatch} spells it) with the tenant set shows an
 * index scan of it and no sequential scan of customers; the ids match the old rule's on ordinary days, on 28
 * February of a non-leap year (29 February birthdays too) and of a leap year (not them), on 29 February and at
 * the year's ends. birthday_md is PostgreSQL's to compute: it follows every change of the birthday, through
 * the API (Hibernate) or plain SQL, and no one can write it. A plan-shape check; timings belong to bench/.
 */
class BirthdaySelectionIndexIT extends ApiIntegrationTest {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final String INDEX = "customers_business_birthday_md_idx";

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private NamedParameterJdbcTemplate named;

    @Autowired
    private CampaignStore store;

    @Autowired
    private CampaignSelections selections;

    @Autowired
    private org.springframework.core.env.Environment env;

    @Test
    void theDaysBirthdaysAreAnIndexRangeUnderRowLevelSecurityWithTheSameCustomers() throws Exception {
        CampaignEngineFixtures data = new CampaignEngineFixtures(jdbc, transactions, store);
        UUID business = signUpBusiness("Cumpleaños Café").businessId();
        UUID other = signUpBusiness("Otro Café").businessId();
        UUID leap = data.customer(business, named("Leap").birthday("2000-02-29"));
        UUID feb28 = data.customer(business, named("Feb28").birthday("1990-02-28"));
        UUID none = data.customer(business, named("NoBirthday"));
        UUID elsewhere = data.customer(other, named("Elsewhere").birthday("1996-02-29"));
        // 30,000 more: birthdays spread over 80 years (every day of the year, 29 February of the leap years
        // among them), every fifth without one.
        data.asTenant(business, () -> jdbc.update(PlannerStatistics.customersWithBirthdays(30_000), business));
        PlannerStatistics.analyze(env, "customers");
        Instant activated = Instant.parse("2026-01-01T14:00:00Z");
        UUID campaignId = data.campaign(business, CampaignSpec.triggered(CampaignEngineFixtures.birthday()),
                CampaignStatus.ACTIVE, activated, activated);
        Campaign campaign = data.find(business, campaignId);

        for (String date : List.of("2027-02-28", "2028-02-28", "2028-02-29", "2027-03-01", "2026-01-01",
                "2026-07-15", "2026-12-31")) {
            LocalDate day = LocalDate.parse(date);
            // 09:00 in Bogotá, the trigger's local time.
            Instant at = day.atTime(9, 0).atZone(BOGOTA).toInstant();
            CampaignSelections.Selection selection = TenantContext.callAs(business, () -> transactions.execute(
                    status -> selections.of(campaign, at, BOGOTA).orElseThrow()));

            String plan = explainBatch(business, campaign, selection);
            assertThat(plan).as("batch plan on %s", day).contains(INDEX).doesNotContain("Seq Scan on customers");

            List<UUID> chosen = ids(business, selection);
            assertThat(chosen).as("customers chosen on %s", day).isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(formerRule(business, day)).doesNotContain(none, elsewhere);
            if (date.equals("2027-02-28") || date.equals("2028-02-29")) {
                assertThat(chosen).as("29 February birthdays on %s", day).contains(leap);
            } else {
                assertThat(chosen).as("29 February birthdays on %s", day).doesNotContain(leap);
            }
            assertThat(chosen.contains(feb28)).as("28 February birthday on %s", day).isEqualTo(date.endsWith("02-28"));
        }
    }

    @Test
    void birthdayMdFollowsTheBirthdayAndNoOneWritesIt() {
        TenantFixture tenant = signUpBusiness("Fechas Café");
        UUID business = tenant.businessId();
        String id = graphQl.execute(tenant.adminToken(), """
                mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }""",
                Map.of("i", Map.of("firstName", "Ana", "birthday", "1990-07-04"))).ok().text("createCustomer.id");
        UUID customer = UUID.fromString(id);
        assertThat(birthdayMd(business, customer)).isEqualTo((short) 704);

        // Through the API, as Hibernate writes the customer (the entity does not map birthday_md).
        assertThat(update(tenant, id, "2000-02-29")).isEqualTo("2000-02-29");
        assertThat(birthdayMd(business, customer)).isEqualTo((short) 229);
        assertThat(update(tenant, id, null)).isNull();
        assertThat(birthdayMd(business, customer)).isNull();
        // Through plain SQL, as the CSV import fills a blank birthday.
        TenantContext.runAs(business, () -> transactions.executeWithoutResult(status -> jdbc.update(
                "update customers set birthday = date '1985-12-31' where id = ?", customer)));
        assertThat(birthdayMd(business, customer)).isEqualTo((short) 1231);

        assertThatThrownBy(() -> TenantContext.runAs(business, () -> transactions.executeWithoutResult(status ->
                jdbc.update("update customers set birthday_md = 101 where id = ?", customer))))
                .isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("column \"birthday_md\" can only be updated to DEFAULT");
        assertThat(birthdayMd(business, customer)).isEqualTo((short) 1231);
    }

    /** The SELECT of the engine's keyset batch (CampaignDeliveries.deliverBatch), first batch. */
    private String explainBatch(UUID business, Campaign campaign, CampaignSelections.Selection selection) {
        MapSqlParameterSource params = new MapSqlParameterSource(new HashMap<>(selection.params().getValues()))
                .addValue("campaignId", campaign.id()).addValue("limit", 500);
        String sql = """
                select c.business_id, c.id as customer_id, %1$s as occurrence from %3$s
                 where %2$s
                 order by c.id, 3
                 limit :limit""".formatted(selection.occurrenceSql(), selection.where(), selection.from());
        return TenantContext.callAs(business, () -> transactions.execute(status -> {
            // The point is the application role's plan: row-level security must be in force for it.
            assertThat(jdbc.queryForObject("select row_security_active('customers')", Boolean.class)).isTrue();
            return String.join("\n", named.queryForList("explain " + sql, params, String.class));
        }));
    }

    private List<UUID> ids(UUID business, CampaignSelections.Selection selection) {
        return TenantContext.callAs(business, () -> transactions.execute(status -> named.queryForList(
                "select c.id from " + selection.from() + " where " + selection.where(), selection.params(),
                UUID.class)));
    }

    /** Whom the selection chose before birthday_md: extract() of month and day, 29 February on the 28th. */
    private List<UUID> formerRule(UUID business, LocalDate day) {
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", business)
                .addValue("month", day.getMonthValue())
                .addValue("days", Occurrences.birthdayDays(day).toArray(Integer[]::new));
        return TenantContext.callAs(business, () -> transactions.execute(status -> named.queryForList("""
                select c.id from customers c
                 where c.business_id = :businessId and c.birthday is not null
                   and extract(month from c.birthday) = :month
                   and extract(day from c.birthday) = any(cast(:days as int[]))""", params, UUID.class)));
    }

    private String update(TenantFixture tenant, String id, String birthday) {
        Map<String, Object> input = new HashMap<>();
        input.put("birthday", birthday);
        var stored = graphQl.execute(tenant.adminToken(), """
                mutation($id: ID!, $i: UpdateCustomerInput!) { updateCustomer(id: $id, input: $i) { birthday } }""",
                Map.of("id", id, "i", input)).ok().data("updateCustomer").path("birthday");
        return stored.isNull() ? null : stored.asString();
    }

    private Short birthdayMd(UUID business, UUID customer) {
        return TenantContext.callAs(business, () -> transactions.execute(status -> jdbc.queryForObject(
                "select birthday_md from customers where id = ?", Short.class, customer)));
    }
}
