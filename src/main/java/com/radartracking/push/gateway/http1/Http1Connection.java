package com.radartracking.push.gateway.http1;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 connection: writes a request, reads the status line and headers of the answer, and
 * hands the body to a {@link ResponseBody}, which gives the connection back to the pool once the body
 * has been read to its end. Used by one request at a time.
 */
final class Http1Connection implements Closeable {

    private static final int MAX_LINE = 64 * 1024;
    private static final int MAX_HEADERS = 200;

    private final Origin origin;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private byte[] line = new byte[256];
    private long idleSince;
    private boolean reused;
    private boolean answered;

    private Http1Connection(Origin origin, Socket socket) throws IOException {
        this.origin = origin;
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream(), 8192);
        this.out = new BufferedOutputStream(socket.getOutputStream(), 8192);
    }

    /** Connects (and for https, shakes hands and checks the certificate names the host) within the timeout. */
    static Http1Connection open(Origin origin, SSLSocketFactory tls, int connectTimeoutMillis) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(origin.host(), origin.port()), connectTimeoutMillis);
            if (!origin.tls()) {
                return new Http1Connection(origin, socket);
            }
            SSLSocket ssl = (SSLSocket) tls.createSocket(socket, origin.host(), origin.port(), true);
            SSLParameters parameters = ssl.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            parameters.setApplicationProtocols(new String[] {"http/1.1"});
            ssl.setSSLParameters(parameters);
            ssl.setSoTimeout(connectTimeoutMillis);
            ssl.startHandshake();
            return new Http1Connection(origin, ssl);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    Origin origin() {
        return origin;
    }

    /** Whether this connection served an earlier request (and so may have been closed by the server since). */
    boolean reused() {
        return reused;
    }

    /** Whether any byte of the current answer arrived. */
    boolean answered() {
        return answered;
    }

    void parkedAt(long nanos) {
        idleSince = nanos;
    }

    long idleSince() {
        return idleSince;
    }

    void takenFromPool() {
        reused = true;
        answered = false;
    }

    /**
     * Whether the server still holds this idle connection open: a read that times out at once means
     * nothing is waiting; end of stream means the server closed it; data means it is out of step.
     */
    boolean stillOpen() {
        try {
            socket.setSoTimeout(1);
            in.read();
            return false; // end of stream (closed) or bytes nobody asked for (out of step): not reusable
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    Http1Response exchange(String method, byte[] head, byte[] body, int readTimeoutMillis, ConnectionPool pool)
            throws IOException {
        socket.setSoTimeout(readTimeoutMillis);
        out.write(head);
        if (body != null) {
            out.write(body);
        }
        out.flush();
        while (true) {
            String statusLine = readLine();
            Http1Response.Status status = Http1Response.Status.parse(statusLine);
            List<String> headers = readHeaders();
            if (status.code() >= 100 && status.code() < 200 && status.code() != 101) {
                continue; // 100 Continue and other interim answers: the real one follows
            }
            return Http1Response.of(status, headers, method, this, pool);
        }
    }

    private List<String> readHeaders() throws IOException {
        List<String> headers = new ArrayList<>(24);
        String header;
        while (!(header = readLine()).isEmpty()) {
            if (header.charAt(0) == ' ' || header.charAt(0) == '\t') {
                if (headers.isEmpty()) {
                    throw new IOException("malformed HTTP response: continuation line before any header");
                }
                int last = headers.size() - 1;
                headers.set(last, headers.get(last) + " " + header.strip());
                continue;
            }
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw new IOException("malformed HTTP response header: " + header);
            }
            if (headers.size() >= 2 * MAX_HEADERS) {
                throw new IOException("HTTP response with more than " + MAX_HEADERS + " headers");
            }
            headers.add(header.substring(0, colon).strip());
            headers.add(header.substring(colon + 1).strip());
        }
        return headers;
    }

    /** A CRLF- (or LF-) terminated line of the head or of a chunked body, without its terminator. */
    String readLine() throws IOException {
        int length = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException(answered ? "connection closed in the middle of an HTTP response"
                        : "connection closed before an HTTP response");
            }
            answered = true;
            if (b == '\n') {
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return new String(line, 0, length, StandardCharsets.ISO_8859_1);
            }
            if (length == line.length) {
                if (length >= MAX_LINE) {
                    throw new IOException("HTTP response line longer than " + MAX_LINE + " bytes");
                }
                line = Arrays.copyOf(line, length * 2);
            }
            line[length++] = (byte) b;
        }
    }

    InputStream input() {
        return in;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to do about a connection that fails to close
        }
    }
}
