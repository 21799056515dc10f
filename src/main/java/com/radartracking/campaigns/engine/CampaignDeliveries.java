package com.radartracking.campaigns.engine;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.push.TriggeredPushes;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Exactly-once delivery: a campaign reaches a customer for one reason (the occurrence) at most once. Each
 * method first claims (campaign, customer, occurrence) rows, whose unique key makes a retry, a restart or a
 * second instance claim nothing, then hands only the newly claimed customers to the push pipeline in one
 * send, all in the caller's transaction: claims and notifications commit together or not at all (outbox),
 * so a crash can neither lose a claimed message nor send an unclaimed one.
 */
@Component
public class CampaignDeliveries {

    private final NamedParameterJdbcTemplate jdbc;
    private final TriggeredPushes pushes;

    CampaignDeliveries(NamedParameterJdbcTemplate jdbc, TriggeredPushes pushes) {
        this.jdbc = jdbc;
        this.pushes = pushes;
    }

    /** A customer and the reason this campaign would message them now. */
    public record Recipient(UUID customerId, String occurrence) {
    }

    /** What one batch did: customers newly claimed, notifications written, customers the pipeline skipped. */
    public record Delivered(int claimed, UUID sendId, int notifications, int skipped) {

        static final Delivered NOTHING = new Delivered(0, null, 0, 0);
    }

    /** The push pipeline refused the campaign's message (invalid, over 4 KB once personalised): nothing written. */
    public static class MessageRefused extends RuntimeException {

        MessageRefused(UUID campaignId, String reason) {
            super("Campaign " + campaignId + ": message refused by the push pipeline: " + reason);
        }
    }

    /**
     * Claims and sends to the given recipients (at most {@link TriggeredPushes.TriggeredBatch#MAX_CUSTOMERS});
     * those already claimed for the same occurrence are left alone.
     *
     * @throws MessageRefused when the pipeline refuses the message (the caller's transaction must roll back)
     */
    public Delivered deliver(Campaign campaign, List<Recipient> recipients) {
        requireTransaction();
        if (recipients.isEmpty()) {
            return Delivered.NOTHING;
        }
        List<UUID> claimed = jdbc.queryForList("""
                insert into campaign_deliveries (business_id, campaign_id, customer_id, occurrence)
                select :businessId, :campaignId, r.customer_id, r.occurrence
                  from unnest(cast(:customers as uuid[]), cast(:occurrences as text[])) r(customer_id, occurrence)
                  join customers c on c.business_id = :businessId and c.id = r.customer_id
                on conflict do nothing
                returning customer_id""",
                params(campaign)
                        .addValue("customers", recipients.stream().map(Recipient::customerId).toArray(UUID[]::new))
                        .addValue("occurrences", recipients.stream().map(Recipient::occurrence).toArray(String[]::new)),
                UUID.class);
        return send(campaign, claimed);
    }

    /**
     * The set-based form for scans over many customers: claims up to {@code limit} customers matching
     * {@code where} (a condition on {@code customers c}, its values already in {@code params}) with the
     * occurrence {@code occurrenceSql} (an SQL text expression over {@code c}, e.g.
     * {@code 'lapse:' || c.last_visit_at}), skipping those already claimed for it, and sends to them. Call it
     * again (a new transaction each time) until it claims fewer than {@code limit}.
     */
    public Delivered deliverMatching(Campaign campaign, String where, String occurrenceSql, MapSqlParameterSource params,
            int limit) {
        return deliverMatching(campaign, "customers c", where, occurrenceSql, params, limit);
    }

    /**
     * {@link #deliverMatching(Campaign, String, String, MapSqlParameterSource, int)} over the rows of
     * {@code from}: {@code customers c} joined with what the occurrence needs (e.g. {@code visits v} for
     * 'visit:' || v.id). A customer with several rows in one batch is claimed for each occurrence but sent
     * one message.
     */
    public Delivered deliverMatching(Campaign campaign, String from, String where, String occurrenceSql,
            MapSqlParameterSource params, int limit) {
        requireTransaction();
        params.addValues(params(campaign).getValues())
                .addValue("limit", Math.min(limit, TriggeredPushes.TriggeredBatch.MAX_CUSTOMERS));
        List<UUID> claimed = jdbc.queryForList("""
                insert into campaign_deliveries (business_id, campaign_id, customer_id, occurrence)
                select c.business_id, :campaignId, c.id, %1$s from %3$s
                 where %2$s
                   and not exists (select 1 from campaign_deliveries d
                                    where d.business_id = c.business_id and d.campaign_id = :campaignId
                                      and d.customer_id = c.id and d.occurrence = %1$s)
                 limit :limit
                on conflict do nothing
                returning customer_id""".formatted(occurrenceSql, where, from), params, UUID.class);
        return send(campaign, claimed);
    }

