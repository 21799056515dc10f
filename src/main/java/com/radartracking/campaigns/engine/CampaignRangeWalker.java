package com.radartracking.campaigns.engine;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.CampaignStore;
import com.radartracking.platform.jobs.JobShutdown;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.MDC;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sending part of a campaign run ({@link CampaignRunner} starts and finishes it): the run's selection walked
 * in {@link CustomerIdRanges}, batch after batch, each batch its own transaction that holds the campaign row in
 * share mode and re-checks that the run is still the campaign's due one.
 */
@Component
class CampaignRangeWalker {

    private final CampaignStore store;
    private final CampaignDeliveries deliveries;
    private final TransactionTemplate transactions;
    private final JobShutdown shutdown;
    private final Clock clock;

    CampaignRangeWalker(CampaignStore store, CampaignDeliveries deliveries, TransactionTemplate transactions,
            JobShutdown shutdown, Clock clock) {
        this.store = store;
        this.deliveries = deliveries;
        this.transactions = transactions;
        this.shutdown = shutdown;
        this.clock = clock;
    }

    /** What one run's batches are: the campaign's run, its selection, the batch size and the poll's deadline. */
    record RunBatches(UUID campaignId, Instant scheduledAt, CampaignSelections.Selection selection,
            int batchSize, Instant deadline) {
    }

    /** How a walk over the selection (or one range of it) ended. */
    enum WalkEnd {
        /** Every row read and claimed. */
        EXHAUSTED,
        /** The campaign was paused, edited or its run finished elsewhere. */
        STOPPED,
        /** The poll's deadline (or this instance's shutdown) came first. */
        INCOMPLETE,
        /** The push pipeline refused the message. */
        REFUSED;

        /** The end of a walk whose ranges ended so: the most pressing reason wins. */
        static WalkEnd of(List<WalkEnd> ends) {
            return ends.stream().min(java.util.Comparator.comparingInt(end -> switch (end) {
                case REFUSED -> 0;
                case STOPPED -> 1;
                case INCOMPLETE -> 2;
                case EXHAUSTED -> 3;
            })).orElse(EXHAUSTED);
        }
    }

    /** How a walk ended, the customers it claimed, the notifications written and the refusal (if REFUSED). */
    record Walk(WalkEnd end, long claimed, long notifications, String refusal) {
    }

    /**
     * Walks the selection in {@code workers} id ranges at once (the poll's thread takes the first): a run's cost
     * is mostly PostgreSQL's (claims, notification rows), one backend per transaction, so ranges claimed in
     * parallel use the database's cores, which one batch after another cannot. The ranges never share a
     * customer, and each batch holds the campaign row in share mode, so they do not wait for each other while
     * a pause or an edit (which lock it for update) still waits for the batches in flight and stops the next.
     */
    Walk walk(RunBatches run, int workers) {
        List<CustomerIdRanges.Range> ranges = CustomerIdRanges.split(workers);
        if (ranges.size() == 1) {
            return walk(run, ranges.getFirst());
        }
        UUID businessId = TenantContext.require();
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        List<Walk> walks = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Walk>> others = ranges.subList(1, ranges.size()).stream()
                    .map(range -> threads.submit(() -> {
                        if (mdc != null) {
                            MDC.setContextMap(mdc);
                        }
                        return TenantContext.callAs(businessId, () -> walk(run, range));
                    })).toList();
            walks.add(walk(run, ranges.getFirst()));
            for (Future<Walk> other : others) {
                walks.add(join(other));
            }
        }
        return new Walk(WalkEnd.of(walks.stream().map(Walk::end).toList()),
                walks.stream().mapToLong(Walk::claimed).sum(), walks.stream().mapToLong(Walk::notifications).sum(),
                walks.stream().map(Walk::refusal).filter(Objects::nonNull).findFirst().orElse(null));
    }

    private static Walk join(Future<Walk> walk) {
        try {
            return walk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a campaign's batches ran", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Batch after batch over one id range of the selection, each its own transaction, until the range is read,
     * the run stops, the poll's deadline passes (after at least one batch) or the instance begins shutting down
     * (checked before every batch, so each range stops within one batch of it).
     */
    private Walk walk(RunBatches run, CustomerIdRanges.Range range) {
        CampaignSelections.Selection selection = run.selection();
        MapSqlParameterSource params = new MapSqlParameterSource(selection.params().getValues());
        String where = selection.where();
        if (range.below() != null) {
            where += " and c.id < :rangeBelow";
            params.addValue("rangeBelow", range.below());
        }
        CampaignSelections.Selection ranged = new CampaignSelections.Selection(selection.from(), where,
                selection.occurrenceSql(), params);
        // Occurrences are never empty, so (from, '') puts the range's first customer after the start.
        CampaignDeliveries.Position after = range.from() == null ? null : new CampaignDeliveries.Position(range.from(), "");
        long claimed = 0;
        long notifications = 0;
        while (true) {
            if (shutdown.stopping()) {
                return new Walk(WalkEnd.INCOMPLETE, claimed, notifications, null);
            }
            CampaignDeliveries.Position from = after;
            Batch batch;
            try {
                batch = transactions.execute(status -> batch(run, ranged, from));
            } catch (CampaignDeliveries.MessageRefused refused) {
                return new Walk(WalkEnd.REFUSED, claimed, notifications, refused.getMessage());
            }
            claimed += batch.claimed();
            notifications += batch.notifications();
            after = batch.last();
            if (batch.end() != null) {
                return new Walk(batch.end(), claimed, notifications, null);
            }
            if (!clock.instant().isBefore(run.deadline())) {
                return new Walk(WalkEnd.INCOMPLETE, claimed, notifications, null);
            }
        }
    }

    /** One batch's counts, where the next starts, and how the walk ends (null: it goes on). */
    private record Batch(long claimed, long notifications, WalkEnd end, CampaignDeliveries.Position last) {
    }

    /** One batch in the caller's transaction, if the run is still the campaign's due one. */
    private Batch batch(RunBatches run, CampaignSelections.Selection selection, CampaignDeliveries.Position after) {
        Campaign campaign = store.lockShared(run.campaignId()).orElse(null);
        if (campaign == null || campaign.status() != CampaignStatus.ACTIVE
                || !Objects.equals(campaign.nextRunAt(), run.scheduledAt())) {
            return new Batch(0, 0, WalkEnd.STOPPED, after);
        }
        CampaignDeliveries.KeysetBatch batch = deliveries.deliverBatch(campaign, selection.from(),
                selection.where(), selection.occurrenceSql(), new MapSqlParameterSource(selection.params().getValues()),
                run.batchSize(), after);
        CampaignDeliveries.Delivered delivered = batch.delivered();
        CampaignDeliveries.Position last = batch.last() == null ? after : batch.last();
        // Fewer rows than a batch: the whole range has been read and claimed (earlier batches, or this one).
        return new Batch(delivered.claimed(), delivered.notifications(),
                batch.rowsRead() < run.batchSize() ? WalkEnd.EXHAUSTED : null, last);
    }
}
