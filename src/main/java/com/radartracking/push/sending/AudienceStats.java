package com.radartracking.push.sending;

import com.radartracking.customers.CustomerSegments;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Aggregates over an audience, for the preview (reach, skips per reason, a sample) and for the 4 KB check
 * (the longest names and balance among the audience, so the largest personalised payload is known
 * before anything is written). Same conditions as fan-out: push consent, active devices refreshed within
 * the stale-after period.
 */
@Component
class AudienceStats {

    private static final Set<String> NAME_PLACEHOLDERS = Set.of(Placeholders.FIRST_NAME, Placeholders.LAST_NAME,
            Placeholders.DISPLAY_NAME, Placeholders.POINTS);

    /** JSON writes it as a six-byte escape, the most any one character of a name can take. */
    private static final char CONTROL_CHARACTER = 1;

    private final NamedParameterJdbcTemplate jdbc;
    private final Fanout fanout;

    AudienceStats(NamedParameterJdbcTemplate jdbc, Fanout fanout) {
        this.jdbc = jdbc;
        this.fanout = fanout;
    }

    /** The reach of an audience: customers, reachable ones, devices, skipped per reason. */
    record Reach(int customers, int reachable, int devices, Map<String, Integer> skipped, Sample sample) {
    }

    /** The first reachable customer's values, for the preview's sample (null when nobody is reachable). */
    record Sample(String firstName, String lastName, long points) {
    }

    Reach reach(PushAudience audience, UUID businessId) {
        CustomerSegments.Condition condition = audience.condition(businessId);
        MapSqlParameterSource params = params(condition, businessId);
        Map<String, Object> row = jdbc.queryForMap("""
                with facts as (
                    select c.id,
                           exists (select 1 from consents k where k.business_id = :businessId and k.customer_id = c.id
                                      and k.type = 'PUSH' and k.granted) as consent,
                           (select count(*) from device_tokens d where d.business_id = :businessId
                              and d.customer_id = c.id and d.deactivated_at is null) as active_devices,
                           (select count(*) from device_tokens d where d.business_id = :businessId
                              and d.customer_id = c.id and d.deactivated_at is null
                              and d.refreshed_at >= :freshSince) as fresh_devices
                      from customers c where %s
                )
                select count(*) as customers,
                       count(*) filter (where consent and fresh_devices > 0) as reachable,
                       coalesce(sum(fresh_devices) filter (where consent), 0) as devices,
                       count(*) filter (where not consent) as no_consent,
                       count(*) filter (where consent and active_devices = 0) as no_device,
                       count(*) filter (where consent and active_devices > 0 and fresh_devices = 0) as stale,
                       (select f.id from facts f where f.consent and f.fresh_devices > 0 order by f.id limit 1) as sample_id
                  from facts""".formatted(condition.sql()), params);
        Map<String, Integer> skipped = new LinkedHashMap<>();
        putIfPositive(skipped, "NO_CONSENT", row.get("no_consent"));
        putIfPositive(skipped, "NO_DEVICE", row.get("no_device"));
        putIfPositive(skipped, "STALE_TOKEN", row.get("stale"));
        UUID sampleId = (UUID) row.get("sample_id");
        return new Reach(number(row.get("customers")), number(row.get("reachable")), number(row.get("devices")),
                skipped, sampleId == null ? null : sample(businessId, sampleId));
    }

    private Sample sample(UUID businessId, UUID customerId) {
        UUID programId = fanout.firstActiveProgram(businessId);
        return jdbc.queryForObject("""
                select c.first_name, c.last_name,
                       coalesce((select lc.balance from loyalty_cards lc where lc.business_id = :businessId
                                    and lc.customer_id = c.id and lc.program_id = cast(:programId as uuid)), 0) as points
                  from customers c where c.business_id = :businessId and c.id = :id""",
                new MapSqlParameterSource("businessId", businessId).addValue("id", customerId)
                        .addValue("programId", programId),
                (rs, n) -> new Sample(rs.getString("first_name"), rs.getString("last_name"), rs.getLong("points")));
    }

