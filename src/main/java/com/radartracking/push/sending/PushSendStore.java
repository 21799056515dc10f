package com.radartracking.push.sending;

import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** push_sends in plain SQL, under the current tenant (named explicitly too, for the indexes). */
@Component
class PushSendStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            s.id, s.business_id, s.campaign_id, s.created_by, s.audience_kind, s.audience::text as audience, s.title,
            s.body, s.image_url, s.deep_link, s.data::text as data, s.status, s.scheduled_at, s.expanded_through,
            s.idempotency_key, s.recipients, s.skipped, s.created_at, s.cancelled_at, s.completed_at, s.geofence_id""";
    static final RowMapper<PushSendView> ROW = PushSendStore::map;

    private final NamedParameterJdbcTemplate jdbc;

    PushSendStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record NewSend(UUID id, UUID createdBy, PushAudience audience, String audienceSummary, PushMessage message,
            String status, Instant scheduledAt, String idempotencyKey, Instant createdAt) {
    }

    /**
     * Inserts the send unless its idempotency key was used before (the unique index decides, so two
     * concurrent requests with one key insert once: the second waits for the first and inserts nothing).
     * True when this call inserted it.
     */
    boolean insert(NewSend send) {
        String audience = send.audience().toJson();
        Map<String, Object> withSummary = JSON.readValue(audience, new TypeReference<Map<String, Object>>() { });
        withSummary.put("summary", send.audienceSummary());
        return !jdbc.queryForList("""
                insert into push_sends (id, business_id, created_by, audience_kind, audience, title, body, image_url,
                                        deep_link, data, status, scheduled_at, idempotency_key, created_at)
                values (:id, :businessId, :createdBy, :kind, cast(:audience as jsonb), :title, :body, :imageUrl,
                        :deepLink, cast(:data as jsonb), :status, :scheduledAt, :key, :createdAt)
                on conflict (business_id, idempotency_key) where idempotency_key is not null do nothing
                returning id""", new MapSqlParameterSource("id", send.id())
                .addValue("businessId", TenantContext.require()).addValue("createdBy", send.createdBy())
                .addValue("kind", send.audience().kind().name()).addValue("audience", JSON.writeValueAsString(withSummary))
                .addValue("title", send.message().title()).addValue("body", send.message().body())
                .addValue("imageUrl", send.message().imageUrl()).addValue("deepLink", send.message().deepLink())
                .addValue("data", JSON.writeValueAsString(send.message().data())).addValue("status", send.status())
                .addValue("scheduledAt", send.scheduledAt().atOffset(ZoneOffset.UTC)).addValue("key", send.idempotencyKey())
                .addValue("createdAt", send.createdAt().atOffset(ZoneOffset.UTC)), UUID.class).isEmpty();
    }

    /** Records {@code count} UNKNOWN_CUSTOMER skips of the send. */
    void skipUnknown(UUID sendId, int count) {
        // The ids are not kept: they name no customer of this business (they may be another business's).
        jdbc.update("""
                insert into push_skips (id, business_id, send_id, customer_id, reason)
                select gen_random_uuid(), :businessId, :sendId, null, 'UNKNOWN_CUSTOMER' from generate_series(1, :count)""",
                new MapSqlParameterSource("count", count).addValue("businessId", TenantContext.require())
                        .addValue("sendId", sendId));
    }

    /**
     * A trigger's send (GeoPush, campaign): no user, no idempotency key, marked with where it came from.
     * With a {@code skipReason} it is written DONE with that one skip of its customer, in one statement.
     */
    void insertTriggered(NewSend send, UUID campaignId, UUID geofenceId, String skipReason) {
        String insert = """
                insert into push_sends (id, business_id, campaign_id, geofence_id, audience_kind, audience, title, body,
                                        image_url, deep_link, data, status, scheduled_at, skipped, created_at,
                                        completed_at)
                values (:id, :businessId, :campaignId, :geofenceId, :kind, cast(:audience as jsonb), :title, :body,
                        :imageUrl, :deepLink, cast(:data as jsonb), :status, :scheduledAt, :skipped, :createdAt,
                        case when :status = 'DONE' then cast(:createdAt as timestamptz) end)""";
        String sql = skipReason == null ? insert : "with send as (" + insert + " returning id)" + """
                 insert into push_skips (id, business_id, send_id, customer_id, reason, created_at)
                 select gen_random_uuid(), :businessId, send.id, :customerId, :reason, :createdAt from send""";
        Map<String, Object> audience = JSON.readValue(send.audience().toJson(), new TypeReference<Map<String, Object>>() { });
        audience.put("summary", send.audienceSummary());
        jdbc.update(sql, new MapSqlParameterSource("id", send.id())
                .addValue("businessId", TenantContext.require()).addValue("campaignId", campaignId)
                .addValue("geofenceId", geofenceId).addValue("kind", send.audience().kind().name())
                .addValue("audience", JSON.writeValueAsString(audience))
                .addValue("title", send.message().title()).addValue("body", send.message().body())
                .addValue("imageUrl", send.message().imageUrl()).addValue("deepLink", send.message().deepLink())
                .addValue("data", JSON.writeValueAsString(send.message().data())).addValue("status", send.status())
                .addValue("scheduledAt", send.scheduledAt().atOffset(ZoneOffset.UTC))
                .addValue("skipped", skipReason == null ? 0 : 1)
                .addValue("createdAt", send.createdAt().atOffset(ZoneOffset.UTC))
                .addValue("customerId", send.audience().customerId()).addValue("reason", skipReason));
    }

    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    Optional<PushSendView> byIdempotencyKey(String key) {
        return jdbc.query("select " + COLUMNS + " from push_sends s where s.business_id = :businessId"
                + " and s.idempotency_key = :key", new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("key", key), ROW).stream().findFirst();
    }

    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    Optional<PushSendView> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from push_sends s where s.business_id = :businessId and s.id = :id",
                Map.of("businessId", TenantContext.require(), "id", id), ROW).stream().findFirst();
    }

    /** The send, locked for this transaction (fan-out chunk, cancellation). */
    Optional<PushSendView> lock(UUID id, boolean skipLocked) {
        return jdbc.query("select " + COLUMNS + " from push_sends s where s.business_id = :businessId and s.id = :id"
                + " for update" + (skipLocked ? " skip locked" : ""),
                Map.of("businessId", TenantContext.require(), "id", id), ROW).stream().findFirst();
    }

    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    List<PushSendView> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select " + COLUMNS + " from push_sends s where s.business_id = :businessId"
                + " and s.id = any(:ids)", new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("ids", ids.toArray(UUID[]::new)), ROW);
    }

    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    List<PushSendView> page(String status, String origin, Instant createdFrom, Instant createdTo, PageArgs page) {
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("limit", page.first() + 1);
        StringBuilder where = new StringBuilder("s.business_id = :businessId");
        if (status != null) {
            where.append(" and s.status = :status");
            params.addValue("status", status);
        }
        if (origin != null) {
            where.append(switch (origin) {
                case "GEOPUSH" -> " and s.geofence_id is not null";
                case "CAMPAIGN" -> " and s.campaign_id is not null";
                default -> " and s.geofence_id is null and s.campaign_id is null";
            });
        }
        if (createdFrom != null) {
            where.append(" and s.created_at >= :createdFrom");
            params.addValue("createdFrom", createdFrom.atOffset(ZoneOffset.UTC));
        }
        if (createdTo != null) {
            where.append(" and s.created_at < :createdTo");
            params.addValue("createdTo", createdTo.atOffset(ZoneOffset.UTC));
        }
        PageArgs.Position after = page.position();
        if (after != null) {
            where.append(" and (s.created_at, s.id) < (:afterCreatedAt, :afterId)");
            params.addValue("afterCreatedAt", after.createdAt().atOffset(ZoneOffset.UTC)).addValue("afterId", after.id());
        }
        return jdbc.query("select " + COLUMNS + " from push_sends s where " + where
                + " order by s.created_at desc, s.id desc limit :limit", params, ROW);
    }

    /** Moves a send on after a chunk (or the whole inline expansion): position, counts, status. */
    void progress(UUID id, UUID expandedThrough, int written, int skipped, String status) {
        jdbc.update("""
                update push_sends set expanded_through = coalesce(cast(:through as uuid), expanded_through),
                       recipients = recipients + :written, skipped = skipped + :skipped, status = :status,
                       completed_at = case when :status = 'DONE' then now() else completed_at end
                 where business_id = :businessId and id = :id""",
                new MapSqlParameterSource("businessId", TenantContext.require()).addValue("id", id)
                        .addValue("through", expandedThrough).addValue("written", written)
                        .addValue("skipped", skipped).addValue("status", status));
    }

    void cancel(UUID id) {
        jdbc.update("""
                update push_sends set status = 'CANCELLED', cancelled_at = now()
                 where business_id = :businessId and id = :id""", Map.of("businessId", TenantContext.require(), "id", id));
    }

    private static PushSendView map(ResultSet rs, int row) throws SQLException {
        Map<String, Object> audience = JSON.readValue(rs.getString("audience"), new TypeReference<Map<String, Object>>() { });
        Map<String, String> data = JSON.readValue(rs.getString("data"), new TypeReference<java.util.LinkedHashMap<String, String>>() { });
        Object summary = audience.get("summary");
        return new PushSendView(rs.getObject("id", UUID.class), rs.getObject("business_id", UUID.class),
                rs.getString("audience_kind"), rs.getString("audience"),
                summary == null ? rs.getString("audience_kind") : summary.toString(), rs.getString("title"),
                rs.getString("body"), rs.getString("image_url"), rs.getString("deep_link"), data,
                rs.getString("status"), instant(rs, "scheduled_at"), rs.getObject("created_by", UUID.class),
                rs.getObject("campaign_id", UUID.class), rs.getString("idempotency_key"), rs.getInt("recipients"),
                rs.getInt("skipped"), rs.getObject("expanded_through", UUID.class), instant(rs, "created_at"),
                instant(rs, "cancelled_at"), instant(rs, "completed_at"), rs.getObject("geofence_id", UUID.class));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
