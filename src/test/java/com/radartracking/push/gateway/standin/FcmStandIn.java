package com.radartracking.push.gateway.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A local stand-in for FCM HTTP v1 ({@code POST /v1/projects/{p}/messages:send}), for tests and benches:
 * the real Firebase Admin SDK is pointed at it (see {@code radar.push.gateway.fcm.endpoint}). It answers
 * {@code {"name":"projects/p/messages/<id>"}} after a configurable latency, held on a scheduler rather
 * than a thread per waiting request, or one of the {@link FcmFault}s: chosen by the token's prefix
 * ({@code unregistered-…}, {@code quota-…}, …) or at random by configured ratios. It counts requests per
 * token (SDK retries included) and accepted sends per token, readable here and at
 * {@code GET /standin/stats}, {@code GET /standin/tokens?token=…}; {@code POST /standin/reset} clears them
 * and {@code POST /standin/config?latencyMs=20&ratio.UNAVAILABLE=0.01} changes the behaviour.
 *
 * <p>JDK only, so it also runs from source: {@code java src/test/java/com/radartracking/push/gateway/
 * standin/FcmStandIn.java --port 0 --latency-ms 20} (see {@link #main}).
 */
public final class FcmStandIn implements AutoCloseable {

    static {
        // The JDK server closes idle keep-alive connections above 200 by default, which makes a client
        // with a bigger pool reconnect all the time; must be set before its ServerConfig loads.
        System.setProperty("sun.net.httpserver.maxIdleConnections", "8192");
    }

    private static volatile FcmStandIn shared;

    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService delays;
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

    private FcmStandIn(int port, FcmStandInSettings settings, int handlerThreads) throws IOException {
        this.settings = settings;
        for (FcmFault fault : FcmFault.values()) {
            faults.put(fault, new LongAdder());
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 4096);
        handlers = Executors.newFixedThreadPool(handlerThreads, daemon("fcm-standin-http"));
        delays = Executors.newSingleThreadScheduledExecutor(daemon("fcm-standin-latency"));
        server.setExecutor(handlers);
        server.createContext("/v1/projects/", this::send);
        server.createContext("/standin/", this::admin);
        server.start();
    }

    /** Starts a stand-in on {@code port} (0: any free port). */
    public static FcmStandIn start(int port, FcmStandInSettings settings) {
        try {
            return new FcmStandIn(port, settings, 2);
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
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
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

    private void send(HttpExchange exchange) throws IOException {
        requests.increment();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String path = exchange.getRequestURI().getPath();
        if (!"POST".equals(exchange.getRequestMethod()) || !path.endsWith("/messages:send")) {
            respond(exchange, 404, "{\"error\":{\"code\":404,\"message\":\"Not found: " + path + "\",\"status\":\"NOT_FOUND\"}}", null);
            return;
        }
        String project = path.substring("/v1/projects/".length(), path.length() - "/messages:send".length());
        SendRequestReader.Target target;
        try {
            target = SendRequestReader.read(body);
        } catch (SendRequestReader.MalformedJson | RuntimeException e) {
            fault(exchange, FcmFault.INVALID_PAYLOAD);
            return;
        }
        TokenCount count = null;
        if (target.value() != null && settings.trackTokens()) {
            count = tokens.computeIfAbsent(target.value(), t -> new TokenCount());
            count.received.increment();
            count.kind = target.kind();
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        FcmFault fault = auth == null || !auth.startsWith("Bearer ") ? FcmFault.AUTH : FcmFault.forToken(target.value());
        if (fault == null && target.value() == null) {
            fault = FcmFault.INVALID_PAYLOAD;
        }
        if (fault == null) {
            fault = settings.pickFault(ThreadLocalRandom.current().nextDouble());
        }
        if (fault != null && fault != FcmFault.SLOW) {
            fault(exchange, fault);
            return;
        }
        if (fault == FcmFault.SLOW) {
            faults.get(FcmFault.SLOW).increment();
        }
        TokenCount acceptedCount = count;
        String name = "{\"name\":\"projects/" + project + "/messages/0:" + messageIds.incrementAndGet() + "%standin\"}";
        Duration delay = fault == FcmFault.SLOW ? settings.slowDelay() : settings.latency();
        later(delay, () -> {
            if (respond(exchange, 200, name, null)) {
                accepted.increment();
                if (acceptedCount != null) {
                    acceptedCount.accepted.increment();
                }
            }
        });
    }

    private void fault(HttpExchange exchange, FcmFault fault) {
        faults.get(fault).increment();
        String retryAfter = switch (fault) {
            case QUOTA_EXCEEDED -> settings.quotaRetryAfterSeconds() >= 0 ? Long.toString(settings.quotaRetryAfterSeconds()) : null;
            case UNAVAILABLE -> settings.unavailableRetryAfterSeconds() >= 0 ? Long.toString(settings.unavailableRetryAfterSeconds()) : null;
            default -> null;
        };
        String body = fault.body();
        later(settings.latency(), () -> respond(exchange, fault.httpStatus(), body, retryAfter));
    }

    private void later(Duration delay, Runnable reply) {
        if (delay.isZero()) {
            reply.run();
        } else {
            delays.schedule(reply, delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** Writes the answer; false when the client had already gone (e.g. it timed out first). */
    private static boolean respond(HttpExchange exchange, int status, String json, String retryAfter) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
            if (retryAfter != null) {
                exchange.getResponseHeaders().set("Retry-After", retryAfter);
            }
            exchange.sendResponseHeaders(status, bytes.length);
            out.write(bytes);
            return true;
        } catch (IOException e) {
            return false;
        } finally {
            exchange.close();
        }
    }

    private void admin(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = FcmStandInSettings.parseQuery(exchange.getRequestURI().getRawQuery());
        try {
            switch (path) {
                case "/standin/stats" -> respond(exchange, 200, statsJson(), null);
                case "/standin/tokens" -> {
                    String token = query.getOrDefault("token", "");
                    respond(exchange, 200, "{\"received\":" + received(token) + ",\"accepted\":" + acceptedFor(token) + "}", null);
                }
                case "/standin/reset" -> {
                    reset();
                    respond(exchange, 200, statsJson(), null);
                }
                case "/standin/config" -> {
                    settings.apply(query);
                    respond(exchange, 200, settings.toJson(), null);
                }
                default -> respond(exchange, 404, "{\"error\":\"unknown " + path + "\"}", null);
            }
        } catch (IllegalArgumentException e) {
            respond(exchange, 400, "{\"error\":\"" + e.getMessage().replace("\"", "'") + "\"}", null);
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
        server.stop(0);
        handlers.shutdownNow();
        delays.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong n = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * {@code --port N} (0: free port), {@code --port-file F} (the port is written there once listening),
     * {@code --threads N} (HTTP handler threads, 2), and every setting of {@link FcmStandInSettings#apply}
     * as {@code --latency-ms 20}, {@code --ratio UNAVAILABLE=0.01}, {@code --slow-ms 30000},
     * {@code --quota-retry-after 60}, {@code --unavailable-retry-after -1}, {@code --track-tokens false}.
     */
    public static void main(String[] args) throws Exception {
        int port = 0;
        int threads = 2;
        Path portFile = null;
        FcmStandInSettings settings = new FcmStandInSettings();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (name) {
                case "--port" -> port = Integer.parseInt(value);
                case "--port-file" -> portFile = Path.of(value);
                case "--threads" -> threads = Integer.parseInt(value);
                case "--ratio" -> settings.apply(Map.of("ratio." + value.substring(0, value.indexOf('=')),
                        value.substring(value.indexOf('=') + 1)));
                case "--help", "-h" -> {
                    System.out.println("FcmStandIn --port 0 --port-file F --threads 2 --latency-ms 20 --ratio FAULT=p"
                            + " --slow-ms 30000 --quota-retry-after 60 --unavailable-retry-after -1 --track-tokens true");
                    return;
                }
                default -> settings.apply(Map.of(FcmStandInSettings.optionToKey(name), value));
            }
        }
        FcmStandIn standIn = new FcmStandIn(port, settings, threads);
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
