package com.radartracking.push.gateway.http1;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocketFactory;

/**
 * Idle keep-alive connections per origin, most recently used first (so a quiet period lets the oldest
 * expire). A connection idle for more than {@link #CHECK_AFTER_NANOS} is checked before reuse, as
 * Apache HttpClient does after 2 s of inactivity; one idle for longer than the idle timeout is closed.
 * Connections in use are not counted: the caller bounds them (the FCM gateway's request semaphore).
 */
final class ConnectionPool {

    private static final long CHECK_AFTER_NANOS = Duration.ofSeconds(2).toNanos();

    private final SSLSocketFactory tls;
    private final int maxIdlePerOrigin;
    private final long idleTimeoutNanos;
    private final Map<Origin, Idle> idle = new ConcurrentHashMap<>();
    private final AtomicLong opened = new AtomicLong();
    private volatile boolean closed;

    private static final class Idle {
        final ConcurrentLinkedDeque<Http1Connection> connections = new ConcurrentLinkedDeque<>();
        final AtomicInteger size = new AtomicInteger();
    }

    ConnectionPool(SSLSocketFactory tls, int maxIdlePerOrigin, Duration idleTimeout) {
        if (maxIdlePerOrigin < 0 || idleTimeout.isNegative()) {
            throw new IllegalArgumentException("the idle pool size and timeout must not be negative");
        }
        this.tls = tls;
        this.maxIdlePerOrigin = maxIdlePerOrigin;
        this.idleTimeoutNanos = idleTimeout.toNanos();
    }

    /** An idle connection to the origin that is still open, or a new one. */
    Http1Connection acquire(Origin origin, int connectTimeoutMillis) throws IOException {
        Idle pooled = idle.get(origin);
        if (pooled != null) {
            Http1Connection connection;
            while ((connection = pooled.connections.pollFirst()) != null) {
                pooled.size.decrementAndGet();
                long idleFor = System.nanoTime() - connection.idleSince();
                if (idleFor < idleTimeoutNanos && (idleFor < CHECK_AFTER_NANOS || connection.stillOpen())) {
                    connection.takenFromPool();
                    return connection;
                }
                connection.close();
            }
        }
        return open(origin, connectTimeoutMillis);
    }

    Http1Connection open(Origin origin, int connectTimeoutMillis) throws IOException {
        if (closed) {
            throw new IOException("the HTTP transport is shut down");
        }
        Http1Connection connection = Http1Connection.open(origin, tls, connectTimeoutMillis);
        opened.incrementAndGet();
        return connection;
    }

    /** Takes back a connection whose answer was read to its end. */
    void release(Http1Connection connection) {
        Idle pooled = idle.computeIfAbsent(connection.origin(), origin -> new Idle());
        long now = System.nanoTime();
        connection.parkedAt(now);
        if (closed || pooled.size.incrementAndGet() > maxIdlePerOrigin) {
            pooled.size.decrementAndGet();
            connection.close();
            return;
        }
        pooled.connections.offerFirst(connection);
        Http1Connection oldest = pooled.connections.peekLast();
        if (oldest != null && now - oldest.idleSince() >= idleTimeoutNanos
                && pooled.connections.removeLastOccurrence(oldest)) {
            pooled.size.decrementAndGet();
            oldest.close();
        }
        if (closed) {
            close(); // shut down while this one was being parked
        }
    }

    int idleCount() {
        return idle.values().stream().mapToInt(pooled -> pooled.size.get()).sum();
    }

    long openedCount() {
        return opened.get();
    }

    boolean isClosed() {
        return closed;
    }

    void close() {
        closed = true;
        for (Idle pooled : idle.values()) {
            Http1Connection connection;
            while ((connection = pooled.connections.pollFirst()) != null) {
                pooled.size.decrementAndGet();
                connection.close();
            }
        }
    }
}
