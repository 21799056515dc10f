package com.radartracking.push.gateway.standin;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal HTTP/1.1 keep-alive server on one NIO selector thread: it reads a request (Content-Length
 * bodies only), asks the handler for a reply and a delay, and writes the reply when the delay is over,
 * from the same thread (a timer queue), so a request waiting for its latency holds no thread and costs
 * no hand-off. Why not the JDK's HttpServer: it spent about 90 µs of CPU per request here (thread
 * hand-offs), on the 2 cores the sender under test also needs. One request at a time per connection, as
 * HTTP/1.1 clients without pipelining send them.
 */
final class StandInHttpServer implements AutoCloseable {

    /** What the server needs of a request. */
    record Request(String method, String path, String query, String authorization, String body) {
    }

    /**
     * The answer, written after {@code delayNanos}; {@code written} runs just before it goes on the wire
     * (not when the client has gone by then, e.g. after its read timeout).
     */
    record Reply(int status, String body, String retryAfter, long delayNanos, Runnable written) {
    }

    interface Handler {
        Reply handle(Request request);
    }

    private static final byte[] CRLFCRLF = {'\r', '\n', '\r', '\n'};

    private final ServerSocketChannel server;
    private final Selector selector;
    private final Handler handler;
    private final Thread loop;
    private final PriorityQueue<Due> due = new PriorityQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private volatile boolean running = true;

    private record Due(long at, long seq, Connection connection, Reply reply) implements Comparable<Due> {
        @Override
        public int compareTo(Due other) {
            int byTime = Long.compare(at, other.at);
            return byTime != 0 ? byTime : Long.compare(seq, other.seq);
        }
    }

    private static final class Connection {
        final SocketChannel channel;
        final SelectionKey key;
        ByteBuffer in = ByteBuffer.allocate(8192);
        final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();
        boolean waiting;

        Connection(SocketChannel channel, SelectionKey key) {
            this.channel = channel;
            this.key = key;
        }
    }

    StandInHttpServer(int port, Handler handler) throws IOException {
        this.handler = handler;
        this.selector = Selector.open();
        this.server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress("127.0.0.1", port), 4096);
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        loop = new Thread(this::run, "fcm-standin-http");
        loop.setDaemon(true);
        loop.start();
    }

    int port() {
        return server.socket().getLocalPort();
    }

    private void run() {
        while (running) {
            try {
                long now = System.nanoTime();
                Due next = due.peek();
                long waitMs = next == null ? 1000 : Math.max(0, (next.at - now + 999_999) / 1_000_000);
                if (waitMs == 0) {
                    selector.selectNow();
                } else {
                    selector.select(waitMs);
                }
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else {
                        Connection connection = (Connection) key.attachment();
                        if (key.isReadable()) {
                            read(connection);
                        }
                        if (key.isValid() && key.isWritable()) {
                            flush(connection);
                        }
                    }
                }
                now = System.nanoTime();
                while (!due.isEmpty() && due.peek().at <= now) {
                    Due d = due.poll();
                    write(d.connection, d.reply);
                }
            } catch (IOException | RuntimeException e) {
                if (running) {
                    System.err.println("fcm-standin: " + e);
                }
            }
        }
    }

    private void accept() throws IOException {
        SocketChannel channel;
        while ((channel = server.accept()) != null) {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
            key.attach(new Connection(channel, key));
        }
    }

    private void read(Connection c) {
        try {
            if (!c.in.hasRemaining()) {
                c.in = ByteBuffer.allocate(c.in.capacity() * 2).put(c.in.flip());
            }
            int n = c.channel.read(c.in);
            if (n < 0) {
                close(c);
                return;
            }
            parse(c);
        } catch (IOException e) {
            close(c);
        }
    }

    /** Takes one complete request off the buffer, unless one is still waiting for its answer. */
    private void parse(Connection c) {
        if (c.waiting) {
            return;
        }
        ByteBuffer buf = c.in;
        int limit = buf.position();
        byte[] bytes = buf.array();
        int headerEnd = indexOf(bytes, limit);
        if (headerEnd < 0) {
            return;
        }
        String head = new String(bytes, 0, headerEnd, StandardCharsets.ISO_8859_1);
        int lineEnd = head.indexOf("\r\n");
        String requestLine = lineEnd < 0 ? head : head.substring(0, lineEnd);
        int contentLength = 0;
        String authorization = null;
        int from = lineEnd < 0 ? head.length() : lineEnd + 2;
        while (from < head.length()) {
            int end = head.indexOf("\r\n", from);
            if (end < 0) {
                end = head.length();
            }
            int colon = head.indexOf(':', from);
            if (colon > 0 && colon < end) {
                String name = head.substring(from, colon);
                if (name.equalsIgnoreCase("content-length")) {
                    contentLength = Integer.parseInt(head.substring(colon + 1, end).trim());
                } else if (name.equalsIgnoreCase("authorization")) {
                    authorization = head.substring(colon + 1, end).trim();
                }
            }
            from = end + 2;
        }
        int total = headerEnd + 4 + contentLength;
        if (limit < total) {
            if (total > buf.capacity()) {
                c.in = ByteBuffer.allocate(total).put(buf.flip());
            }
            return;
        }
        String body = new String(bytes, headerEnd + 4, contentLength, StandardCharsets.UTF_8);
        // Keep what follows (a next request) at the start of the buffer.
        System.arraycopy(bytes, total, bytes, 0, limit - total);
        buf.position(limit - total);

        String[] parts = requestLine.split(" ");
        String target = parts.length > 1 ? parts[1] : "/";
        int q = target.indexOf('?');
        Request request = new Request(parts[0], q < 0 ? target : target.substring(0, q), q < 0 ? null : target.substring(q + 1),
                authorization, body);
        Reply reply = handler.handle(request);
        c.waiting = true;
        if (reply.delayNanos() <= 0) {
            write(c, reply);
        } else {
            due.add(new Due(System.nanoTime() + reply.delayNanos(), sequence.incrementAndGet(), c, reply));
        }
    }

    private static int indexOf(byte[] bytes, int limit) {
        outer:
        for (int i = 0; i + 3 < limit; i++) {
            for (int j = 0; j < 4; j++) {
                if (bytes[i + j] != CRLFCRLF[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void write(Connection c, Reply reply) {
        if (!c.channel.isOpen()) {
            return;
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(160).append("HTTP/1.1 ").append(reply.status()).append(' ')
                .append(reason(reply.status())).append("\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: ")
                .append(body.length).append("\r\n");
        if (reply.retryAfter() != null) {
            head.append("Retry-After: ").append(reply.retryAfter()).append("\r\n");
        }
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer out = ByteBuffer.allocate(headBytes.length + body.length).put(headBytes).put(body).flip();
        // Counted before the bytes leave, so a client that reads the answer also sees it counted.
        if (reply.written() != null) {
            reply.written().run();
        }
        c.out.add(out);
        flush(c);
        c.waiting = false;
        parse(c);
    }

    private void flush(Connection c) {
        try {
            while (!c.out.isEmpty()) {
                ByteBuffer head = c.out.peek();
                c.channel.write(head);
                if (head.hasRemaining()) {
                    c.key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                    return;
                }
                c.out.poll();
            }
            c.key.interestOps(SelectionKey.OP_READ);
        } catch (IOException e) {
            close(c);
        }
    }

    private static void close(Connection c) {
        c.key.cancel();
        try {
            c.channel.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            loop.join(2000);
            for (SelectionKey key : selector.keys()) {
                key.channel().close();
            }
            selector.close();
            server.close();
        } catch (IOException | InterruptedException ignored) {
            // shutting down
        }
    }
}
