package com.radartracking.push.gateway.standin;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A local stand-in for FCM HTTP v1 ({@code POST /v1/projects/{p}/messages:send}), for tests and benches:
 * the real Firebase Admin SDK is pointed at it (see {@code radar.push.gateway.fcm.endpoint}). It answers
 * {@code {"name":"projects/p/messages/<id>"}} after a configurable latency (held in a timer queue of
 * its one-thread NIO server, {@link StandInHttpServer}, not by a thread per waiting request), or one of the {@link FcmFault}s: chosen by the token's prefix
 * ({@code unregistered-…}, {@code quota-…}, …) or at random by configured ratios. It counts requests per
 * token (SDK retries included) and accepted sends per token, readable here and at
 * {@code GET /standin/stats}, {@code GET /standin/tokens?token=…}; {@code POST /standin/reset} clears them
 * and {@code POST /standin/config?latencyMs=20&ratio.UNAVAILABLE=0.01} changes the behaviour.
 *
 * <p>JDK only, so it also runs from source: {@code java src/test/java/com/radartracking/push/gateway/
 * standin/FcmStandIn.java --port 0 --latency-ms 20} (see {@link #main}).
 */
public final class FcmStandIn implements AutoCloseable {

    private static volatile FcmStandIn shared;

    private final StandInHttpServer server;
    private final FcmStandInSettings settings;
    private final AtomicLong messageIds = new AtomicLong();
    private final LongAdder requests = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final Map<FcmFault, LongAdder> faults = new EnumMap<>(FcmFault.class);
    private final ConcurrentHashMap<String, TokenCount> tokens = new ConcurrentHashMap<>();

    /** Requests and accepted sends of one token. */
    public static final class TokenCount {
        final LongAdder received = new LongAdder();
        final LongAdder accepted = new LongAdder();
        volatile String kind;

        /** "token" or "fid": the field of the message that named it. */
        public String kind() {
            return kind;
        }

        public long received() {
            return received.sum();
        }

        public long accepted() {
            return accepted.sum();
        }
    }

    private FcmStandIn(int port, FcmStandInSettings settings) throws IOException {
        this.settings = settings;
        for (FcmFault fault : FcmFault.values()) {
            faults.put(fault, new LongAdder());
        }
        server = new StandInHttpServer(port, this::handle);
    }

    /** Starts a stand-in on {@code port} (0: any free port). */
    public static FcmStandIn start(int port, FcmStandInSettings settings) {
        try {
            return new FcmStandIn(port, settings);
        } catch (IOException e) {
            throw new IllegalStateException("FCM stand-in could not listen on port " + port, e);
        }
    }

    /**
     * One stand-in per JVM on a free port, with no latency and no random faults: tests share it so
     * Spring's context cache sees the same endpoint every time. Tests that change its settings or read
     * its counters call {@link #reset()} first.
     */
    public static synchronized FcmStandIn shared() {
        if (shared == null) {
            shared = start(0, new FcmStandInSettings());
        }
        return shared;
    }

    /** Base URL to give {@code radar.push.gateway.fcm.endpoint}, e.g. {@code http://127.0.0.1:41234}. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.port();
    }

    public int port() {
        return server.port();
    }

    public FcmStandInSettings settings() {
        return settings;
    }

    /** Clears the counters and puts the settings back to their defaults. */
    public void reset() {
        requests.reset();
        accepted.reset();
        faults.values().forEach(LongAdder::reset);
        tokens.clear();
        settings.reset();
    }

    public long requests() {
        return requests.sum();
    }

    public long accepted() {
        return accepted.sum();
    }

    public long faults(FcmFault fault) {
        return faults.get(fault).sum();
    }

    /** Requests that named {@code token} (SDK retries count each time). */
    public long received(String token) {
        TokenCount count = tokens.get(token);
        return count == null ? 0 : count.received();
    }

    /** Sends accepted for {@code token}: more than one means the device got the message twice. */
    public long acceptedFor(String token) {
        TokenCount count = tokens.get(token);
        return count == null ? 0 : count.accepted();
    }

    /** "token" or "fid", as the last request for it named it; null when never received. */
    public String kindOf(String token) {
        TokenCount count = tokens.get(token);
        return count == null ? null : count.kind();
    }

    public Map<String, TokenCount> tokens() {
        return tokens;
    }

    /** Extra accepted sends over all tokens (a token accepted 3 times counts 2). */
    public long duplicateAccepts() {
        return tokens.values().stream().mapToLong(c -> Math.max(0, c.accepted() - 1)).sum();
    }

    private StandInHttpServer.Reply handle(StandInHttpServer.Request request) {
        String path = request.path();
        if (path.startsWith("/standin/")) {
            return admin(path, FcmStandInSettings.parseQuery(request.query()));
        }
        requests.increment();
        if (!"POST".equals(request.method()) || !path.startsWith("/v1/projects/") || !path.endsWith("/messages:send")) {
            return reply(404, "{\"error\":{\"code\":404,\"message\":\"Not found: " + path + "\",\"status\":\"NOT_FOUND\"}}");
        }
        String project = path.substring("/v1/projects/".length(), path.length() - "/messages:send".length());
        SendRequestReader.Target target;
        try {
            target = SendRequestReader.read(request.body());
        } catch (SendRequestReader.MalformedJson | RuntimeException e) {
            return fault(FcmFault.INVALID_PAYLOAD);
        }
        TokenCount count = null;
        if (target.value() != null && settings.trackTokens()) {
            count = tokens.computeIfAbsent(target.value(), t -> new TokenCount());
            count.received.increment();
            count.kind = target.kind();
        }
        String auth = request.authorization();
        FcmFault fault = auth == null || !auth.startsWith("Bearer ") ? FcmFault.AUTH : FcmFault.forToken(target.value());
        if (fault == null && target.value() == null) {
            fault = FcmFault.INVALID_PAYLOAD;
        }
        if (fault == null) {
            fault = settings.pickFault(ThreadLocalRandom.current().nextDouble());
        }
        if (fault != null && fault != FcmFault.SLOW) {
            return fault(fault);
        }
        if (fault == FcmFault.SLOW) {
            faults.get(FcmFault.SLOW).increment();
        }
        TokenCount acceptedCount = count;
        String name = "{\"name\":\"projects/" + project + "/messages/0:" + messageIds.incrementAndGet() + "%standin\"}";
        Duration delay = fault == FcmFault.SLOW ? settings.slowDelay() : settings.latency();
        return new StandInHttpServer.Reply(200, name, null, delay.toNanos(), () -> {
            accepted.increment();
            if (acceptedCount != null) {
                acceptedCount.accepted.increment();
            }
        });
    }

    private StandInHttpServer.Reply fault(FcmFault fault) {
        faults.get(fault).increment();
        String retryAfter = switch (fault) {
            case QUOTA_EXCEEDED -> settings.quotaRetryAfterSeconds() >= 0 ? Long.toString(settings.quotaRetryAfterSeconds()) : null;
            case UNAVAILABLE -> settings.unavailableRetryAfterSeconds() >= 0 ? Long.toString(settings.unavailableRetryAfterSeconds()) : null;
            default -> null;
        };
        return new StandInHttpServer.Reply(fault.httpStatus(), fault.body(), retryAfter, settings.latency().toNanos(), null);
    }

    private static StandInHttpServer.Reply reply(int status, String json) {
        return new StandInHttpServer.Reply(status, json, null, 0, null);
    }

    private StandInHttpServer.Reply admin(String path, Map<String, String> query) {
        try {
            return switch (path) {
                case "/standin/stats" -> reply(200, statsJson());
                case "/standin/tokens" -> {
                    String token = query.getOrDefault("token", "");
                    yield reply(200, "{\"received\":" + received(token) + ",\"accepted\":" + acceptedFor(token) + "}");
                }
                case "/standin/reset" -> {
                    reset();
                    yield reply(200, statsJson());
                }
                case "/standin/config" -> {
                    settings.apply(query);
                    yield reply(200, settings.toJson());
                }
                default -> reply(404, "{\"error\":\"unknown " + path + "\"}");
            };
        } catch (IllegalArgumentException e) {
            return reply(400, "{\"error\":\"" + String.valueOf(e.getMessage()).replace("\"", "'") + "\"}");
        }
    }

    /** Counters as JSON, for benches: requests, accepted, per-fault counts, distinct tokens, duplicates. */
    public String statsJson() {
        StringBuilder json = new StringBuilder("{\"requests\":").append(requests()).append(",\"accepted\":").append(accepted())
                .append(",\"distinctTokens\":").append(tokens.size()).append(",\"duplicateAccepts\":").append(duplicateAccepts())
                .append(",\"faults\":{");
        faults.forEach((fault, n) -> json.append('"').append(fault).append("\":").append(n.sum()).append(','));
        json.setLength(json.length() - 1);
        return json.append("},\"settings\":").append(settings.toJson()).append('}').toString();
    }

    @Override
    public void close() {
        server.close();
    }

    /**
     * {@code --port N} (0: free port), {@code --port-file F} (the port is written there once listening),
     * and every setting of {@link FcmStandInSettings#apply}
     * as {@code --latency-ms 20}, {@code --ratio UNAVAILABLE=0.01}, {@code --slow-ms 30000},
     * {@code --quota-retry-after 60}, {@code --unavailable-retry-after -1}, {@code --track-tokens false}.
     */
    public static void main(String[] args) throws Exception {
        int port = 0;
        Path portFile = null;
        FcmStandInSettings settings = new FcmStandInSettings();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (name) {
                case "--port" -> port = Integer.parseInt(value);
                case "--port-file" -> portFile = Path.of(value);
                case "--ratio" -> settings.apply(Map.of("ratio." + value.substring(0, value.indexOf('=')),
                        value.substring(value.indexOf('=') + 1)));
                case "--help", "-h" -> {
                    System.out.println("FcmStandIn --port 0 --port-file F --latency-ms 20 --ratio FAULT=p"
                            + " --slow-ms 30000 --quota-retry-after 60 --unavailable-retry-after -1 --track-tokens true");
                    return;
                }
                default -> settings.apply(Map.of(FcmStandInSettings.optionToKey(name), value));
            }
        }
        FcmStandIn standIn = new FcmStandIn(port, settings);
        if (portFile != null) {
            Files.writeString(portFile, Integer.toString(standIn.port()));
        }
        System.out.println("FCM stand-in listening on " + standIn.endpoint() + " " + settings.toJson());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("FCM stand-in stopping: " + standIn.statsJson())));
        Thread.currentThread().join();
    }

    /** The endpoint as a URI, for clients that want one. */
    public URI uri() {
        return URI.create(endpoint());
    }
}
