package com.radartracking.customers;

import com.radartracking.platform.tenancy.TenantContext;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;

/**
 * Test instrumentation: records the SQL each business's work sends, from the physical connections
 * under the application's connection pool. It is a plain component of the test class path, so it lives in the one context that every
 * integration test shares (no extra context). Statements are keyed by the tenant set when they are
 * prepared, so other tests' and background jobs' statements never mix in; a tenant is recorded only
 * while a test watches it.
 */
@Component
public class SqlStatementLog implements BeanPostProcessor {

    private static final Set<UUID> WATCHED = ConcurrentHashMap.newKeySet();
    private static final Map<UUID, List<String>> STATEMENTS = new ConcurrentHashMap<>();
    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

    /** Starts (or restarts) recording the statements run for {@code businessId}. */
    public static void watch(UUID businessId) {
        STATEMENTS.put(businessId, new CopyOnWriteArrayList<>());
        WATCHED.add(businessId);
    }

    /** The statements recorded since {@link #watch}, and stops recording. */
    public static List<String> stop(UUID businessId) {
        WATCHED.remove(businessId);
        List<String> statements = STATEMENTS.remove(businessId);
        return statements == null ? List.of() : List.copyOf(statements);
    }

    /**
     * Puts a recording layer under the pool rather than a wrapper around it: the bean stays a
     * HikariDataSource, which Flyway and the actuator need (they derive settings from its type). Runs
     * before the pool starts (Hikari starts it lazily on the first connection).
     */
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getDataSource() == null) {
            pool.setDataSource(new Recording(
                    new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())));
        }
        return bean;
    }

    private static void record(Object[] args) {
        TenantContext.current().filter(WATCHED::contains).ifPresent(tenant -> STATEMENTS
                .computeIfAbsent(tenant, key -> new CopyOnWriteArrayList<>())
                .add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : "<statement>"));
    }

    /** Hands out (physical) connections that record every statement they prepare. */
    static final class Recording extends DelegatingDataSource {

        Recording(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return recording(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return recording(super.getConnection(username, password));
        }

        private static Connection recording(Connection target) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (PREPARING.contains(method.getName())) {
                    record(args);
                }
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        }
    }
}
