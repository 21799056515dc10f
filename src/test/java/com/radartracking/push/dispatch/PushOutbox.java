package com.radartracking.push.dispatch;

import com.radartracking.platform.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plants outbox rows for the dispatcher's integration tests the way fan-out writes them (as the application
 * role, under the business's tenant, so row-level security checks every insert), and reads them back the
 * same way.
 */
final class PushOutbox {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    PushOutbox(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    record Device(UUID businessId, UUID customerId, UUID deviceId, String token) {
    }

    /** A customer with one device whose token is {@code token}. */
    Device device(UUID businessId, String token) {
        UUID customer = UUID.randomUUID();
        UUID device = UUID.randomUUID();
        inTenant(businessId, () -> {
            jdbc.update("insert into customers (id, business_id, first_name) values (?, ?, 'Ana')", customer, businessId);
            jdbc.update("""
                    insert into device_tokens (id, business_id, customer_id, token, token_kind, platform)
                    values (?, ?, ?, ?, 'FCM_TOKEN', 'ANDROID')""", device, businessId, customer, token);
        });
        return new Device(businessId, customer, device, token);
    }

    /** A send with every row written (status QUEUED). */
    UUID send(UUID businessId) {
        UUID send = UUID.randomUUID();
        inTenant(businessId, () -> jdbc.update("""
                insert into push_sends (id, business_id, audience_kind, title, body, status)
                values (?, ?, 'ALL', 'Hola', 'Cuerpo', 'QUEUED')""", send, businessId));
        return send;
    }

    /** A QUEUED row of {@code send} for {@code device}, due {@code dueInSeconds} from now (negative: overdue). */
    UUID queue(UUID send, Device device, int dueInSeconds) {
        UUID id = UUID.randomUUID();
        inTenant(device.businessId(), () -> jdbc.update("""
                insert into notifications (id, business_id, send_id, customer_id, device_token_id, title, body, data,
                                           status, due_at, created_at)
                select ?, ?, ?, ?, ?, 'Hola Ana', 'Tienes 10 puntos', '{"deepLink": "app://points", "points": 10}',
                       'QUEUED', now() + make_interval(secs => ?), s.created_at
                  from push_sends s where s.id = ?""",
                id, device.businessId(), send, device.customerId(), device.deviceId(), dueInSeconds, send));
        return id;
    }

    List<UUID> queueMany(UUID send, UUID businessId, String tokenPrefix, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(queue(send, device(businessId, tokenPrefix + "-" + i + "-" + UUID.randomUUID()), -1));
        }
        return ids;
    }

    Map<String, Object> row(UUID businessId, UUID notificationId) {
        return TenantContext.callAs(businessId, () -> transactions.execute(status -> jdbc.queryForMap("""
                select status, attempts, provider_message_id, error_code, error_message, held_reason, sent_at,
                       failed_at, lease_until, due_at, extract(epoch from due_at - now()) as due_in_seconds
                  from notifications where id = ?""", notificationId)));
    }

    String status(UUID businessId, UUID notificationId) {
        return (String) row(businessId, notificationId).get("status");
    }

    Map<String, Object> sendRow(UUID businessId, UUID send) {
        return TenantContext.callAs(businessId, () -> transactions.execute(status -> jdbc.queryForMap(
                "select status, completed_at from push_sends where id = ?", send)));
    }

    Map<String, Object> deviceRow(Device device) {
        return TenantContext.callAs(device.businessId(), () -> transactions.execute(status -> jdbc.queryForMap(
                "select deactivated_at, deactivation_reason from device_tokens where id = ?", device.deviceId())));
    }

    Map<String, Object> settings(UUID businessId) {
        return TenantContext.callAs(businessId, () -> transactions.execute(status -> jdbc.queryForList(
                "select blocked_at, blocked_reason from push_settings where business_id = ?", businessId).stream()
                .findFirst().orElse(Map.of())));
    }

    void inTenant(UUID businessId, Runnable work) {
        TenantContext.runAs(businessId, () -> transactions.executeWithoutResult(status -> work.run()));
    }
}
