package com.radartracking.push.gateway.http1;

import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.util.StreamingContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One request: the head and the body are put into bytes first, then written to a pooled connection.
 * Holding the body as bytes makes the one retry below safe whatever the content, and gives a body of
 * unknown length its Content-Length (request bodies here are FCM messages, at most 4 KB).
 *
 * <p>The retry: a connection taken from the pool may have been closed by the server while idle, which
 * shows only when we write to it or read the answer. If a reused connection fails before a single byte
 * of the answer arrived (closed, reset, not timed out), the server did not take the request, and it is
 * sent once more on a new connection (as browsers and OkHttp do). Any other failure is the caller's.
 */
final class Http1Request extends LowLevelHttpRequest {

    private final ConnectionPool pool;
    private final String method;
    private final URI target;
    private final Origin origin;
    private final List<String> headers = new ArrayList<>(16);
    private int connectTimeoutMillis = 20_000;
    private int readTimeoutMillis = 20_000;

    Http1Request(ConnectionPool pool, String method, URI target, Origin origin) {
        this.pool = pool;
        this.method = method;
        this.target = target;
        this.origin = origin;
    }

    @Override
    public void addHeader(String name, String value) throws IOException {
        if (!token(name) || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IOException("invalid HTTP header: " + name);
        }
        headers.add(name);
        headers.add(value);
    }

    @Override
    public void setTimeout(int connectTimeout, int readTimeout) {
        // google-http-client, like java.net.Socket, reads 0 as "no timeout"
        this.connectTimeoutMillis = connectTimeout;
        this.readTimeoutMillis = readTimeout;
    }

    @Override
    public Http1Response execute() throws IOException {
        byte[] body = body();
        byte[] head = head(body);
        Http1Connection connection = pool.acquire(origin, connectTimeoutMillis);
        try {
            return connection.exchange(method, head, body, readTimeoutMillis, pool);
        } catch (IOException e) {
            connection.close();
            // A timeout is not a closed connection: the server may be working on the request.
            if (!connection.reused() || connection.answered() || e instanceof SocketTimeoutException) {
                throw e;
            }
        }
        Http1Connection fresh = pool.open(origin, connectTimeoutMillis);
        try {
            return fresh.exchange(method, head, body, readTimeoutMillis, pool);
        } catch (IOException e) {
            fresh.close();
            throw e;
        }
    }

    private byte[] body() throws IOException {
        StreamingContent content = getStreamingContent();
        if (content == null) {
            return null;
        }
        long length = getContentLength();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(length > 0 && length < 1 << 20 ? (int) length : 1024);
        content.writeTo(bytes);
        return bytes.toByteArray();
    }

    private byte[] head(byte[] body) {
        StringBuilder head = new StringBuilder(512).append(method).append(' ')
                .append(target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath());
        if (target.getRawQuery() != null) {
            head.append('?').append(target.getRawQuery());
        }
        head.append(" HTTP/1.1\r\nHost: ").append(target.getHost());
        if (target.getPort() > 0) {
            head.append(':').append(target.getPort());
        }
        head.append("\r\n");
        for (int i = 0; i < headers.size(); i += 2) {
            head.append(headers.get(i)).append(": ").append(headers.get(i + 1)).append("\r\n");
        }
        if (getContentType() != null) {
            head.append("Content-Type: ").append(getContentType()).append("\r\n");
        }
        if (getContentEncoding() != null) {
            head.append("Content-Encoding: ").append(getContentEncoding()).append("\r\n");
        }
        if (body != null || "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method)) {
            head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean token(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 127 || c == ':') {
                return false;
            }
        }
        return true;
    }
}
