package com.radartracking.push.gateway;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.apache.v2.ApacheHttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.internal.ApacheHttp2Transport;
import com.radartracking.push.gateway.http1.Http1Transport;
import com.radartracking.push.gateway.json.PooledJacksonFactory;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLSocketFactory;
import org.apache.http.HttpHost;
import org.apache.http.conn.routing.HttpRoute;
import org.apache.http.conn.routing.HttpRoutePlanner;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.impl.conn.SystemDefaultRoutePlanner;

/**
 * Builds the Firebase app the FCM gateway sends through: its HTTP transport (a connection pool as big
 * as the concurrency, and, with an endpoint override, every {@code *.googleapis.com} request sent to
 * the stand-in instead), its credentials and its timeouts. The SDK's URL is fixed, so the transport is
 * the only supported place to redirect it (TOOLCHAIN.md).
 */
final class FcmClients {

    private static final String GOOGLE_APIS = ".googleapis.com";

    private FcmClients() {
    }

    static FirebaseApp newApp(PushGatewayProperties.Fcm fcm, HttpTransport transport, String appName) {
        GoogleCredentials credentials = credentials(fcm);
        String projectId = fcm.projectId() != null && !fcm.projectId().isBlank() ? fcm.projectId().trim()
                : credentials instanceof ServiceAccountCredentials account ? account.getProjectId() : null;
        if (projectId == null || projectId.isBlank()) {
            throw new IllegalStateException("Invalid push gateway configuration: radar.push.gateway.fcm.project-id"
                    + " (FCM_PROJECT_ID) is not set and the credentials do not name a project");
        }
        FirebaseOptions options = FirebaseOptions.builder()
                .setProjectId(projectId)
                .setCredentials(credentials)
                .setHttpTransport(transport)
                .setJsonFactory(new PooledJacksonFactory())
                .setConnectTimeout((int) fcm.connectTimeout().toMillis())
                .setReadTimeout((int) fcm.readTimeout().toMillis())
                .build();
        return FirebaseApp.initializeApp(options, appName);
    }

    static HttpTransport transport(PushGatewayProperties.Fcm fcm) {
        URI endpoint = fcm.hasEndpoint() ? URI.create(fcm.endpoint().trim()) : null;
        return switch (fcm.transport()) {
            case HTTP1 -> http1(endpoint, fcm.maxConcurrentRequests());
            case APACHE -> apache(endpoint, fcm.maxConcurrentRequests());
            case JDK -> jdk(endpoint, fcm.maxConcurrentRequests());
            case APACHE_H2 -> apacheH2(endpoint, fcm.maxConcurrentRequests());
        };
    }

    /** Our HTTP/1.1 client, keeping as many idle connections as requests may be in flight. */
    private static HttpTransport http1(URI endpoint, int connections) {
        UnaryOperator<URI> route = endpoint == null ? UnaryOperator.identity()
                : target -> target.getHost().endsWith(GOOGLE_APIS) ? endpoint : target;
        return new Http1Transport(route, (SSLSocketFactory) SSLSocketFactory.getDefault(), connections, Duration.ofSeconds(30));
    }

