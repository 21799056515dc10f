package com.radartracking.mobile;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Caps a request body while it is read, so a chunked body without Content-Length is cut off at the limit
 * instead of being parsed whole (a declared length over the limit is refused before reading, by the
 * filter). Reading past the limit throws {@link TooLarge}, which the exception resolver answers with 413.
 */
final class BodyLimit extends HttpServletRequestWrapper {

    private final int limit;
    private ServletInputStream stream;

    BodyLimit(HttpServletRequest request, int limit) {
        super(request);
        this.limit = limit;
    }

    /** Thrown when the body goes beyond the limit. */
    static final class TooLarge extends IOException {
        private final int limit;

        TooLarge(int limit) {
            super("Request body exceeds " + limit + " bytes");
            this.limit = limit;
        }

        int limit() {
            return limit;
        }
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new Counting(super.getInputStream(), limit);
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream source;
        private final int limit;
        private long count;

        Counting(ServletInputStream source, int limit) {
            this.source = source;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int value = source.read();
            if (value >= 0) {
                counted(1);
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = source.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) throws TooLarge {
            count += bytes;
            if (count > limit) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return source.isFinished();
        }

        @Override
        public boolean isReady() {
            return source.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            source.setReadListener(listener);
        }
    }
}
