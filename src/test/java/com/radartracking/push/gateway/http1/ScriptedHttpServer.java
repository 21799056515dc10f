package com.radartracking.push.gateway.http1;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.net.ServerSocketFactory;

/**
 * A raw HTTP/1.1 server for the transport's tests: every request (head and body) is recorded with the
 * number of the connection it came on, and the script answers it with exact bytes, so each framing case
 * (chunked, read-to-close, Connection: close, malformed) can be written down as it goes on the wire.
 */
final class ScriptedHttpServer implements AutoCloseable {

    record Request(int connection, String head, String body) {
    }

    /** What to send back, and whether to close the connection afterwards. {@code null} bytes: send nothing. */
    record Answer(byte[] bytes, boolean close) {
        static Answer of(String raw) {
            return new Answer(raw.getBytes(StandardCharsets.ISO_8859_1), false);
        }

        static Answer thenClose(String raw) {
            return new Answer(raw.getBytes(StandardCharsets.ISO_8859_1), true);
        }
    }

    private final ServerSocket server;
    private final Function<Request, Answer> script;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Thread> servers = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    ScriptedHttpServer(Function<Request, Answer> script) throws IOException {
        this(ServerSocketFactory.getDefault(), script);
    }

    ScriptedHttpServer(ServerSocketFactory sockets, Function<Request, Answer> script) throws IOException {
        this.server = sockets.createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.script = script;
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    List<Request> requests() {
        return requests;
    }

    int connections() {
        return connections.get();
    }

    /**
     * Closes every open connection from the server's side, as an idle timeout would, and waits until
     * their threads are gone (so none of them reads a request that arrives afterwards).
     */
    void dropConnections() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        for (Thread thread : servers) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                int number = connections.incrementAndGet();
                servers.add(Thread.ofVirtual().start(() -> serve(socket, number)));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket, int number) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                int length = contentLength(head);
                String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                Request request = new Request(number, head, body);
                requests.add(request);
                Answer answer = script.apply(request);
                if (answer.bytes() != null) {
                    out.write(answer.bytes());
                    out.flush();
                }
                if (answer.close()) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (text.endsWith("\r\n\r\n")) {
                return text;
            }
        }
        return null;
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).strip());
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        server.close();
        dropConnections();
    }
}
