package com.radartracking.push.gateway;

import com.google.firebase.messaging.BatchResponse;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.Message;
import com.radartracking.push.gateway.OutgoingPush.TokenKind;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * bench/push-gateway's load: N messages through {@link FcmPushGateway} (the real SDK) to a running FCM
 * stand-in, in batches of 500 from {@code workers} concurrent callers, as the dispatcher calls it. Prints
 * messages/s, batch latency percentiles and this JVM's CPU per message. {@code --mode send-each} sends
 * the same batches with the SDK's {@code sendEach} instead, for comparison. Not a test: a main.
 *
 * <p>Arguments: {@code --endpoint URL --messages N --warmup N --workers N --concurrency N
 * --transport http1|apache|jdk|apache-h2 --mode gateway|send-each|send-each-async}.
 */
public final class PushGatewayBench {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String endpoint = opts.getOrDefault("endpoint", "http://127.0.0.1:18290");
        int messages = Integer.parseInt(opts.getOrDefault("messages", "200000"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "50000"));
        int workers = Integer.parseInt(opts.getOrDefault("workers", "4"));
        int concurrency = Integer.parseInt(opts.getOrDefault("concurrency", "1024"));
        String mode = opts.getOrDefault("mode", "gateway");
        PushGatewayProperties.Transport transport = PushGatewayProperties.Transport.valueOf(
                opts.getOrDefault("transport", "http1").toUpperCase().replace('-', '_'));
        PushGatewayProperties.Fcm fcm = new PushGatewayProperties.Fcm("radar-bench", null, null, endpoint,
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), concurrency, transport);

        try (FcmPushGateway gateway = new FcmPushGateway(fcm)) {
            FirebaseMessaging messaging = FirebaseMessaging.getInstance(gateway.app());
            System.out.printf("[bench] %s, mode %s, %d workers × batches of %d%n", gateway.describe(), mode, workers,
                    PushGateway.MAX_BATCH);
            run(gateway, messaging, mode, warmup, workers, "warm-up");
            Result result = run(gateway, messaging, mode, messages, workers, "measured");
            result.print(messages);
        }
    }

    private record Result(double seconds, long cpuNanos, long[] batchNanos, long sent, long notSent) {
        void print(int messages) {
            long[] sorted = batchNanos.clone();
            Arrays.sort(sorted);
            System.out.printf("[bench] %d messages in %.2f s: %.0f msgs/s; sent %d, not sent %d%n", messages, seconds,
                    messages / seconds, sent, notSent);
            System.out.printf("[bench] batch of %d latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", PushGateway.MAX_BATCH,
                    pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
            System.out.printf("[bench] sender JVM CPU: %.1f µs per message (%.2f cores busy)%n", cpuNanos / 1e3 / messages,
                    cpuNanos / 1e9 / seconds);
        }

        private static double pct(long[] sorted, double p) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }

    private static Result run(FcmPushGateway gateway, FirebaseMessaging messaging, String mode, int messages, int workers,
            String label) throws Exception {
        int batches = (messages + PushGateway.MAX_BATCH - 1) / PushGateway.MAX_BATCH;
        AtomicLong nextBatch = new AtomicLong();
        long[] batchNanos = new long[batches];
        LongAdder sent = new LongAdder();
        LongAdder notSent = new LongAdder();
        String run = UUID.randomUUID().toString().substring(0, 8);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    long b;
                    while ((b = nextBatch.getAndIncrement()) < batches) {
                        int from = (int) b * PushGateway.MAX_BATCH;
                        int size = Math.min(PushGateway.MAX_BATCH, messages - from);
                        List<OutgoingPush> batch = new ArrayList<>(size);
                        for (int i = 0; i < size; i++) {
                            batch.add(new OutgoingPush(UUID.randomUUID(), null, "bench-" + run + "-" + (from + i),
                                    TokenKind.FCM_TOKEN, "¡Hola Ana!", "Tienes 120 puntos: tu café de hoy va por nuestra cuenta",
                                    null, Map.of("deepLink", "radar://rewards/42")));
                        }
                        long t0 = System.nanoTime();
                        long ok = switch (mode) {
                            case "gateway" -> gateway.send(batch).stream().filter(r -> r.outcome() == DeliveryResult.Outcome.SENT).count();
                            case "send-each" -> sendEach(messaging, batch, false);
                            case "send-each-async" -> sendEach(messaging, batch, true);
                            default -> throw new IllegalArgumentException("mode " + mode);
                        };
                        batchNanos[(int) b] = System.nanoTime() - t0;
                        sent.add(ok);
                        notSent.add(size - ok);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = os.getProcessCpuTime() - cpuStart;
        System.out.printf("[bench] %s: %d messages, %.0f msgs/s%n", label, messages, messages / seconds);
        return new Result(seconds, cpu, batchNanos, sent.sum(), notSent.sum());
    }

    private static long sendEach(FirebaseMessaging messaging, List<OutgoingPush> batch, boolean async) throws Exception {
        List<Message> messages = batch.stream().map(FcmMessages::toMessage).toList();
        BatchResponse response = async ? messaging.sendEachAsync(messages).get() : messaging.sendEach(messages);
        return response.getSuccessCount();
    }
}
