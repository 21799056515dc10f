package com.radartracking.push.gateway.http1;

import com.google.api.client.http.LowLevelHttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The status and headers of an answer, and its body as a stream that frees the connection when done. */
final class Http1Response extends LowLevelHttpResponse {

    record Status(String line, boolean http10, int code, String reason) {

        static Status parse(String line) throws IOException {
            // "HTTP/1.1 200 OK"; the reason may be empty or missing
            if (!line.startsWith("HTTP/1.") || line.length() < 12 || line.charAt(8) != ' ') {
                throw new IOException("malformed HTTP status line: " + line);
            }
            int code;
            try {
                code = Integer.parseInt(line, 9, 12, 10);
            } catch (NumberFormatException e) {
                throw new IOException("malformed HTTP status line: " + line);
            }
            return new Status(line, line.charAt(7) == '0', code, line.length() > 13 ? line.substring(13) : "");
        }
    }

    private final Status status;
    private final List<String> headers;
    private final long contentLength;
    private final ResponseBody body;

    private Http1Response(Status status, List<String> headers, long contentLength, ResponseBody body) {
        this.status = status;
        this.headers = headers;
        this.contentLength = contentLength;
        this.body = body;
    }

    /** Decides how the body is delimited (RFC 9112 §6.3) and whether the connection may be reused after it. */
    static Http1Response of(Status status, List<String> headers, String method, Http1Connection connection,
            ConnectionPool pool) throws IOException {
        String connectionHeader = value(headers, "Connection");
        boolean keepAlive = status.http10()
                ? connectionHeader != null && connectionHeader.equalsIgnoreCase("keep-alive")
                : connectionHeader == null || !connectionHeader.toLowerCase().contains("close");
        String transferEncoding = value(headers, "Transfer-Encoding");
        String length = value(headers, "Content-Length");
        long contentLength = -1;
        ResponseBody body;
        if ("HEAD".equals(method) || status.code() == 204 || status.code() == 304) {
            body = ResponseBody.fixed(connection, pool, keepAlive, 0);
        } else if (transferEncoding != null && transferEncoding.toLowerCase().contains("chunked")) {
            body = ResponseBody.chunked(connection, pool, keepAlive);
        } else if (length != null) {
            try {
                contentLength = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                contentLength = -1;
            }
            if (contentLength < 0) {
                throw new IOException("malformed Content-Length in an HTTP response: " + length);
            }
            body = ResponseBody.fixed(connection, pool, keepAlive, contentLength);
        } else {
            body = ResponseBody.untilClose(connection);
        }
        return new Http1Response(status, headers, contentLength, body);
    }

    private static String value(List<String> headers, String name) {
        for (int i = 0; i < headers.size(); i += 2) {
            if (headers.get(i).equalsIgnoreCase(name)) {
                return headers.get(i + 1);
            }
        }
        return null;
    }

    @Override
    public InputStream getContent() {
        return body;
    }

    @Override
    public String getContentEncoding() {
        return value(headers, "Content-Encoding");
    }

    @Override
    public long getContentLength() {
        return contentLength;
    }

    @Override
    public String getContentType() {
        return value(headers, "Content-Type");
    }

    @Override
    public String getStatusLine() {
        return status.line();
    }

    @Override
    public int getStatusCode() {
        return status.code();
    }

    @Override
    public String getReasonPhrase() {
        return status.reason();
    }

    @Override
    public int getHeaderCount() {
        return headers.size() / 2;
    }

    @Override
    public String getHeaderName(int index) {
        return headers.get(2 * index);
    }

    @Override
    public String getHeaderValue(int index) {
        return headers.get(2 * index + 1);
    }

    /** The caller is done with the answer: a body not read to its end costs the connection. */
    @Override
    public void disconnect() {
        body.abandon();
    }
}
