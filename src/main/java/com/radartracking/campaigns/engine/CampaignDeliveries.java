package com.radartracking.campaigns.engine;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.push.TriggeredPushes;
import java.util.List;
import java.util.Map;
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
        MapSqlParameterSource params = params(campaign);
        List<UUID> claimed = jdbc.queryForList("""
                insert into campaign_deliveries (business_id, campaign_id, customer_id, occurrence, send_id)
                select :businessId, :campaignId, r.customer_id, r.occurrence, :sendId
                  from unnest(cast(:customers as uuid[]), cast(:occurrences as text[])) r(customer_id, occurrence)
                  join customers c on c.business_id = :businessId and c.id = r.customer_id
                on conflict do nothing
                returning customer_id""",
                params
                        .addValue("customers", recipients.stream().map(Recipient::customerId).toArray(UUID[]::new))
                        .addValue("occurrences", recipients.stream().map(Recipient::occurrence).toArray(String[]::new)),
                UUID.class);
        return send(campaign, sendId(params), claimed);
    }

    /** Where a keyset walk over a selection stands: the last row read, in (customer id, occurrence) order. */
    public record Position(UUID customerId, String occurrence) {
    }

    /**
     * One keyset batch: what it delivered, how many selected rows it read (claimed or already claimed) and the
     * last of them, where the next batch starts (null when it read none). Fewer rows read than the limit: the
     * selection is exhausted.
     */
    public record KeysetBatch(Delivered delivered, int rowsRead, Position last) {
    }

    /**
     * The set-based form for scans over many customers: reads up to {@code limit} rows of {@code from}
     * ({@code customers c}, joined with what the occurrence needs, e.g. {@code visits v} for 'visit:' || v.id)
     * matching {@code where} (its values already in {@code params}), in (customer id, occurrence) order after
     * {@code after} (null: from the start), claims those not yet claimed for their occurrence
     * ({@code occurrenceSql}, an SQL text expression over the row) and sends to them in one send. A customer
     * with several rows in one batch is claimed for each occurrence but sent one message. Call it again (a new
     * transaction each time) from the returned {@link KeysetBatch#last()} until it reads fewer than
     * {@code limit} rows.
     *
     * <p>Each batch reads on from where the previous one stopped, walking the customers (business_id, id)
     * index, so a run costs O(rows) rather than O(rows² / batch). Rows claimed before (a resumed run, another
     * instance) are left to the unique key's ON CONFLICT DO NOTHING rather than filtered with NOT EXISTS:
     * mid-run the planner's statistics still see the campaign's deliveries as the few they were before it, and
     * with them it turned the NOT EXISTS into a merge anti-join sorting every delivery of the run in every
     * batch, or probed them through the wrong index (measured: from 0.3 s to 34 s per batch of 5,000). The
     * conflict check always uses the unique index.
     */
    public KeysetBatch deliverBatch(Campaign campaign, String from, String where, String occurrenceSql,
            MapSqlParameterSource params, int limit, Position after) {
        requireTransaction();
        params.addValues(params(campaign).getValues())
                .addValue("limit", Math.min(limit, TriggeredPushes.TriggeredBatch.MAX_CUSTOMERS));
        String afterSql = "";
        if (after != null) {
            // The first half is the index range; the second keeps a customer's rows split across two batches.
            afterSql = " and c.id >= :afterId and (c.id > :afterId or %s > :afterOccurrence)".formatted(occurrenceSql);
            params.addValue("afterId", after.customerId()).addValue("afterOccurrence", after.occurrence());
        }
        Map<String, Object> row = jdbc.queryForMap("""
                with picked as materialized (
                    select c.business_id, c.id as customer_id, %1$s as occurrence from %3$s
                     where %2$s%4$s
                     order by c.id, 3
                     limit :limit
                ), claimed as (
                    insert into campaign_deliveries (business_id, campaign_id, customer_id, occurrence, send_id)
                    select p.business_id, :campaignId, p.customer_id, p.occurrence, :sendId from picked p
                    on conflict do nothing
                    returning customer_id
                ), last as (
                    select customer_id, occurrence from picked order by customer_id desc, occurrence desc limit 1
                )
                select (select count(*) from picked) as rows_read,
                       (select customer_id from last) as last_customer, (select occurrence from last) as last_occurrence,
                       array(select distinct customer_id from claimed) as claimed""".formatted(occurrenceSql, where,
                from, afterSql), params);
        List<UUID> claimed = uuids(row.get("claimed"));
        UUID lastCustomer = (UUID) row.get("last_customer");
        return new KeysetBatch(send(campaign, sendId(params), claimed), ((Number) row.get("rows_read")).intValue(),
                lastCustomer == null ? null : new Position(lastCustomer, (String) row.get("last_occurrence")));
    }

    private static List<UUID> uuids(Object sqlArray) {
        try {
            return List.of((UUID[]) ((java.sql.Array) sqlArray).getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Reading the claimed customers", e);
        }
    }

    /** Sends to the customers just claimed, as the send whose id their claims already carry. */
    private Delivered send(Campaign campaign, UUID sendId, List<UUID> claimed) {
        if (claimed.isEmpty()) {
            return Delivered.NOTHING;
        }
        var message = campaign.message();
        TriggeredPushes.BatchResult result = pushes.sendToCustomers(new TriggeredPushes.TriggeredBatch(
                TriggeredPushes.Source.CAMPAIGN, campaign.id(), sendId, claimed, message.title(), message.body(),
                message.imageUrl(), message.deepLink(), message.data()));
        if (result.status() == TriggeredPushes.Status.REJECTED) {
            throw new MessageRefused(campaign.id(), result.reason());
        }
        return new Delivered(claimed.size(), result.sendId(), result.notifications(), result.skipped());
    }

    /**
     * The campaign's ids and the id of the send a batch's claims are written with: chosen here, so each claim
     * names its send as it is inserted (updating 10,000 claims afterwards cost as much as writing them).
     */
    private static MapSqlParameterSource params(Campaign campaign) {
        if (!campaign.businessId().equals(TenantContext.require())) {
            throw new IllegalStateException("Campaign " + campaign.id() + " delivered under another tenant");
        }
        return new MapSqlParameterSource("businessId", campaign.businessId()).addValue("campaignId", campaign.id())
                .addValue("sendId", UUID.randomUUID());
    }

    private static UUID sendId(MapSqlParameterSource params) {
        return (UUID) params.getValue("sendId");
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Campaign deliveries join the caller's transaction; none is active");
        }
    }
}