    /**
     * The largest payload any recipient's personalised message can have: the template filled with the
     * audience's longest (JSON-escaped, UTF-8) names and largest balance. Exact for one customer, an upper
     * bound for many; without name placeholders no query is needed.
     */
    int maxPayloadBytes(PushMessage message, PushAudience audience, PushSettings settings) {
        Map<String, String> values = new HashMap<>(Placeholders.values("", "", 0, settings.businessName()));
        Set<String> used = new java.util.HashSet<>(Placeholders.require("title", message.title()));
        used.addAll(Placeholders.require("body", message.body()));
        used.retainAll(NAME_PLACEHOLDERS);
        if (!used.isEmpty()) {
            CustomerSegments.Condition condition = audience.condition(settings.businessId());
            MapSqlParameterSource params = params(condition, settings.businessId())
                    .addValue("programId", fanout.firstActiveProgram(settings.businessId()));
            Map<String, Object> row = jdbc.queryForMap("""
                    select coalesce(max(octet_length(to_json(c.first_name)::text)), 2) as first_bytes,
                           coalesce(max(octet_length(to_json(c.last_name)::text)), 2) as last_bytes,
                           coalesce(max(octet_length(to_json(c.first_name || ' ' || c.last_name)::text)), 2) as display_bytes,
                           (select coalesce(max(lc.balance), 0) from loyalty_cards lc
                             where lc.business_id = :businessId and lc.program_id = cast(:programId as uuid)) as points
                      from customers c where %s""".formatted(condition.sql()), params);
            values.put(Placeholders.FIRST_NAME, filler(row.get("first_bytes")));
            values.put(Placeholders.LAST_NAME, filler(row.get("last_bytes")));
            values.put(Placeholders.DISPLAY_NAME, filler(row.get("display_bytes")));
            values.put(Placeholders.POINTS, row.get("points").toString());
        }
        return PayloadSize.bytes(Placeholders.render(message.title(), values),
                Placeholders.render(message.body(), values), message.imageUrl(), message.deepLink(), message.data());
    }

    /**
     * The payload size to hold against FCM's limit before writing a send: the message with every placeholder
     * at the longest value the database allows, each character at the longest JSON it can be written as (a
     * control character's six-byte escape), needs no query; only when that bound does not fit are the
     * audience's own longest values read ({@link #maxPayloadBytes}). Keeps the 4 KB check off every campaign
     * batch and GeoPush, whose messages were checked at their longest when saved.
     */
    int payloadBytesToCheck(PushMessage message, PushAudience audience, PushSettings settings) {
        int anyone = worstCasePayloadBytes(message, settings);
        return anyone <= PayloadSize.FCM_LIMIT_BYTES ? anyone : maxPayloadBytes(message, audience, settings);
    }

    static int worstCasePayloadBytes(PushMessage message, PushSettings settings) {
        Map<String, String> values = new HashMap<>();
        PushMessageChecker.LONGEST.forEach((placeholder, length) -> values.put(placeholder,
                Placeholders.POINTS.equals(placeholder) ? "-" + "9".repeat(length - 1)
                        : String.valueOf(CONTROL_CHARACTER).repeat(length)));
        values.put(Placeholders.BUSINESS_NAME, settings.businessName());
        return PayloadSize.bytes(Placeholders.render(message.title(), values),
                Placeholders.render(message.body(), values), message.imageUrl(), message.deepLink(), message.data());
    }

    /** ASCII of the same JSON byte length as the longest value (its quotes excluded). */
    private static String filler(Object jsonBytes) {
        return "x".repeat(Math.max(0, number(jsonBytes) - 2));
    }

    private MapSqlParameterSource params(CustomerSegments.Condition condition, UUID businessId) {
        return new MapSqlParameterSource(new HashMap<>(condition.params())).addValue("businessId", businessId)
                .addValue("freshSince", Timestamp.from(Instant.now().minus(fanout.staleAfter())));
    }

    private static void putIfPositive(Map<String, Integer> counts, String reason, Object value) {
        int count = number(value);
        if (count > 0) {
            counts.put(reason, count);
        }
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
