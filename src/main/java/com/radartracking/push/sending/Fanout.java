package com.radartracking.push.sending;

import com.radartracking.customers.CustomerSegments;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Expands one keyset chunk of a send's audience into the outbox, set-based, in the caller's transaction:
 * one INSERT ... SELECT writes a personalised notification per fresh active device of every consenting
 * customer in the chunk (held back by the frequency cap and quiet hours), another the skipped customers
 * with their reason. Re-running a chunk (a resumed expansion) writes nothing twice: notifications hit
 * the per-send unique index (send, device, the send's created_at), skips are written once per customer.
 *
 * <p>The statement reads the customers module's customers and consents and the loyalty module's cards
 * (for {{points}}): set-based fan-out of a million customers cannot go through their Java APIs one by one.
 * The audience condition itself is the customers list's (CustomerSegments), not a copy of it.
 */
@Component
class Fanout {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NamedParameterJdbcTemplate jdbc;
    private final Duration staleAfter;

    Fanout(NamedParameterJdbcTemplate jdbc, @Value("${radar.push.devices.stale-after:30d}") Duration staleAfter) {
        this.jdbc = jdbc;
        this.staleAfter = staleAfter;
    }

    Duration staleAfter() {
        return staleAfter;
    }

    /** What one chunk did: customers read, the last id (the keyset position), rows written and skips. */
    record Chunk(int customers, UUID lastId, int written, int skipped) {
    }

    Chunk expand(PushSendView send, PushSettings settings, UUID after, int chunkSize) {
        CustomerSegments.Condition audience = send.audience().condition(send.businessId());
        MapSqlParameterSource params = new MapSqlParameterSource(new HashMap<>(audience.params()));
        Instant now = Instant.now();
        Instant dueAt = send.scheduledAt().isAfter(now) ? send.scheduledAt() : now;
        params.addValue("businessId", send.businessId())
                .addValue("sendId", send.id())
                .addValue("campaignId", send.campaignId())
                .addValue("after", after)
                .addValue("chunkSize", chunkSize)
                .addValue("freshSince", Timestamp.from(now.minus(staleAfter)))
                .addValue("programId", firstActiveProgram(send.businessId()))
                .addValue("title", withBusinessName(send.title(), settings))
                .addValue("body", withBusinessName(send.body(), settings))
                .addValue("imageUrl", send.imageUrl())
                .addValue("data", JSON.writeValueAsString(send.message().deliveryData()))
                .addValue("dueAt", dueAt.atOffset(ZoneOffset.UTC))
                .addValue("createdAt", send.createdAt().atOffset(ZoneOffset.UTC))
                .addValue("tz", settings.timeZone())
                .addValue("quietStart", settings.quietHoursStart())
                .addValue("quietEnd", settings.quietHoursEnd());
        String capDue = "cast(null as timestamptz)";
        if (settings.frequencyCap() != null) {
            params.addValue("capWindowSeconds", settings.frequencyCapWindow().toSeconds())
                    .addValue("capOffset", settings.frequencyCap() - 1);
            // The cap-th latest message still inside the window before dueAt decides when there is room.
            capDue = """
                    (select m.t + make_interval(secs => :capWindowSeconds) from (
                        select min(coalesce(n.sent_at, n.due_at)) as t from notifications n
                         where n.business_id = :businessId and n.customer_id = f.id
                           and n.status in ('QUEUED', 'SENDING', 'SENT')
                         group by coalesce(n.send_id, n.id)) m
                      where m.t > cast(:dueAt as timestamptz) - make_interval(secs => :capWindowSeconds)
                      order by m.t desc offset :capOffset limit 1)""";
        }
        String sql = """
                with chunk as materialized (
                    select c.id, c.first_name, c.last_name from customers c
                     where %s and (cast(:after as uuid) is null or c.id > cast(:after as uuid))
                     order by c.id limit :chunkSize
                ), probed as (
                    -- One look at the customer's active devices: null without any, false when all are stale.
                    select ch.id, ch.first_name, ch.last_name,
                           exists (select 1 from consents k where k.business_id = :businessId and k.customer_id = ch.id
                                      and k.type = 'PUSH' and k.granted) as consent,
                           (select bool_or(d.refreshed_at >= :freshSince) from device_tokens d
                             where d.business_id = :businessId and d.customer_id = ch.id
                               and d.deactivated_at is null) as fresh_device
                      from chunk ch
                ), facts as (
                    select p.id, p.first_name, p.last_name, p.consent, p.fresh_device is not null as has_device,
                           coalesce(p.fresh_device, false) as has_fresh
                      from probed p
                ), skipped as (
                    insert into push_skips (id, business_id, send_id, customer_id, reason, created_at)
                    select gen_random_uuid(), :businessId, :sendId, f.id,
                           case when not f.consent then 'NO_CONSENT' when not f.has_device then 'NO_DEVICE'
                                else 'STALE_TOKEN' end, now()
                      from facts f
                     where not (f.consent and f.has_fresh)
                       and not exists (select 1 from push_skips s where s.business_id = :businessId
                                          and s.customer_id = f.id and s.send_id = :sendId)
                    returning 1
                ), targets as (
                    select f.id, f.first_name, f.last_name,
                           coalesce((select lc.balance from loyalty_cards lc where lc.business_id = :businessId
                                        and lc.customer_id = f.id and lc.program_id = cast(:programId as uuid)), 0)
                               as points,
                           greatest(cast(:dueAt as timestamptz), %s) as base_due
                      from facts f where f.consent and f.has_fresh
                ), timed as (
                    select t.*, push_quiet_release(t.base_due, :tz, cast(:quietStart as time),
                                                   cast(:quietEnd as time)) as due_at
                      from targets t
                ), written as (
                    insert into notifications (id, business_id, send_id, campaign_id, customer_id, device_token_id,
                                               title, body, image_url, data, status, due_at, held_reason, created_at)
                    select gen_random_uuid(), :businessId, :sendId, cast(:campaignId as uuid), t.id, d.id,
                           %s, %s, :imageUrl, cast(:data as jsonb), 'QUEUED', t.due_at,
                           case when t.base_due > cast(:dueAt as timestamptz) then 'FREQUENCY_CAP'
                                when t.due_at > t.base_due then 'QUIET_HOURS' end,
                           cast(:createdAt as timestamptz)
                      from timed t
                      join device_tokens d on d.business_id = :businessId and d.customer_id = t.id
                                          and d.deactivated_at is null and d.refreshed_at >= :freshSince
                    on conflict (send_id, device_token_id, created_at) do nothing
                    returning 1
                )
                select (select count(*) from chunk) as customers,
                       (select id from chunk order by id desc limit 1) as last_id,
                       (select count(*) from written) as written,
                       (select count(*) from skipped) as skipped
                """.formatted(audience.sql(), capDue, personalised("t", ":title"), personalised("t", ":body"));
        return jdbc.queryForObject(sql, params, (rs, row) -> new Chunk(rs.getInt("customers"),
                rs.getObject("last_id", UUID.class), rs.getInt("written"), rs.getInt("skipped")));
    }

    /** The business's first active program, whose card balance {{points}} shows (0 without a card). */
    UUID firstActiveProgram(UUID businessId) {
        return jdbc.query("""
                select id from loyalty_programs where business_id = :businessId and active
                 order by created_at, id limit 1""", Map.of("businessId", businessId),
                (rs, row) -> rs.getObject("id", UUID.class)).stream().findFirst().orElse(null);
    }

    static String withBusinessName(String template, PushSettings settings) {
        return template.replace("{{" + Placeholders.BUSINESS_NAME + "}}", settings.businessName());
    }

    /** The SQL that fills a template's placeholders for the recipient row {@code alias}. */
    static String personalised(String alias, String template) {
        String displayName = "case when %1$s.last_name = '' then %1$s.first_name else %1$s.first_name || ' ' || %1$s.last_name end"
                .formatted(alias);
        return "replace(replace(replace(replace(" + template
                + ", '{{" + Placeholders.FIRST_NAME + "}}', " + alias + ".first_name)"
                + ", '{{" + Placeholders.LAST_NAME + "}}', " + alias + ".last_name)"
                + ", '{{" + Placeholders.DISPLAY_NAME + "}}', " + displayName + ")"
                + ", '{{" + Placeholders.POINTS + "}}', " + alias + ".points::text)";
    }
}
