package com.radartracking.loyalty;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.jobs.JobShutdown;
import com.radartracking.platform.jobs.TenantJobRunner;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expires points of idle cards, nightly, on one instance at a time (ShedLock, database time), business by
 * business under its own tenant, one short transaction per card (the card row locked, as for any other
 * balance change). Re-running is harmless: an earning expires at most once (unique ledger reference). An instance
 * shutting down ({@link JobShutdown}) starts no further card or business, so a run stopped part-way leaves every
 * card either wholly expired or untouched, and the next run's candidates are exactly the cards left.
 */
@Component
class PointsExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(PointsExpiryJob.class);

    private final TenantJobRunner runner;
    private final JobShutdown shutdown;
    private final NamedParameterJdbcTemplate jdbc;
    private final CardStore cards;
    private final PointsLedger ledger;
    private final TransactionTemplate transactions;
    private final ActivityLog activityLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PointsExpiryJob(TenantJobRunner runner, JobShutdown shutdown, NamedParameterJdbcTemplate jdbc, CardStore cards,
            PointsLedger ledger, TransactionTemplate transactions, ActivityLog activityLog,
            ApplicationEventPublisher events, Clock clock) {
        this.runner = runner;
        this.shutdown = shutdown;
        this.jdbc = jdbc;
        this.cards = cards;
        this.ledger = ledger;
        this.transactions = transactions;
        this.activityLog = activityLog;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${radar.jobs.points-expiry-cron:0 23 4 * * *}")
    @SchedulerLock(name = "loyalty-points-expiry", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    void run() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AtomicLong expired = new AtomicLong();
        TenantJobRunner.Result result = runner.forEachBusiness("loyalty-points-expiry",
                businessId -> expired.addAndGet(expireAll(now)));
        log.info("Points expiry expired {} points ({} businesses failed{})", expired.get(), result.failures(),
                result.stoppedByShutdown() ? "; stopped by shutdown, the next run does the rest" : "");
    }

    /**
     * Expires, in the current business, every credit due at {@code now}, card by card until the instance begins
     * shutting down; returns the points expired.
     */
    long expireAll(Instant now) {
        long total = 0;
        for (UUID cardId : candidates(now)) {
            // Checked between cards, each committed on its own: a business can have many idle cards.
            if (shutdown.stopping()) {
                break;
            }
            Long expired = transactions.execute(status -> expireCard(cardId, now));
            total += expired == null ? 0 : expired;
        }
        return total;
    }

    /**
     * Cards holding at least one credit that may be due (the exact arithmetic runs under the card lock).
     * An earning never expires before its own expires_at, so {@code expires_at <= now} is implied by the
     * full rule; saying it lets the range scan of points_ledger_expiring_idx skip the future ones.
     */
    private List<UUID> candidates(Instant now) {
        return transactions.execute(status -> jdbc.queryForList("""
                select distinct l.card_id from points_ledger l
                  join loyalty_cards c on c.business_id = l.business_id and c.id = l.card_id
                 where l.business_id = :businessId and l.expires_at <= :now and c.balance > 0
                   and greatest(l.expires_at, c.last_activity_at + make_interval(days => l.expiry_days)) <= :now
                   and not exists (select 1 from points_ledger x where x.card_id = l.card_id and x.reason = 'EXPIRY'
                                      and x.reference = l.id::text)""",
                new MapSqlParameterSource("businessId", TenantContext.require())
                        .addValue("now", now.atOffset(ZoneOffset.UTC)), UUID.class));
    }

    private long expireCard(UUID cardId, Instant now) {
        CardStore.LockedCard card = cards.lock(cardId).orElse(null);
        if (card == null) {
            return 0;
        }
        List<ExpiryPlan.Entry> entries = jdbc.query("""
                select id, reason, delta, expires_at, expiry_days, expired_entry_id from points_ledger
                 where business_id = :businessId and card_id = :cardId order by occurred_at, id""",
                new MapSqlParameterSource("businessId", TenantContext.require()).addValue("cardId", cardId),
                (rs, row) -> new ExpiryPlan.Entry(rs.getObject("id", UUID.class),
                        PointsReason.valueOf(rs.getString("reason")), rs.getLong("delta"),
                        CardStore.instant(rs, "expires_at"), (Integer) rs.getObject("expiry_days"),
                        rs.getObject("expired_entry_id", UUID.class)));
        List<ExpiryPlan.Expiring> due = ExpiryPlan.due(entries, card.lastActivityAt(), now);
        // Posted at the real time (not the "as of" time): ledger order must be the order things happened.
        Instant postedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long expired = 0;
        for (ExpiryPlan.Expiring expiring : due) {
            long points = Math.min(expiring.points(), card.balance());
            if (points <= 0) {
                continue;
            }
            PointsLedger.Movement movement = new PointsLedger.Movement(PointsReason.EXPIRY, -points, null,
                    expiring.earningId().toString(), null, null, null, expiring.earningId(), false);
            CardStore.LockedCard before = card;
            card = ledger.post(card, movement, postedAt).map(PointsLedger.Posted::card).orElse(card);
            expired += before.balance() - card.balance();
        }
        if (expired > 0) {
            activityLog.recordSystem("loyalty.points_expired", "LoyaltyCard", cardId,
                    Map.of("points", expired, "earnings", due.size(), "balance", card.balance()));
            events.publishEvent(new PointsExpired(TenantContext.require(), card.customerId(), cardId, card.programId(),
                    expired, card.balance(), postedAt));
        }
        return expired;
    }
}
