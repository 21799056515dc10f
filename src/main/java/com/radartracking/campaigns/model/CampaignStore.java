package com.radartracking.campaigns.model;

import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.tenancy.TenantContext;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code campaigns} table in plain SQL, always under the current tenant (row-level security too). */
@Component
public class CampaignStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() { };
    private static final String COLUMNS = """
            c.id, c.business_id, c.name, c.kind, c.status, c.trigger::text as trigger, c.schedule::text as schedule,
            c.segment_id, c.location_ids, c.title, c.body, c.image_url, c.deep_link, c.data::text as data,
            c.starts_at, c.ends_at, c.next_run_at, c.last_run_at, c.created_by, c.created_at, c.updated_at,
            c.activated_at""";

    private final NamedParameterJdbcTemplate jdbc;

    CampaignStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters of the campaigns list; null fields do not filter. */
    public record Filter(Collection<CampaignStatus> statuses, CampaignKind kind, TriggerType trigger,
            boolean includeArchived) {
    }

    /** Inserts a new campaign with the settings of {@code campaign} (its status, times and id as given). */
    public void insert(Campaign campaign) {
        jdbc.update("""
                insert into campaigns (id, business_id, name, kind, status, trigger_type, trigger, schedule, segment_id,
                       location_ids, title, body, image_url, deep_link, data, starts_at, ends_at, next_run_at,
                       created_by, created_at, updated_at)
                values (:id, :businessId, :name, :kind, :status, :triggerType, cast(:trigger as jsonb),
                        cast(:schedule as jsonb), :segmentId, :locationIds, :title, :body, :imageUrl, :deepLink,
                        cast(:data as jsonb), :startsAt, :endsAt, :nextRunAt, :createdBy, :createdAt, :updatedAt)""",
                settings(campaign).addValue("status", campaign.status().name())
                        .addValue("nextRunAt", timestamp(campaign.nextRunAt()))
                        .addValue("createdBy", campaign.createdBy())
                        .addValue("createdAt", timestamp(campaign.createdAt())));
    }

    /** Replaces the editable settings (name, kind, trigger, schedule, audience, message, dates). */
    public boolean updateSettings(Campaign campaign) {
        return jdbc.update("""
                update campaigns set name = :name, kind = :kind, trigger_type = :triggerType,
                       trigger = cast(:trigger as jsonb), schedule = cast(:schedule as jsonb), segment_id = :segmentId,
                       location_ids = :locationIds, title = :title, body = :body, image_url = :imageUrl,
                       deep_link = :deepLink, data = cast(:data as jsonb), starts_at = :startsAt, ends_at = :endsAt,
                       updated_at = :updatedAt
                 where business_id = :businessId and id = :id""", settings(campaign)) == 1;
    }

    /**
     * Moves the campaign to {@code status} with its next run (null: none); activatedAt is set on first activation.
     *
     * <p>What the API ({@code campaigns.editing}) leaves for the schedulers: a SCHEDULED campaign's next_run_at is
     * its start (startsAt, or a one-off's sendAt); when it is due, the scheduler sets it ACTIVE with next_run_at =
     * {@code RunTimes.next(campaign, next_run_at - 1 ns, zone)} (so a one-off's sendAt is its own first run), null
     * for event triggers. An ACTIVE time-based campaign's next_run_at is its next run (a one-off without sendAt:
     * the activation time, due at once); ACTIVE event triggers have none. PAUSED, DRAFT, COMPLETED and ARCHIVED
     * campaigns have none either; resume recomputes it from the time of resuming.
     */
    public void setStatus(UUID id, CampaignStatus status, Instant nextRunAt, Instant now) {
        jdbc.update("""
                update campaigns set status = :status, next_run_at = :nextRunAt, updated_at = :now,
                       activated_at = case when :status in ('SCHEDULED', 'ACTIVE') then coalesce(activated_at, :now)
                                           else activated_at end
                 where business_id = :businessId and id = :id""",
                params(id).addValue("status", status.name()).addValue("nextRunAt", timestamp(nextRunAt))
                        .addValue("now", timestamp(now)));
    }

    /** Records a run of a scheduled campaign or time trigger and when the next is due (null: none). */
    public void recordRun(UUID id, Instant ranAt, Instant nextRunAt) {
        jdbc.update("""
                update campaigns set last_run_at = :ranAt, next_run_at = :nextRunAt
                 where business_id = :businessId and id = :id""",
                params(id).addValue("ranAt", timestamp(ranAt)).addValue("nextRunAt", timestamp(nextRunAt)));
    }

    @Transactional(readOnly = true)
    public Optional<Campaign> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from campaigns c where c.business_id = :businessId and c.id = :id",
                params(id), CampaignStore::map).stream().findFirst();
    }

    /** The campaign locked for the caller's transaction (one writer at a time: lifecycle changes, scheduler runs). */
    public Optional<Campaign> lock(UUID id) {
        return jdbc.query("select " + COLUMNS + " from campaigns c where c.business_id = :businessId and c.id = :id"
                + " for update", params(id), CampaignStore::map).stream().findFirst();
    }

    /**
     * The campaign locked in share mode for the caller's transaction: a run's concurrent batches hold it together,
     * while a lifecycle change ({@link #lock}) waits for them and they for it.
     */
    public Optional<Campaign> lockShared(UUID id) {
        return jdbc.query("select " + COLUMNS + " from campaigns c where c.business_id = :businessId and c.id = :id"
                + " for share", params(id), CampaignStore::map).stream().findFirst();
    }

    /** Several campaigns by id, in no particular order (a data loader's batch). */
    @Transactional(readOnly = true)
    public List<Campaign> findAll(Collection<UUID> ids) {
        return jdbc.query("select " + COLUMNS + " from campaigns c where c.business_id = :businessId"
                + " and c.id = any(:ids)", new MapSqlParameterSource("businessId", TenantContext.require())
                        .addValue("ids", ids.toArray(UUID[]::new)), CampaignStore::map);
    }

    /** The business's ACTIVE campaigns of one trigger type (the event triggers' lookup, a partial index). */
    public List<Campaign> active(TriggerType trigger) {
        return jdbc.query("select " + COLUMNS + " from campaigns c where c.business_id = :businessId"
                + " and c.status = 'ACTIVE' and c.trigger_type = :trigger",
                new MapSqlParameterSource("businessId", TenantContext.require()).addValue("trigger", trigger.name()),
                CampaignStore::map);
    }

    /** The business's time zone (schedules, birthdays and local times are in it). */
    @Transactional(readOnly = true)
    public java.time.ZoneId timeZone() {
        return java.time.ZoneId.of(jdbc.queryForObject("select time_zone from businesses where id = :businessId",
                new MapSqlParameterSource("businessId", TenantContext.require()), String.class));
    }

    /** Newest first, keyset paged on (created_at, id). */
    @Transactional(readOnly = true)
    public List<Campaign> page(PageArgs page, Filter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("limit", page.first() + 1);
        StringBuilder where = new StringBuilder(" where c.business_id = :businessId");
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" and c.status = any(:statuses)");
            params.addValue("statuses", filter.statuses().stream().map(Enum::name).toArray(String[]::new));
        } else if (!filter.includeArchived()) {
            where.append(" and c.status <> 'ARCHIVED'");
        }
        if (filter.kind() != null) {
            where.append(" and c.kind = :kind");
            params.addValue("kind", filter.kind().name());
        }
        if (filter.trigger() != null) {
            where.append(" and c.trigger_type = :trigger");
            params.addValue("trigger", filter.trigger().name());
        }
        if (page.position() != null) {
            where.append(" and (c.created_at, c.id) < (:afterCreatedAt, :afterId)");
            params.addValue("afterCreatedAt", page.position().createdAt().atOffset(ZoneOffset.UTC))
                    .addValue("afterId", page.position().id());
        }
        return jdbc.query("select " + COLUMNS + " from campaigns c" + where
                + " order by c.created_at desc, c.id desc limit :limit", params, CampaignStore::map);
    }

    private static MapSqlParameterSource settings(Campaign campaign) {
        return params(campaign.id())
                .addValue("name", campaign.name())
                .addValue("kind", campaign.kind().name())
                .addValue("triggerType", campaign.triggerType() == null ? null : campaign.triggerType().name())
                .addValue("trigger", campaign.trigger() == null ? null : JSON.writeValueAsString(campaign.trigger()))
                .addValue("schedule", campaign.schedule() == null ? null : JSON.writeValueAsString(campaign.schedule()))
                .addValue("segmentId", campaign.segmentId())
                .addValue("locationIds", campaign.locationIds().toArray(UUID[]::new))
                .addValue("title", campaign.message().title())
                .addValue("body", campaign.message().body())
                .addValue("imageUrl", campaign.message().imageUrl())
                .addValue("deepLink", campaign.message().deepLink())
                .addValue("data", JSON.writeValueAsString(campaign.message().data()))
                .addValue("startsAt", timestamp(campaign.startsAt()))
                .addValue("endsAt", timestamp(campaign.endsAt()))
                .addValue("updatedAt", timestamp(campaign.updatedAt()));
    }

    private static MapSqlParameterSource params(UUID id) {
        return new MapSqlParameterSource("id", id).addValue("businessId", TenantContext.require());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Campaign map(ResultSet rs, int row) throws SQLException {
        String trigger = rs.getString("trigger");
        String schedule = rs.getString("schedule");
        Array locations = rs.getArray("location_ids");
        return new Campaign(rs.getObject("id", UUID.class), rs.getObject("business_id", UUID.class),
                rs.getString("name"), CampaignKind.valueOf(rs.getString("kind")),
                CampaignStatus.valueOf(rs.getString("status")),
                trigger == null ? null : JSON.readValue(trigger, TriggerSettings.class),
                schedule == null ? null : JSON.readValue(schedule, CampaignSchedule.class),
                rs.getString("segment_id"),
                locations == null ? List.of() : Arrays.asList((UUID[]) locations.getArray()),
                new CampaignMessage(rs.getString("title"), rs.getString("body"), rs.getString("image_url"),
                        rs.getString("deep_link"), JSON.readValue(rs.getString("data"), DATA)),
                instant(rs, "starts_at"), instant(rs, "ends_at"), instant(rs, "next_run_at"),
                instant(rs, "last_run_at"), rs.getObject("created_by", UUID.class), instant(rs, "created_at"),
                instant(rs, "updated_at"), instant(rs, "activated_at"));
    }
}
