package com.radartracking.push.sending;

import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read side of push in plain SQL, one statement per page and one per batch of parents (the data
 * loaders), under the current tenant, named explicitly too so the (business_id, ...) indexes are used.
 */
@Component
@org.springframework.transaction.annotation.Transactional(readOnly = true)
class PushQueries {

    private static final String NOTIFICATION_COLUMNS = """
            n.id, n.business_id, n.send_id, n.campaign_id, n.customer_id, n.device_token_id, n.title, n.body,
            n.image_url, n.status, n.due_at, n.held_reason, n.attempts, n.provider_message_id, n.error_code,
            n.error_message, n.sent_at, n.failed_at, n.received_at, n.opened_at, n.created_at""";
    private static final String SKIP_COLUMNS = "k.id, k.business_id, k.send_id, k.customer_id, k.reason, k.created_at";
    private static final RowMapper<NotificationView> NOTIFICATION = PushQueries::notification;
    private static final RowMapper<SkipView> SKIP = (rs, row) -> new SkipView(rs.getObject("id", UUID.class),
            rs.getObject("business_id", UUID.class), rs.getObject("send_id", UUID.class),
            rs.getObject("customer_id", UUID.class), rs.getString("reason"), PushSendStore.instant(rs, "created_at"));

    private final NamedParameterJdbcTemplate jdbc;
    private final Fanout fanout;

    PushQueries(NamedParameterJdbcTemplate jdbc, Fanout fanout) {
        this.jdbc = jdbc;
        this.fanout = fanout;
    }

    /** Which notifications a list shows; every field optional, combined with AND. */
    record NotificationFilter(String status, UUID sendId, UUID campaignId, UUID customerId, Instant createdFrom,
            Instant createdTo) {
        static final NotificationFilter NONE = new NotificationFilter(null, null, null, null, null, null);
    }

    record SkipFilter(UUID sendId, UUID customerId, String reason) {
    }

    record SkipCount(String reason, int count) {
    }