    /** One keyset batch: what it delivered and the last customer id claimed (null when none), where the next starts. */
    public record KeysetBatch(Delivered delivered, UUID lastCustomerId) {
    }

    /**
     * {@link #deliverMatching(Campaign, String, String, String, MapSqlParameterSource, int)} walking the
     * matching rows in customer id order from {@code after} (inclusive; null: from the start), for runs over
     * many customers: each batch reads on from where the previous one stopped instead of re-reading (and
     * skipping) everyone already claimed, so a run costs O(customers) rather than O(customers² / batch). The
     * bound is inclusive because a customer may have several rows (one per visit) split across two batches;
     * those already claimed are skipped by the occurrence check. Pass the returned
     * {@link KeysetBatch#lastCustomerId()} as the next {@code after}.
     */
    public KeysetBatch deliverMatchingAfter(Campaign campaign, String from, String where, String occurrenceSql,
            MapSqlParameterSource params, int limit, UUID after) {
        requireTransaction();
        params.addValues(params(campaign).getValues())
                .addValue("limit", Math.min(limit, TriggeredPushes.TriggeredBatch.MAX_CUSTOMERS))
                .addValue("after", after);
        List<UUID> claimed = jdbc.queryForList("""
                insert into campaign_deliveries (business_id, campaign_id, customer_id, occurrence)
                select c.business_id, :campaignId, c.id, %1$s from %3$s
                 where %2$s%4$s
                   and not exists (select 1 from campaign_deliveries d
                                    where d.business_id = c.business_id and d.campaign_id = :campaignId
                                      and d.customer_id = c.id and d.occurrence = %1$s)
                 order by c.id
                 limit :limit
                on conflict do nothing
                returning customer_id""".formatted(occurrenceSql, where, from,
                // Spelled only when set: "(:after is null or ...)" would keep a generic plan off the index range.
                after == null ? "" : " and c.id >= :after"), params, UUID.class);
        // PostgreSQL orders uuids byte by byte, as their lower-case text sorts (UUID.compareTo does not).
        UUID last = claimed.stream().max(java.util.Comparator.comparing(UUID::toString)).orElse(null);
        return new KeysetBatch(send(campaign, claimed), last);
    }

    private Delivered send(Campaign campaign, List<UUID> claimed) {
        if (claimed.isEmpty()) {
            return Delivered.NOTHING;
        }
        var message = campaign.message();
        TriggeredPushes.BatchResult result = pushes.sendToCustomers(new TriggeredPushes.TriggeredBatch(
                TriggeredPushes.Source.CAMPAIGN, campaign.id(), claimed, message.title(), message.body(),
                message.imageUrl(), message.deepLink(), message.data()));
        if (result.status() == TriggeredPushes.Status.REJECTED) {
            throw new MessageRefused(campaign.id(), result.reason());
        }
        jdbc.update("""
                update campaign_deliveries set send_id = :sendId
                 where business_id = :businessId and campaign_id = :campaignId and customer_id = any(:customers)
                   and send_id is null""",
                params(campaign).addValue("sendId", result.sendId())
                        .addValue("customers", claimed.toArray(UUID[]::new)));
        return new Delivered(claimed.size(), result.sendId(), result.notifications(), result.skipped());
    }

    private static MapSqlParameterSource params(Campaign campaign) {
        if (!campaign.businessId().equals(TenantContext.require())) {
            throw new IllegalStateException("Campaign " + campaign.id() + " delivered under another tenant");
        }
        return new MapSqlParameterSource("businessId", campaign.businessId()).addValue("campaignId", campaign.id());
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Campaign deliveries join the caller's transaction; none is active");
        }
    }
}
