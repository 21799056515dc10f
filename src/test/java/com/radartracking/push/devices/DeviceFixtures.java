package com.radartracking.push.devices;

import com.radartracking.platform.tenancy.TenantContext;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Database access for the devices tests, as the application role under the business's tenant (row-level
 * security applies): plants notification rows the way fan-out writes them (no sending code exists here),
 * ages devices, and reads rows back.
 */
public final class DeviceFixtures {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public DeviceFixtures(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A SENT notification for the customer's device; returns its id. */
    public UUID notification(UUID businessId, UUID customerId, UUID deviceId) {
        UUID id = UUID.randomUUID();
        inTenant(businessId, () -> jdbc.update("""
                insert into notifications (id, business_id, customer_id, device_token_id, title, body, status, due_at,
                                           sent_at, provider_message_id)
                values (?, ?, ?, ?, 'Hola', '10 puntos te esperan', 'SENT', now(), now(), 'projects/p/messages/1')""",
                id, businessId, customerId, deviceId));
        return id;
    }

    /** received_at and opened_at of a notification (null values when unset). */
    public Map<String, Object> receipt(UUID businessId, UUID notificationId) {
        return inTenant(businessId, () -> jdbc.queryForMap(
                "select received_at, opened_at from notifications where id = ?", notificationId));
    }

    /** The device row as stored (customer_id, deactivated_at, deactivation_reason, refreshed_at...). */
    public Map<String, Object> device(UUID businessId, UUID deviceId) {
        return inTenant(businessId, () -> jdbc.queryForMap("select * from device_tokens where id = ?", deviceId));
    }

    public long devicesWithToken(UUID businessId, String token) {
        return inTenant(businessId, () -> jdbc.queryForObject(
                "select count(*) from device_tokens where token = ?", Long.class, token));
    }

    /** Moves the device's last refresh {@code days} into the past. */
    public void age(UUID businessId, UUID deviceId, int days) {
        inTenant(businessId, () -> jdbc.update(
                "update device_tokens set refreshed_at = now() - make_interval(days => ?) where id = ?", days, deviceId));
    }

    private <T> T inTenant(UUID businessId, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(businessId, () -> transactions.execute(status -> work.get()));
    }
}
