package com.radartracking.push.gateway;

import com.google.api.client.http.HttpTransport;
import com.google.firebase.FirebaseApp;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import com.radartracking.push.gateway.DeliveryResult.Outcome;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Sends through the Firebase Admin SDK: one {@code send()} per message, each on its own virtual thread,
 * at most {@code max-concurrent-requests} in flight over all batches (a semaphore), and the whole call
 * bounded by {@code batch-timeout}. Every failure becomes a {@link DeliveryResult}; nothing per message
 * is thrown.
 *
 * <p>Why not {@code sendEachAsync}: it runs each message on the Firebase app's executor, a fixed pool
 * of 100 platform threads, so at FCM's ~20 ms per call it tops out near 5,000 messages/s; the
 * virtual-thread fan-out has no such ceiling (bench/push-gateway measures both).
 */
public final class FcmPushGateway implements PushGateway, AutoCloseable {

    private static final AtomicInteger APP_NAMES = new AtomicInteger();

    private final FirebaseApp app;
    private final HttpTransport transport;
    private final FirebaseMessaging messaging;
    private final Semaphore inFlight;
    private final long batchTimeoutNanos;
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("fcm-send-", 0).factory());
    private final String description;

    public FcmPushGateway(PushGatewayProperties.Fcm fcm) {
        this.transport = FcmClients.transport(fcm);
        this.app = FcmClients.newApp(fcm, transport, "radar-push-" + APP_NAMES.incrementAndGet());
        this.messaging = FirebaseMessaging.getInstance(app);
        this.inFlight = new Semaphore(fcm.maxConcurrentRequests());
        this.batchTimeoutNanos = fcm.batchTimeout().toNanos();
        this.description = "fcm (project " + app.getOptions().getProjectId() + ", "
                + (fcm.hasEndpoint() ? "stand-in at " + fcm.endpoint().trim() : "fcm.googleapis.com") + ", "
                + fcm.transport().name().toLowerCase() + " transport, " + fcm.maxConcurrentRequests()
                + " concurrent, timeouts connect " + fcm.connectTimeout() + " read " + fcm.readTimeout()
                + " batch " + fcm.batchTimeout() + ")";
    }

    @Override
    public List<DeliveryResult> send(List<OutgoingPush> batch) {
        if (batch.size() > MAX_BATCH) {
            throw new IllegalArgumentException("a batch holds at most " + MAX_BATCH + " messages, got " + batch.size());
        }
        long deadline = System.nanoTime() + batchTimeoutNanos;
        int size = batch.size();
        AtomicReferenceArray<DeliveryResult> results = new AtomicReferenceArray<>(size);
        CountDownLatch done = new CountDownLatch(size);
        List<Future<?>> tasks = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int index = i;
            OutgoingPush push = batch.get(i);
            tasks.add(threads.submit(() -> {
                try {
                    results.set(index, sendOne(push, deadline));
                } finally {
                    done.countDown();
                }
            }));
        }
        boolean finished = false;
        try {
            finished = done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<DeliveryResult> answers = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            DeliveryResult result = results.get(i);
            if (result == null) {
                // Still waiting for FCM at the deadline: it may or may not deliver, so it is a retry.
                tasks.get(i).cancel(true);
                result = FcmErrors.result(Outcome.RETRY, "DEADLINE_EXCEEDED",
                        "no answer from FCM within the batch timeout of " + Duration.ofNanos(batchTimeoutNanos), null);
            }
            answers.add(result);
        }
        if (!finished && Thread.currentThread().isInterrupted()) {
            Thread.currentThread().interrupt();
        }
        return answers;
    }

    private DeliveryResult sendOne(OutgoingPush push, long deadline) {
        Message message;
        try {
            message = FcmMessages.toMessage(push);
        } catch (RuntimeException e) {
            return FcmErrors.result(Outcome.FAILED, "INVALID_MESSAGE", e.getMessage(), null);
        }
        try {
            if (!inFlight.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return FcmErrors.result(Outcome.RETRY, "DEADLINE_EXCEEDED", "no free request slot before the batch timeout", null);
            }
        } catch (InterruptedException e) {
            return FcmErrors.result(Outcome.RETRY, "DEADLINE_EXCEEDED", "interrupted before sending", null);
        }
        try {
            return DeliveryResult.sent(messaging.send(message));
        } catch (FirebaseMessagingException e) {
            return FcmErrors.classify(e);
        } catch (RuntimeException e) {
            return FcmErrors.result(Outcome.RETRY, "IO_ERROR", String.valueOf(e), null);
        } finally {
            inFlight.release();
        }
    }

    @Override
    public String describe() {
        return description;
    }

    /** The SDK's app, for the benchmark's comparison with {@code sendEach}. */
    FirebaseApp app() {
        return app;
    }

    @Override
    public void close() {
        threads.shutdownNow();
        app.delete();
        try {
            transport.shutdown();
        } catch (IOException ignored) {
            // closing idle connections: nothing left to do about a failure
        }
    }
}
