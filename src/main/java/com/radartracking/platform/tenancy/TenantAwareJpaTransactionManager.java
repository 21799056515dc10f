package com.radartracking.platform.tenancy;

import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Applies the tenant to PostgreSQL row-level security at the start of every transaction with
 * {@code set_config('app.business_id', ?, true)}, the function form of {@code SET LOCAL}: the
 * setting dies with the transaction, so a pooled connection never carries a tenant to the next user.
 * Native SQL run through JdbcTemplate inside the transaction shares the connection and the setting.
 */
public class TenantAwareJpaTransactionManager extends JpaTransactionManager {

    public TenantAwareJpaTransactionManager(EntityManagerFactory emf) {
        super(emf);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        String tenant = TenantContext.current().map(UUID::toString).orElse("");
        EntityManagerHolder holder =
                (EntityManagerHolder) TransactionSynchronizationManager.getResource(obtainEntityManagerFactory());
        holder.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("select set_config('app.business_id', ?, true)")) {
                statement.setString(1, tenant);
                statement.execute();
            }
        });
    }
}
