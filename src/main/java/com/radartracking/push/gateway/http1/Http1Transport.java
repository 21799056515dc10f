package com.radartracking.push.gateway.http1;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.LowLevelHttpRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLSocketFactory;

/**
 * A google-http-client transport that speaks HTTP/1.1 over blocking sockets with keep-alive, for the
 * Firebase Admin SDK sending on virtual threads.
 *
 * <p>Why our own: a push costs the API about 110 µs of CPU, and a quarter of it was Apache HttpClient's
 * machinery around one small POST (route and connection managers, interceptor chains, entity wrappers,
 * a request-scoped context). On a virtual thread a blocking socket costs no platform thread while it
 * waits, so the plain read-a-line, read-a-length client below does the same job for a fraction of the
 * CPU (docs/benchmarks.md, "A lean HTTP transport"). It supports what the SDK and FCM use, and no more:
 * fixed-length, chunked and read-to-close response bodies, keep-alive with an idle pool per origin, TLS
 * with host name verification, connect and read timeouts. Request bodies of unknown length (the SDK's
 * gzip encoding, never used for FCM) are buffered to learn their length. It connects directly (no proxy
 * support): behind an egress proxy, the {@code apache} transport honours the JVM's proxy settings.
 *
 * <p>{@code route} maps the URL the SDK asks for to the origin to connect to (the FCM stand-in for
 * {@code *.googleapis.com}); the Host header keeps the URL's host, as a proxy-less reverse route would.
 */
public final class Http1Transport extends HttpTransport {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private final UnaryOperator<URI> route;
    private final ConnectionPool pool;

    /**
     * @param route the origin (scheme, host, port) to connect to for a request URL; identity for none
     * @param tls sockets for {@code https} origins
     * @param maxIdlePerOrigin connections kept open between requests, per origin
     * @param idleTimeout an idle connection older than this is closed rather than reused
     */
    public Http1Transport(UnaryOperator<URI> route, SSLSocketFactory tls, int maxIdlePerOrigin, Duration idleTimeout) {
        this.route = route;
        this.pool = new ConnectionPool(tls, maxIdlePerOrigin, idleTimeout);
    }

    /** Direct connections, the JVM's default TLS settings, 30 s idle timeout. */
    public Http1Transport(int maxIdlePerOrigin) {
        this(UnaryOperator.identity(), (SSLSocketFactory) SSLSocketFactory.getDefault(), maxIdlePerOrigin,
                Duration.ofSeconds(30));
    }

    @Override
    public boolean supportsMethod(String method) {
        return METHODS.contains(method);
    }

    @Override
    protected LowLevelHttpRequest buildRequest(String method, String url) throws IOException {
        if (pool.isClosed()) {
            throw new IOException("the HTTP transport is shut down");
        }
        URI target = URI.create(url);
        if (target.getHost() == null || !("http".equals(target.getScheme()) || "https".equals(target.getScheme()))) {
            throw new IOException("not an http(s) URL: " + url);
        }
        return new Http1Request(pool, method, target, Origin.of(route.apply(target)));
    }

    /** Connections currently idle in the pool (tests). */
    int idleConnections() {
        return pool.idleCount();
    }

    /** Connections this transport opened so far (tests). */
    long connectionsOpened() {
        return pool.openedCount();
    }

    @Override
    public void shutdown() {
        pool.close();
    }

    @Override
    public boolean isShutdown() {
        return pool.isClosed();
    }
}
