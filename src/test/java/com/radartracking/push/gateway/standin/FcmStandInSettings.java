package com.radartracking.push.gateway.standin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the FCM stand-in behaves; changeable while it runs (from a test, or over
 * {@code POST /standin/config?…} from a bench). Defaults: no latency, no random faults, QUOTA_EXCEEDED
 * with {@code Retry-After: 60}, UNAVAILABLE without Retry-After, slow answers after 30 s, tokens counted.
 */
public final class FcmStandInSettings {

    private volatile Duration latency;
    private volatile Duration slowDelay;
    private volatile long quotaRetryAfterSeconds;
    private volatile long unavailableRetryAfterSeconds;
    private volatile boolean trackTokens;
    /** Faults and their cumulative probability bounds, in enum order; swapped whole, never mutated. */
    private volatile Map<FcmFault, Double> ratios;
    private volatile double[] cumulative;

    public FcmStandInSettings() {
        reset();
    }

    /** Back to the defaults. */
    public synchronized FcmStandInSettings reset() {
        latency = Duration.ZERO;
        slowDelay = Duration.ofSeconds(30);
        quotaRetryAfterSeconds = 60;
        unavailableRetryAfterSeconds = -1;
        trackTokens = true;
        ratios(new EnumMap<>(FcmFault.class));
        return this;
    }

    public FcmStandInSettings latency(Duration value) {
        latency = value;
        return this;
    }

    public FcmStandInSettings slowDelay(Duration value) {
        slowDelay = value;
        return this;
    }

    /** Retry-After of 429 answers, in seconds; negative: none. */
    public FcmStandInSettings quotaRetryAfterSeconds(long value) {
        quotaRetryAfterSeconds = value;
        return this;
    }

    /**
     * Retry-After of 503 answers, in seconds; negative: none. The SDK itself retries 503 up to 4 times
     * (0.5, 1, 2, 4 s apart, or after Retry-After when it is at most 60 s; beyond 60 s it gives up).
     */
    public FcmStandInSettings unavailableRetryAfterSeconds(long value) {
        unavailableRetryAfterSeconds = value;
        return this;
    }

    public FcmStandInSettings trackTokens(boolean value) {
        trackTokens = value;
        return this;
    }

    /** The share (0..1) of requests, among those whose token asks for nothing, that get {@code fault}. */
    public synchronized FcmStandInSettings ratio(FcmFault fault, double share) {
        EnumMap<FcmFault, Double> next = new EnumMap<>(FcmFault.class);
        next.putAll(ratios);
        if (share <= 0) {
            next.remove(fault);
        } else {
            next.put(fault, share);
        }
        ratios(next);
        return this;
    }

    private void ratios(EnumMap<FcmFault, Double> next) {
        double[] bounds = new double[FcmFault.values().length];
        double sum = 0;
        for (FcmFault fault : FcmFault.values()) {
            sum += next.getOrDefault(fault, 0.0);
            bounds[fault.ordinal()] = sum;
        }
        if (sum > 1.0 + 1e-9) {
            throw new IllegalArgumentException("fault ratios add up to " + sum + ", more than 1");
        }
        ratios = Map.copyOf(next);
        cumulative = bounds;
    }

    /** The fault for a uniform draw in [0, 1), or null for success. */
    FcmFault pickFault(double draw) {
        double[] bounds = cumulative;
        if (bounds[bounds.length - 1] == 0) {
            return null;
        }
        for (int i = 0; i < bounds.length; i++) {
            if (draw < bounds[i]) {
                return FcmFault.values()[i];
            }
        }
        return null;
    }

    public Duration latency() {
        return latency;
    }

    public Duration slowDelay() {
        return slowDelay;
    }

    public long quotaRetryAfterSeconds() {
        return quotaRetryAfterSeconds;
    }

    public long unavailableRetryAfterSeconds() {
        return unavailableRetryAfterSeconds;
    }

    public boolean trackTokens() {
        return trackTokens;
    }

    /**
     * Applies {@code latencyMs}, {@code slowMs}, {@code quotaRetryAfter}, {@code unavailableRetryAfter},
     * {@code trackTokens} and {@code ratio.<FAULT>} (e.g. {@code ratio.UNAVAILABLE=0.01}); unknown keys fail.
     */
    public FcmStandInSettings apply(Map<String, String> values) {
        values.forEach((key, value) -> {
            switch (key) {
                case "latencyMs" -> latency(Duration.ofMillis(Long.parseLong(value)));
                case "slowMs" -> slowDelay(Duration.ofMillis(Long.parseLong(value)));
                case "quotaRetryAfter" -> quotaRetryAfterSeconds(Long.parseLong(value));
                case "unavailableRetryAfter" -> unavailableRetryAfterSeconds(Long.parseLong(value));
                case "trackTokens" -> trackTokens(Boolean.parseBoolean(value));
                default -> {
                    if (!key.startsWith("ratio.")) {
                        throw new IllegalArgumentException("unknown setting " + key);
                    }
                    ratio(FcmFault.valueOf(key.substring("ratio.".length())), Double.parseDouble(value));
                }
            }
        });
        return this;
    }

    /** {@code --latency-ms} → {@code latencyMs}. */
    static String optionToKey(String option) {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : option.replaceFirst("^--", "").toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }

    static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    public String toJson() {
        StringBuilder json = new StringBuilder("{\"latencyMs\":").append(latency.toMillis())
                .append(",\"slowMs\":").append(slowDelay.toMillis())
                .append(",\"quotaRetryAfter\":").append(quotaRetryAfterSeconds)
                .append(",\"unavailableRetryAfter\":").append(unavailableRetryAfterSeconds)
                .append(",\"trackTokens\":").append(trackTokens).append(",\"ratios\":{");
        ratios.forEach((fault, share) -> json.append('"').append(fault).append("\":").append(share).append(','));
        if (!ratios.isEmpty()) {
            json.setLength(json.length() - 1);
        }
        return json.append("}}").toString();
    }
}
