import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop HTTP load generator for bench/ (single-file source program: {@code java LoadGen.java}).
 *
 * <p>Why not wrk: the requests of a benchmark differ from one another (a different search term, a
 * different device per ping), which a body file with one request per line expresses simply, and the
 * percentiles are printed in the same format for every bench. Each of {@code --concurrency} virtual
 * threads sends its next request when the previous one answered (closed loop), round-robin over the
 * lines of {@code --bodies}; {@code {{n}}} in a line becomes a per-request counter. A warm-up phase
 * is discarded. Non-2xx answers and GraphQL {@code "errors"} are counted as failures, not latencies.
 * {@code {{now}}} becomes the current instant (ISO 8601) and {@code {{now-MS}}} that minus MS milliseconds
 * (device times of location pings). With {@code --line-headers} each line is {@code Header: value} fields
 * and then the body, separated by tabs (a different app key and customer token per request).
 *
 * <p>Usage: java LoadGen.java --url URL [--method POST] [--header 'K: V']... [--bodies FILE]
 *   [--concurrency 8] [--warmup 5] [--duration 20] [--label NAME] [--line-headers]
 */
public class LoadGen {

    public static void main(String[] args) throws Exception {
        String url = null, method = "POST", label = "load", bodiesFile = null;
        int concurrency = 8, warmupSeconds = 5, durationSeconds = 20;
        boolean lineHeaders = false;
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--method" -> method = args[++i];
                case "--header" -> headers.add(args[++i]);
                case "--bodies" -> bodiesFile = args[++i];
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                case "--warmup" -> warmupSeconds = Integer.parseInt(args[++i]);
                case "--duration" -> durationSeconds = Integer.parseInt(args[++i]);
                case "--label" -> label = args[++i];
                case "--line-headers" -> lineHeaders = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (url == null) throw new IllegalArgumentException("--url is required");
        List<String> bodies = bodiesFile == null ? List.of("")
                : Files.readAllLines(Path.of(bodiesFile)).stream().filter(l -> !l.isBlank()).toList();

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        AtomicLong counter = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        ConcurrentLinkedQueue<String> failureSamples = new ConcurrentLinkedQueue<>();
        long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        long end = warmupEnd + durationSeconds * 1_000_000_000L;
        List<long[]> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        final String target = url, verb = method;
        final boolean perLineHeaders = lineHeaders;
        for (int t = 0; t < concurrency; t++) {
            long[] latencies = new long[1_000_000];
            perThread.add(latencies);
            threads.add(Thread.ofVirtual().start(() -> {
                int recorded = 0;
                while (System.nanoTime() < end) {
                    long n = counter.incrementAndGet();
                    String body = withTimes(bodies.get((int) (n % bodies.size())).replace("{{n}}", Long.toString(n)));
                    List<String> requestHeaders = headers;
                    if (perLineHeaders) {
                        String[] fields = body.split("\t");
                        requestHeaders = new ArrayList<>(headers);
                        requestHeaders.addAll(Arrays.asList(fields).subList(0, fields.length - 1));
                        body = fields[fields.length - 1];
                    }
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
                            .timeout(Duration.ofSeconds(30))
                            .method(verb, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
                    for (String h : requestHeaders) {
                        int colon = h.indexOf(':');
                        request.header(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
                    }
                    long start = System.nanoTime();
                    boolean ok;
                    String answer = "";
                    try {
                        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                        answer = response.statusCode() + " " + response.body();
                        ok = response.statusCode() / 100 == 2 && !response.body().startsWith("{\"errors\"")
                                && !response.body().contains("\"errors\":[{");
                    } catch (Exception e) {
                        ok = false;
                        answer = e.toString();
                    }
                    long elapsed = System.nanoTime() - start;
                    if (start < warmupEnd) continue;
                    if (!ok) {
                        failures.incrementAndGet();
                        if (failureSamples.size() < 3) failureSamples.add(answer.substring(0, Math.min(300, answer.length())));
                        continue;
                    }
                    if (recorded < latencies.length) latencies[recorded++] = elapsed;
                    latencies[latencies.length - 1] = recorded; // last slot carries the count
                }
            }));
        }
        for (Thread thread : threads) thread.join();
        long total = perThread.stream().mapToLong(l -> l[l.length - 1]).sum();
        long[] all = new long[(int) total];
        int pos = 0;
        for (long[] l : perThread) {
            int count = (int) l[l.length - 1];
            System.arraycopy(l, 0, all, pos, count);
            pos += count;
        }
        Arrays.sort(all);
        System.out.printf("%s: %d ok, %d failed in %d s with %d clients -> %.1f req/s; latency ms p50 %.2f p95 %.2f p99 %.2f max %.2f%n",
                label, total, failures.get(), durationSeconds, concurrency, total / (double) durationSeconds,
                pct(all, 50), pct(all, 95), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        failureSamples.forEach(s -> System.out.println("  failure sample: " + s));
        System.exit(failures.get() > 0 && total == 0 ? 1 : 0);
    }

    private static final java.util.regex.Pattern NOW = java.util.regex.Pattern.compile("\\{\\{now(?:-(\\d+))?}}");

    /** {@code {{now}}} and {@code {{now-MS}}} as ISO 8601 instants. */
    private static String withTimes(String line) {
        if (!line.contains("{{now")) return line;
        java.time.Instant now = java.time.Instant.now();
        return NOW.matcher(line).replaceAll(m ->
                now.minusMillis(m.group(1) == null ? 0 : Long.parseLong(m.group(1))).toString());
    }

    private static double pct(long[] sorted, int percentile) {
        if (sorted.length == 0) return 0;
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