    /**
     * The SDK's own default: Apache HttpClient 5 async, HTTP/2 to FCM (100 streams per connection) and
     * HTTP/1.1 to a plain-HTTP stand-in, here with a pool of {@code connections}.
     */
    private static HttpTransport apacheH2(URI endpoint, int connections) {
        var builder = ApacheHttp2Transport.defaultHttpAsyncClientBuilder()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections)
                        .setMaxConnPerRoute(connections)
                        .setDefaultTlsConfig(TlsConfig.custom().setVersionPolicy(HttpVersionPolicy.NEGOTIATE).build())
                        .build());
        if (endpoint != null) {
            org.apache.hc.core5.http.HttpHost standIn =
                    new org.apache.hc.core5.http.HttpHost(endpoint.getScheme(), endpoint.getHost(), port(endpoint));
            var system = new org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner(ProxySelector.getDefault());
            builder.setRoutePlanner((target, context) -> target.getHostName().endsWith(GOOGLE_APIS)
                    ? new org.apache.hc.client5.http.HttpRoute(standIn) : system.determineRoute(target, context));
        }
        return new ApacheHttp2Transport(builder.build());
    }

    /** Apache HttpClient 4 with a pool of {@code connections} (its default of 20 per host would queue). */
    private static HttpTransport apache(URI endpoint, int connections) {
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
        pool.setMaxTotal(connections);
        pool.setDefaultMaxPerRoute(connections);
        HttpRoutePlanner system = new SystemDefaultRoutePlanner(ProxySelector.getDefault());
        HttpRoutePlanner planner = endpoint == null ? system : (target, request, context) ->
                target.getHostName().endsWith(GOOGLE_APIS)
                        ? new HttpRoute(new HttpHost(endpoint.getHost(), port(endpoint), endpoint.getScheme()))
                        : system.determineRoute(target, request, context);
        return new ApacheHttpTransport(HttpClientBuilder.create()
                .setConnectionManager(pool)
                .setRoutePlanner(planner)
                // Interceptors FCM calls do not need, each a little CPU per request: redirects, retries (the
                // SDK and the dispatcher retry), cookies, auth caching, connection state, and decompression
                // (google-http-client decodes gzip itself).
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableConnectionState()
                .disableContentCompression()
                .build());
    }

    /** HttpURLConnection; its keep-alive cache holds 5 idle connections per host unless told otherwise. */
    private static HttpTransport jdk(URI endpoint, int connections) {
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", Integer.toString(connections));
        }
        NetHttpTransport.Builder builder = new NetHttpTransport.Builder();
        if (endpoint != null) {
            String base = endpoint.getScheme() + "://" + endpoint.getHost() + ":" + port(endpoint);
            builder.setConnectionFactory(url -> (HttpURLConnection) (url.getHost().endsWith(GOOGLE_APIS)
                    ? URI.create(base + url.getFile()).toURL() : url).openConnection());
        }
        return builder.build();
    }

    private static int port(URI endpoint) {
        return endpoint.getPort() > 0 ? endpoint.getPort() : "https".equals(endpoint.getScheme()) ? 443 : 80;
    }

    /**
     * The stand-in gets a fake access token that never expires (no token endpoint is called); FCM gets the
     * service account from FCM_CREDENTIALS_JSON or GOOGLE_APPLICATION_CREDENTIALS, else the application
     * default credentials of the platform (e.g. workload identity).
     */
    static GoogleCredentials credentials(PushGatewayProperties.Fcm fcm) {
        if (fcm.hasEndpoint()) {
            return new StandInCredentials();
        }
        try {
            if (fcm.hasCredentialsJson()) {
                return read(new ByteArrayInputStream(fcm.credentialsJson().getBytes(StandardCharsets.UTF_8)), "FCM_CREDENTIALS_JSON");
            }
            if (fcm.hasCredentialsFile()) {
                Path file = Path.of(fcm.credentialsFile().trim());
                if (!Files.isReadable(file)) {
                    throw new IllegalStateException("Invalid push gateway configuration: the credentials file " + file
                            + " (GOOGLE_APPLICATION_CREDENTIALS) cannot be read");
                }
                try (InputStream in = Files.newInputStream(file)) {
                    return read(in, file.toString());
                }
            }
            return GoogleCredentials.getApplicationDefault();
        } catch (IOException e) {
            throw new IllegalStateException("Invalid push gateway configuration: no usable FCM credentials ("
                    + e.getMessage() + "); set GOOGLE_APPLICATION_CREDENTIALS or FCM_CREDENTIALS_JSON", e);
        }
    }

    /**
     * A fake access token that never expires. On a 401 the SDK refreshes the token and tries again (4
     * times at most), as with a real service account; here the refresh hands out the same fake token.
     */
    private static final class StandInCredentials extends GoogleCredentials {
        private static final long serialVersionUID = 1L;

        StandInCredentials() {
            super(GoogleCredentials.newBuilder().setAccessToken(fakeToken()));
        }

        @Override
        public AccessToken refreshAccessToken() {
            return fakeToken();
        }

        private static AccessToken fakeToken() {
            return new AccessToken("fcm-stand-in", new Date(Long.MAX_VALUE / 2));
        }
    }

    private static GoogleCredentials read(InputStream in, String source) throws IOException {
        try {
            return GoogleCredentials.fromStream(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Invalid push gateway configuration: " + source
                    + " is not a service account JSON (" + e.getMessage() + ")", e);
        }
    }
}
