package com.radartracking.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.TenantFixture;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Native SQL, as the application role, under row-level security: with {@code app.business_id} set to
 * B no row of A is visible in any tenant table, and with it unset nothing is visible at all (fail
 * closed). Tenant tables are found in the catalog (every table with a {@code business_id} column), so
 * a new module's tables are covered without editing this test; a table without one must be listed in
 * {@link #NOT_TENANT_TABLES}.
 */
class RowLevelSecurityIT extends ApiIntegrationTest {

    /** Tables that belong to no tenant, and why. */
    private static final Map<String, String> NOT_TENANT_TABLES = Map.of(
            "flyway_schema_history", "migration bookkeeping; the app role has no grant",
            "shedlock", "job locks shared by all instances; names of jobs only",
            "spatial_ref_sys", "PostGIS reference data");

    /** The business table is keyed on its own id. */
    private static final Map<String, String> KEY_COLUMN_OVERRIDES = Map.of("businesses", "id");

    @Autowired
    private TransactionTemplate transactions;

    private TenantFixture a;
    private TenantFixture b;

    private record Table(String name, boolean partition, boolean rowSecurity, boolean tenantKeyed, boolean selectable) {
        String keyColumn() {
            return KEY_COLUMN_OVERRIDES.getOrDefault(name, "business_id");
        }
    }

    @BeforeEach
    void plantRowsOfA() {
        a = signUpBusiness("RLS A");
        b = signUpBusiness("RLS B");
        String location = createLocation(a.adminToken(), "RLS Centro", 4.6, -74.1);
        addMember(a.adminToken(), "STAFF", List.of(location));
    }

    @Test
    void connectsAsTheApplicationRoleThatOwnsNothing() {
        Map<String, Object> role = jdbc.queryForMap("""
                select current_user as name, r.rolsuper, r.rolbypassrls from pg_roles r where r.rolname = current_user""");
        assertThat(role.get("rolsuper")).isEqualTo(false);
        assertThat(role.get("rolbypassrls")).isEqualTo(false);
        Integer owned = jdbc.queryForObject("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relowner = (select oid from pg_roles where rolname = current_user)""",
                Integer.class);
        assertThat(owned).isZero();
    }

    @Test
    void everyTableIsATenantTableUnderRowLevelSecurityOrListedAsShared() {
        for (Table table : tables()) {
            if (table.partition()) {
                // Policies of the parent do not apply when a partition is queried directly: no grant, or RLS.
                assertThat(!table.selectable() || table.rowSecurity())
                        .as("partition %s must not be readable without row-level security", table.name()).isTrue();
            } else if (table.tenantKeyed()) {
                assertThat(table.rowSecurity()).as("row-level security on %s", table.name()).isTrue();
            } else {
                assertThat(NOT_TENANT_TABLES).as("%s has no business_id: list it in NOT_TENANT_TABLES with why",
                        table.name()).containsKey(table.name());
            }
        }
    }

    @Test
    void withBusinessBSetNoRowOfAIsVisible() {
        Map<String, Integer> visibleToA = countsOfA(a.businessId());
        assertThat(visibleToA).as("A's own rows, seen as A (proves the test is not vacuous)")
                .containsKeys("businesses", "users", "locations", "activity_logs", "refresh_tokens", "invitations",
                        "user_locations");
        assertThat(visibleToA.values()).allMatch(count -> count > 0);

        Map<String, Integer> visibleToB = countsOfA(b.businessId());
        assertThat(visibleToB).as("A's rows seen with app.business_id = B").isEmpty();
    }

    @Test
    void withNoBusinessSetNothingIsVisible() {
        Map<String, Integer> inTransaction = transactions.execute(status -> countAll());
        assertThat(inTransaction).as("rows visible in a transaction without tenant").isEmpty();
        // Outside any transaction (autocommit, the setting never applied on this connection or reset).
        assertThat(countAll()).as("rows visible outside a transaction").isEmpty();
    }

    @Test
    void businessBCannotWriteIntoOrChangeA() {
        UUID locationOfA = transactions.execute(status -> {
            setTenant(a.businessId());
            return jdbc.queryForObject("select id from locations limit 1", UUID.class);
        });
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            setTenant(b.businessId());
            jdbc.update("""
                    insert into locations (id, business_id, name, time_zone, point)
                    values (gen_random_uuid(), ?, 'Planted by B', 'UTC', 'SRID=4326;POINT(0 0)'::geography)""",
                    a.businessId());
        })).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("row-level security");

        Integer updated = transactions.execute(status -> {
            setTenant(b.businessId());
            return jdbc.update("update locations set name = 'Hijacked' where id = ?", locationOfA);
        });
        assertThat(updated).isZero();
    }

    /** How many rows keyed to A each tenant table shows with app.business_id = {@code asBusiness}. */
    private Map<String, Integer> countsOfA(UUID asBusiness) {
        return transactions.execute(status -> {
            setTenant(asBusiness);
            Map<String, Integer> counts = new TreeMap<>();
            for (Table table : readableTenantTables()) {
                Integer count = jdbc.queryForObject("select count(*) from " + table.name() + " where "
                        + table.keyColumn() + " = ?", Integer.class, a.businessId());
                if (count != null && count > 0) {
                    counts.put(table.name(), count);
                }
            }
            return counts;
        });
    }

    private Map<String, Integer> countAll() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Table table : readableTenantTables()) {
            Integer count = jdbc.queryForObject("select count(*) from " + table.name(), Integer.class);
            if (count != null && count > 0) {
                counts.put(table.name(), count);
            }
        }
        return counts;
    }

    /** Sets the tenant as the application does, with SET LOCAL semantics, inside the current transaction. */
    private void setTenant(UUID businessId) {
        jdbc.queryForObject("select set_config('app.business_id', ?, true)", String.class, businessId.toString());
    }

    private List<Table> readableTenantTables() {
        List<Table> readable = tables().stream()
                .filter(table -> table.tenantKeyed() && table.selectable() && !table.partition()).toList();
        assertThat(readable).extracting(Table::name).as("tenant tables found in the catalog")
                .containsAll(Set.of("businesses", "users", "locations", "activity_logs"));
        return readable;
    }

    private List<Table> tables() {
        return jdbc.query("""
                select c.relname, c.relispartition, c.relrowsecurity,
                       exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'business_id'
                                and not a.attisdropped) as has_business_id,
                       has_table_privilege(current_user, c.oid, 'SELECT') as selectable
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind in ('r', 'p')
                 order by c.relname""", (rs, row) -> new Table(rs.getString("relname"), rs.getBoolean("relispartition"),
                rs.getBoolean("relrowsecurity"),
                rs.getBoolean("has_business_id") || KEY_COLUMN_OVERRIDES.containsKey(rs.getString("relname")),
                rs.getBoolean("selectable")));
    }
}
