package com.radartracking.platform.tenancy;

import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the application's database role could see past row-level security: a
 * superuser, a role with BYPASSRLS, or the owner of tenant tables (owners skip RLS unless forced).
 */
@Component
class DatabaseRoleGuard implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoleGuard.class);

    private final JdbcTemplate jdbc;
    private final boolean allowUnsafeRole;

    DatabaseRoleGuard(DataSource dataSource,
            @Value("${radar.tenancy.allow-unsafe-database-role:false}") boolean allowUnsafeRole) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.allowUnsafeRole = allowUnsafeRole;
    }

    @Override
    public void afterPropertiesSet() {
        Map<String, Object> role = jdbc.queryForMap("""
                select r.rolname, r.rolsuper, r.rolbypassrls,
                       (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relowner = r.oid) as owned
                  from pg_roles r where r.rolname = current_user""");
        String problem = problemWith(role);
        if (problem == null) {
            return;
        }
        String message = "Database role '" + role.get("rolname") + "' " + problem
                + ": row-level security would not isolate tenants. Connect as the non-owner application role"
                + " (DB_APP_USER), or set ALLOW_UNSAFE_DB_ROLE=true for local development only.";
        if (allowUnsafeRole) {
            log.warn("UNSAFE: {}", message);
        } else {
            throw new IllegalStateException(message);
        }
    }

    private static String problemWith(Map<String, Object> role) {
        if (Boolean.TRUE.equals(role.get("rolsuper"))) {
            return "is a superuser";
        }
        if (Boolean.TRUE.equals(role.get("rolbypassrls"))) {
            return "has BYPASSRLS";
        }
        if (((Number) role.get("owned")).longValue() > 0) {
            return "owns " + role.get("owned") + " tables";
        }
        return null;
    }
}
