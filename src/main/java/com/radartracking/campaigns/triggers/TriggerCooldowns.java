package com.radartracking.campaigns.triggers;

import com.radartracking.platform.tenancy.TenantContext;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The geofence campaigns' cooldown: at most one message per (campaign, customer) within the campaign's
 * cooldown hours, whichever of its zones fired. Each delivery's occurrence is its geo event
 * ({@code 'geo:' || event id}) and the cooldown is checked against the campaign's earlier deliveries under a
 * transaction-level advisory lock per (campaign, customer).
 *
 * <p>Why not an occurrence per cooldown window ({@code 'geo:' || zone || ':' || bucket}), race-free through
 * the unique key alone: fixed buckets are not a cooldown. An ENTER a minute before a bucket boundary and
 * another a minute after would both send, and a zone in the occurrence makes the cooldown per zone rather
 * than per campaign. With the lock, two transactions racing for the same campaign and customer serialise:
 * the second waits until the first commits (or rolls back), then its check, a new statement under READ
 * COMMITTED, sees the first's delivery and sends nothing. The lock is held to the end of the ping's
 * transaction (short) and taken in campaign-id order, so two events never wait on each other in a cycle.
 * It is released early if the campaign's savepoint is rolled back to.
 */
@Component
class TriggerCooldowns {

    private final NamedParameterJdbcTemplate jdbc;

    TriggerCooldowns(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for and holds, until the transaction ends, the (campaign, customer) lock. */
    void lock(UUID campaignId, UUID customerId) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(:key, 0))",
                new MapSqlParameterSource("key", "campaign-cooldown:" + campaignId + ":" + customerId), Object.class);
    }

    /**
     * Whether the campaign was delivered to the customer within the last {@code hours} (its cooldown is
     * running). On the database's clock, the one that wrote the deliveries' {@code created_at}: devices' and
     * instances' clocks disagree, the cooldown must not.
     */
    boolean deliveredWithin(UUID campaignId, UUID customerId, int hours) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from campaign_deliveries d
                                where d.business_id = :businessId and d.campaign_id = :campaignId
                                  and d.customer_id = :customerId
                                  and d.created_at > now() - make_interval(hours => :hours))""",
                new MapSqlParameterSource("businessId", TenantContext.require()).addValue("campaignId", campaignId)
                        .addValue("customerId", customerId).addValue("hours", hours), Boolean.class));
    }
}
