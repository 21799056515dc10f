package com.radartracking.push.gateway.http1;

import java.io.IOException;
import java.io.InputStream;

/**
 * The body of an answer, delimited by Content-Length, chunked encoding or the end of the connection.
 * Read to its end, it gives the connection back to the pool (or closes it when the server asked for
 * that); closed early, it reads what is left of a small body so the connection can be reused, and
 * closes the connection otherwise.
 */
abstract class ResponseBody extends InputStream {

    /** How much of an unread body close() reads to keep the connection, rather than closing it. */
    private static final int DRAIN_LIMIT = 64 * 1024;

    protected final Http1Connection connection;
    protected final InputStream in;
    private final ConnectionPool pool;
    private final boolean keepAlive;
    private boolean finished;
    private boolean released;
    private final byte[] one = new byte[1];

    private ResponseBody(Http1Connection connection, ConnectionPool pool, boolean keepAlive) {
        this.connection = connection;
        this.in = connection.input();
        this.pool = pool;
        this.keepAlive = keepAlive;
    }

    static ResponseBody fixed(Http1Connection connection, ConnectionPool pool, boolean keepAlive, long length) {
        ResponseBody body = new FixedLength(connection, pool, keepAlive, length);
        if (length == 0) {
            body.finish();
        }
        return body;
    }

    static ResponseBody chunked(Http1Connection connection, ConnectionPool pool, boolean keepAlive) {
        return new Chunked(connection, pool, keepAlive);
    }

    static ResponseBody untilClose(Http1Connection connection) {
        return new UntilClose(connection);
    }

    /** Reads body bytes; -1 after calling {@link #finish()} at the body's end. */
    protected abstract int readBody(byte[] buffer, int offset, int length) throws IOException;

    protected final int finish() {
        finished = true;
        if (!released) {
            released = true;
            if (keepAlive) {
                pool.release(connection);
            } else {
                connection.close();
            }
        }
        return -1;
    }

    @Override
    public final int read() throws IOException {
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public final int read(byte[] buffer, int offset, int length) throws IOException {
        if (finished) {
            return -1;
        }
        if (released) {
            throw new IOException("the HTTP response body was closed");
        }
        if (length == 0) {
            return 0;
        }
        try {
            return readBody(buffer, offset, length);
        } catch (IOException e) {
            abandon();
            throw e;
        }
    }

    @Override
    public final void close() {
        if (released) {
            return;
        }
        byte[] skip = new byte[4096];
        try {
            for (int drained = 0; !finished && drained <= DRAIN_LIMIT; ) {
                int n = readBody(skip, 0, skip.length);
                drained += Math.max(n, 0);
            }
        } catch (IOException e) {
            // the connection is not reusable; abandon() below closes it
        }
        abandon();
    }

    /** Closes the connection unless the body was read to its end and the connection given back. */
    final void abandon() {
        if (!released) {
            released = true;
            connection.close();
        }
    }

    private static final class FixedLength extends ResponseBody {
        private long remaining;

        FixedLength(Http1Connection connection, ConnectionPool pool, boolean keepAlive, long length) {
            super(connection, pool, keepAlive);
            this.remaining = length;
        }

        @Override
        protected int readBody(byte[] buffer, int offset, int length) throws IOException {
            if (remaining == 0) {
                return finish();
            }
            int n = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (n < 0) {
                throw new IOException("connection closed with " + remaining + " bytes of the HTTP response body unread");
            }
            remaining -= n;
            if (remaining == 0) {
                finish();
            }
            return n;
        }
    }

    private static final class Chunked extends ResponseBody {
        private long chunkLeft;

        Chunked(Http1Connection connection, ConnectionPool pool, boolean keepAlive) {
            super(connection, pool, keepAlive);
        }

        @Override
        protected int readBody(byte[] buffer, int offset, int length) throws IOException {
            if (chunkLeft == 0) {
                chunkLeft = nextChunkSize();
                if (chunkLeft == 0) {
                    while (!connection.readLine().isEmpty()) {
                        // trailer fields: nothing here uses them
                    }
                    return finish();
                }
            }
            int n = in.read(buffer, offset, (int) Math.min(length, chunkLeft));
            if (n < 0) {
                throw new IOException("connection closed in the middle of a chunked HTTP response body");
            }
            chunkLeft -= n;
            if (chunkLeft == 0 && !connection.readLine().isEmpty()) {
                throw new IOException("malformed chunked HTTP response body: no line end after a chunk");
            }
            return n;
        }

        private long nextChunkSize() throws IOException {
            String line = connection.readLine();
            int extension = line.indexOf(';');
            String size = (extension >= 0 ? line.substring(0, extension) : line).strip();
            try {
                long value = Long.parseLong(size, 16);
                if (value >= 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IOException("malformed chunk size in an HTTP response body: " + line);
        }
    }

    private static final class UntilClose extends ResponseBody {
        UntilClose(Http1Connection connection) {
            super(connection, null, false);
        }

        @Override
        protected int readBody(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            return n < 0 ? finish() : n;
        }
    }
}