    List<NotificationView> notifications(NotificationFilter filter, PageArgs page) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = notificationWhere(filter, params) + keyset(page, "n", params).orElse("");
        params.addValue("limit", page.first() + 1);
        return jdbc.query("select " + NOTIFICATION_COLUMNS + " from notifications n where " + where
                + " order by n.created_at desc, n.id desc limit :limit", params, NOTIFICATION);
    }

    NotificationCounts counts(NotificationFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = notificationWhere(filter, params);
        return jdbc.queryForObject("select " + NotificationCounts.SQL + " from notifications n where " + where, params,
                (rs, row) -> NotificationCounts.map(rs));
    }

    /** Per-state counts of each send's notifications, in one statement. */
    Map<UUID, NotificationCounts> countsBySend(Collection<UUID> sendIds) {
        return countsBy("send_id", sendIds);
    }

    Map<UUID, NotificationCounts> countsByCustomer(Collection<UUID> customerIds) {
        return countsBy("customer_id", customerIds);
    }

    private Map<UUID, NotificationCounts> countsBy(String column, Collection<UUID> ids) {
        Map<UUID, NotificationCounts> counts = new HashMap<>();
        jdbc.query("select n." + column + " as key, " + NotificationCounts.SQL + " from notifications n"
                + " where n.business_id = :businessId and n." + column + " = any(:ids) group by n." + column,
                ids(ids), rs -> {
                    counts.put(rs.getObject("key", UUID.class), NotificationCounts.map(rs));
                });
        return counts;
    }

    /** Whose rows a batched page lists: a send's or a customer's. */
    enum Parent {
        SEND("send_id"), CUSTOMER("customer_id");

        private final String column;

        Parent(String column) {
            this.column = column;
        }
    }

    /**
     * The newest {@code page.first() + 1} notifications of each parent (after the keyset position, if any,
     * and in {@code status} if given), for a whole batch of parents in one statement.
     */
    Map<UUID, List<NotificationView>> notificationsOf(Parent parent, Collection<UUID> parentIds, PageArgs page,
            String status) {
        MapSqlParameterSource params = ids(parentIds).addValue("limit", page.first() + 1);
        String where = keyset(page, "n", params).orElse("");
        if (status != null) {
            where += " and n.status = :status";
            params.addValue("status", status);
        }
        Map<UUID, List<NotificationView>> found = new LinkedHashMap<>();
        jdbc.query("select p.id as parent_id, " + NOTIFICATION_COLUMNS + " from unnest(cast(:ids as uuid[])) as p(id)"
                + " cross join lateral (select " + NOTIFICATION_COLUMNS + " from notifications n"
                + " where n.business_id = :businessId and n." + parent.column + " = p.id" + where
                + " order by n.created_at desc, n.id desc limit :limit) n", params, rs -> {
                    found.computeIfAbsent(rs.getObject("parent_id", UUID.class), id -> new ArrayList<>())
                            .add(NOTIFICATION.mapRow(rs, 0));
                });
        return found;
    }

    List<SkipView> skips(SkipFilter filter, PageArgs page) {
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("limit", page.first() + 1);
        StringBuilder where = new StringBuilder("k.business_id = :businessId");
        if (filter.sendId() != null) {
            where.append(" and k.send_id = :sendId");
            params.addValue("sendId", filter.sendId());
        }
        if (filter.customerId() != null) {
            where.append(" and k.customer_id = :customerId");
            params.addValue("customerId", filter.customerId());
        }
        if (filter.reason() != null) {
            where.append(" and k.reason = :reason");
            params.addValue("reason", filter.reason());
        }
        where.append(keyset(page, "k", params).orElse(""));
        return jdbc.query("select " + SKIP_COLUMNS + " from push_skips k where " + where
                + " order by k.created_at desc, k.id desc limit :limit", params, SKIP);
    }

    /** Like {@link #notificationsOf}: each parent's newest skips (of {@code reason} if given), one statement. */
    Map<UUID, List<SkipView>> skipsOf(Parent parent, Collection<UUID> parentIds, PageArgs page, String reason) {
        MapSqlParameterSource params = ids(parentIds).addValue("limit", page.first() + 1);
        String where = keyset(page, "k", params).orElse("");
        if (reason != null) {
            where += " and k.reason = :reason";
            params.addValue("reason", reason);
        }
        Map<UUID, List<SkipView>> found = new LinkedHashMap<>();
        jdbc.query("select p.id as parent_id, " + SKIP_COLUMNS + " from unnest(cast(:ids as uuid[])) as p(id)"
                + " cross join lateral (select " + SKIP_COLUMNS + " from push_skips k"
                + " where k.business_id = :businessId and k." + parent.column + " = p.id" + where
                + " order by k.created_at desc, k.id desc limit :limit) k", params, rs -> {
                    found.computeIfAbsent(rs.getObject("parent_id", UUID.class), id -> new ArrayList<>())
                            .add(SKIP.mapRow(rs, 0));
                });
        return found;
    }

    Map<UUID, List<SkipCount>> skipCountsBySend(Collection<UUID> sendIds) {
        Map<UUID, List<SkipCount>> found = new HashMap<>();
        jdbc.query("select k.send_id, k.reason, count(*) as n from push_skips k where k.business_id = :businessId"
                + " and k.send_id = any(:ids) group by k.send_id, k.reason order by k.send_id, k.reason", ids(sendIds),
                rs -> {
                    found.computeIfAbsent(rs.getObject("send_id", UUID.class), id -> new ArrayList<>())
                            .add(new SkipCount(rs.getString("reason"), rs.getInt("n")));
                });
        return found;
    }

    /** Each customer's devices, active ones first, then the newest. */
    Map<UUID, List<DeviceView>> devicesOfCustomers(Collection<UUID> customerIds) {
        Map<UUID, List<DeviceView>> found = new HashMap<>();
        jdbc.query(deviceSelect() + " and d.customer_id = any(:ids)"
                + " order by d.customer_id, d.deactivated_at is not null, d.created_at desc, d.id desc",
                ids(customerIds).addValue("freshSince", freshSince()), rs -> {
                    DeviceView device = device(rs);
                    found.computeIfAbsent(device.customerId(), id -> new ArrayList<>()).add(device);
                });
        return found;
    }

    Map<UUID, DeviceView> devices(Collection<UUID> ids) {
        Map<UUID, DeviceView> found = new HashMap<>();
        jdbc.query(deviceSelect() + " and d.id = any(:ids)", ids(ids).addValue("freshSince", freshSince()), rs -> {
            DeviceView device = device(rs);
            found.put(device.id(), device);
        });
        return found;
    }

    /** Display names of the users who made sends. */
    Map<UUID, String> userNames(Collection<UUID> ids) {
        Map<UUID, String> found = new HashMap<>();
        jdbc.query("select u.id, u.display_name from users u where u.business_id = :businessId and u.id = any(:ids)",
                ids(ids), rs -> {
                    found.put(rs.getObject("id", UUID.class), rs.getString("display_name"));
                });
        return found;
    }

    boolean customerExists(UUID id) {
        return exists("select exists (select 1 from customers c where c.business_id = :businessId and c.id = :id)", id);
    }

    boolean sendExists(UUID id) {
        return exists("select exists (select 1 from push_sends s where s.business_id = :businessId and s.id = :id)", id);
    }

    private boolean exists(String sql, UUID id) {
        return Boolean.TRUE.equals(jdbc.queryForObject(sql,
                Map.of("businessId", TenantContext.require(), "id", id), Boolean.class));
    }

    private String notificationWhere(NotificationFilter filter, MapSqlParameterSource params) {
        params.addValue("businessId", TenantContext.require());
        StringBuilder where = new StringBuilder("n.business_id = :businessId");
        if (filter.status() != null) {
            where.append(" and n.status = :status");
            params.addValue("status", filter.status());
        }
        if (filter.sendId() != null) {
            where.append(" and n.send_id = :sendId");
            params.addValue("sendId", filter.sendId());
        }
        if (filter.campaignId() != null) {
            where.append(" and n.campaign_id = :campaignId");
            params.addValue("campaignId", filter.campaignId());
        }
        if (filter.customerId() != null) {
            where.append(" and n.customer_id = :customerId");
            params.addValue("customerId", filter.customerId());
        }
        if (filter.createdFrom() != null) {
            where.append(" and n.created_at >= :createdFrom");
            params.addValue("createdFrom", filter.createdFrom().atOffset(ZoneOffset.UTC));
        }
        if (filter.createdTo() != null) {
            where.append(" and n.created_at < :createdTo");
            params.addValue("createdTo", filter.createdTo().atOffset(ZoneOffset.UTC));
        }
        return where.toString();
    }

    private static java.util.Optional<String> keyset(PageArgs page, String alias, MapSqlParameterSource params) {
        PageArgs.Position after = page.position();
        if (after == null) {
            return java.util.Optional.empty();
        }
        params.addValue("afterCreatedAt", after.createdAt().atOffset(ZoneOffset.UTC)).addValue("afterId", after.id());
        return java.util.Optional.of(" and (" + alias + ".created_at, " + alias + ".id) < (:afterCreatedAt, :afterId)");
    }

    private static MapSqlParameterSource ids(Collection<UUID> ids) {
        return new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("ids", ids.toArray(UUID[]::new));
    }

    private java.sql.Timestamp freshSince() {
        return java.sql.Timestamp.from(Instant.now().minus(fanout.staleAfter()));
    }

    private static String deviceSelect() {
        return """
                select d.id, d.customer_id, d.platform, d.app_version, d.locale, d.time_zone, d.created_at,
                       d.refreshed_at, d.deactivated_at, d.deactivation_reason, d.refreshed_at < :freshSince as stale
                  from device_tokens d where d.business_id = :businessId""";
    }

    private static DeviceView device(ResultSet rs) throws SQLException {
        Instant deactivatedAt = PushSendStore.instant(rs, "deactivated_at");
        return new DeviceView(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                rs.getString("platform"), rs.getString("app_version"), rs.getString("locale"),
                rs.getString("time_zone"), deactivatedAt == null, rs.getBoolean("stale"),
                PushSendStore.instant(rs, "created_at"), PushSendStore.instant(rs, "refreshed_at"), deactivatedAt,
                rs.getString("deactivation_reason"));
    }

    private static NotificationView notification(ResultSet rs, int row) throws SQLException {
        return new NotificationView(rs.getObject("id", UUID.class), rs.getObject("business_id", UUID.class),
                rs.getObject("send_id", UUID.class), rs.getObject("campaign_id", UUID.class),
                rs.getObject("customer_id", UUID.class), rs.getObject("device_token_id", UUID.class),
                rs.getString("title"), rs.getString("body"), rs.getString("image_url"), rs.getString("status"),
                PushSendStore.instant(rs, "due_at"), rs.getString("held_reason"), rs.getInt("attempts"),
                rs.getString("provider_message_id"), rs.getString("error_code"), rs.getString("error_message"),
                PushSendStore.instant(rs, "sent_at"), PushSendStore.instant(rs, "failed_at"),
                PushSendStore.instant(rs, "received_at"), PushSendStore.instant(rs, "opened_at"),
                PushSendStore.instant(rs, "created_at"));
    }
}
