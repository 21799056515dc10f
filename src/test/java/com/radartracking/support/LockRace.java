package com.radartracking.support;

import com.radartracking.platform.tenancy.TenantContext;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same work in two transactions of one business at once, ordered so that they really collide: the
 * first does its work and keeps its transaction open; the second starts only then, and the first commits
 * once PostgreSQL shows the second waiting for a lock. Tests that something happens once under concurrency
 * use it; a second transaction that never waits fails the test, since then nothing was raced.
 */
public final class LockRace {

    private LockRace() {
    }

    public static void run(JdbcTemplate jdbc, TransactionTemplate transactions, UUID business, Runnable work)
            throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        // Threads of its own: the common pool may have a single worker on a small machine.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> first = CompletableFuture.runAsync(
                    () -> inTransaction(transactions, business, () -> {
                        work.run();
                        firstDone.countDown();
                        await(commitFirst);
                    }), threads);
            await(firstDone);
            CompletableFuture<Void> second = CompletableFuture.runAsync(
                    () -> inTransaction(transactions, business, work), threads);
            awaitBlockedOnALock(jdbc);
            commitFirst.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            commitFirst.countDown();
            threads.shutdown();
        }
    }

    private static void inTransaction(TransactionTemplate transactions, UUID business, Runnable work) {
        TenantContext.runAs(business, () -> transactions.executeWithoutResult(status -> work.run()));
    }

    /** Waits (polling the server, not the clock) until a session of this database waits for a lock. */
    private static void awaitBlockedOnALock(JdbcTemplate jdbc) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Integer waiting = jdbc.queryForObject("""
                    select count(*) from pg_stat_activity
                     where datname = current_database() and wait_event_type = 'Lock'""", Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The second transaction never waited for the first one's lock");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
