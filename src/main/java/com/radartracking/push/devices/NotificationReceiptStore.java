package com.radartracking.push.devices;

import com.radartracking.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link NotificationReceipts} on the notifications outbox: one UPDATE per report, matched on id, business
 * and customer, with COALESCE so the first report's time stays. The row is found without its partition key
 * (the app knows only the id), which probes each monthly partition's primary-key index once.
 *
 * <p>Any status is accepted: the device may show a message before the dispatcher has recorded it SENT.
 * Reports are telemetry, not changes a person makes, so they do not write the activity log.
 */
@Service
class NotificationReceiptStore implements NotificationReceipts {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    NotificationReceiptStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void received(UUID customerId, UUID notificationId) {
        OffsetDateTime now = now();
        found(notificationId, jdbc.update("""
                update notifications set received_at = coalesce(received_at, ?)
                 where id = ? and business_id = ? and customer_id = ?""",
                now, notificationId, TenantContext.require(), customerId));
    }

    @Override
    @Transactional
    public void opened(UUID customerId, UUID notificationId) {
        OffsetDateTime now = now();
        // The right-hand sides read the row as it was: an earlier receipt keeps its own time.
        found(notificationId, jdbc.update("""
                update notifications set opened_at = coalesce(opened_at, ?), received_at = coalesce(received_at, ?)
                 where id = ? and business_id = ? and customer_id = ?""",
                now, now, notificationId, TenantContext.require(), customerId));
    }

    private static void found(UUID notificationId, int updated) {
        if (updated == 0) {
            throw DeviceException.notificationNotFound(notificationId);
        }
    }

    private OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
