package com.radartracking.push.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which provider delivers pushes ({@code radar.push.gateway.*}, documented in application.yml).
 * {@link #validate()} turns every invalid combination into one clear start-up error.
 *
 * @param provider {@code sandbox} (records instead of sending; the local default) or {@code fcm}
 * @param fcm settings of the Firebase Admin SDK
 * @param sandbox settings of the recording provider
 */
@ConfigurationProperties("radar.push.gateway")
public record PushGatewayProperties(
        @DefaultValue("sandbox") Provider provider,
        @DefaultValue Fcm fcm,
        @DefaultValue Sandbox sandbox) {

    public enum Provider { SANDBOX, FCM }

    /**
     * HTTP client under the SDK: our HTTP/1.1 client on blocking sockets ({@code http1}, the cheapest per
     * message on virtual threads), pooled Apache HttpClient 4, the JDK's HttpURLConnection, or the SDK's own
     * default, Apache HttpClient 5 async with HTTP/2 to FCM.
     */
    public enum Transport { HTTP1, APACHE, JDK, APACHE_H2 }

    /**
     * @param projectId Firebase project; may be left out when the service account JSON names it
     * @param credentialsFile service account JSON file (GOOGLE_APPLICATION_CREDENTIALS)
     * @param credentialsJson the service account JSON itself (FCM_CREDENTIALS_JSON), for secret stores
     * @param endpoint base URL that replaces {@code https://fcm.googleapis.com} (the local stand-in);
     *     with it the SDK uses a fake access token and needs no credentials
     * @param connectTimeout TCP connect timeout of one request
     * @param readTimeout how long one request waits for FCM's answer
     * @param batchTimeout a {@code send(batch)} call returns within this; messages still unanswered then
     *     are RETRY (the SDK's own retries of 503 count inside it)
     * @param maxConcurrentRequests requests in flight at once, over all batches of this instance. An instance
     *     sends at most this many ÷ FCM's latency per second (Little's law): 1024 at FCM's usual 20-60 ms
     *     is 17,000-50,000 msg/s; the earlier 256 capped the fan-out bench at 10,000-12,800 msg/s (20-25 ms)
     * @param transport HTTP client the SDK sends with
     */
    public record Fcm(
            String projectId,
            String credentialsFile,
            String credentialsJson,
            String endpoint,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("10s") Duration readTimeout,
            @DefaultValue("30s") Duration batchTimeout,
            @DefaultValue("1024") int maxConcurrentRequests,
            @DefaultValue("http1") Transport transport) {

        public boolean hasEndpoint() {
            return endpoint != null && !endpoint.isBlank();
        }

        public boolean hasCredentialsFile() {
            return credentialsFile != null && !credentialsFile.isBlank();
        }

        public boolean hasCredentialsJson() {
            return credentialsJson != null && !credentialsJson.isBlank();
        }
    }

    /** @param keep how many recorded messages the sandbox keeps in memory (oldest dropped first) */
    public record Sandbox(@DefaultValue("10000") int keep) {
    }

    /** Throws {@link IllegalStateException} naming every problem, or returns this. */
    public PushGatewayProperties validate() {
        List<String> problems = new ArrayList<>();
        if (provider == null) {
            problems.add("radar.push.gateway.provider must be 'sandbox' or 'fcm'");
        } else if (provider == Provider.SANDBOX) {
            if (fcm.hasEndpoint()) {
                problems.add("radar.push.gateway.fcm.endpoint (FCM_ENDPOINT) is set but the provider is 'sandbox', which"
                        + " sends nothing: set radar.push.gateway.provider=fcm (PUSH_PROVIDER=fcm) to send to it");
            }
            if (sandbox.keep() < 1) {
                problems.add("radar.push.gateway.sandbox.keep must be at least 1");
            }
        } else {
            validateFcm(problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid push gateway configuration: " + String.join("; ", problems));
        }
        return this;
    }

    private void validateFcm(List<String> problems) {
        if (fcm.hasEndpoint()) {
            try {
                URI uri = URI.create(fcm.endpoint().trim());
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                        || (uri.getPath() != null && !uri.getPath().isEmpty() && !"/".equals(uri.getPath()))) {
                    problems.add("radar.push.gateway.fcm.endpoint must be a base URL such as http://127.0.0.1:8089, not '"
                            + fcm.endpoint() + "'");
                }
            } catch (IllegalArgumentException e) {
                problems.add("radar.push.gateway.fcm.endpoint is not a URL: '" + fcm.endpoint() + "'");
            }
            if (fcm.hasCredentialsFile() || fcm.hasCredentialsJson()) {
                problems.add("radar.push.gateway.fcm.endpoint points the SDK at a stand-in with a fake access token: do not"
                        + " give it real credentials (unset GOOGLE_APPLICATION_CREDENTIALS / FCM_CREDENTIALS_JSON)");
            }
            if (fcm.projectId() == null || fcm.projectId().isBlank()) {
                problems.add("radar.push.gateway.fcm.project-id (FCM_PROJECT_ID) is required with an endpoint override");
            }
        } else if (fcm.hasCredentialsFile() && fcm.hasCredentialsJson()) {
            problems.add("set either radar.push.gateway.fcm.credentials-file (GOOGLE_APPLICATION_CREDENTIALS) or"
                    + " radar.push.gateway.fcm.credentials-json (FCM_CREDENTIALS_JSON), not both");
        }
        positive(problems, "connect-timeout", fcm.connectTimeout());
        positive(problems, "read-timeout", fcm.readTimeout());
        positive(problems, "batch-timeout", fcm.batchTimeout());
        if (fcm.connectTimeout() != null && fcm.readTimeout() != null && fcm.batchTimeout() != null
                && fcm.batchTimeout().compareTo(fcm.connectTimeout().plus(fcm.readTimeout())) < 0) {
            problems.add("radar.push.gateway.fcm.batch-timeout must be at least connect-timeout + read-timeout");
        }
        if (fcm.maxConcurrentRequests() < 1 || fcm.maxConcurrentRequests() > 10_000) {
            problems.add("radar.push.gateway.fcm.max-concurrent-requests must be between 1 and 10000");
        }
        if (fcm.transport() == null) {
            problems.add("radar.push.gateway.fcm.transport must be 'http1', 'apache', 'jdk' or 'apache-h2'");
        }
    }

    private static void positive(List<String> problems, String name, Duration value) {
        // The SDK reads 0 as "wait forever": a timeout must never be 0.
        if (value == null || value.isZero() || value.isNegative() || value.toMillis() > Integer.MAX_VALUE) {
            problems.add("radar.push.gateway.fcm." + name + " must be a positive duration (0 would mean no timeout)");
        } else if (value.toMillis() < 1) {
            problems.add("radar.push.gateway.fcm." + name + " must be at least 1ms");
        }
    }
}
