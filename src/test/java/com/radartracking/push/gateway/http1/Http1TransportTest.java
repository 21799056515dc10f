package com.radartracking.push.gateway.http1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpResponse;
import com.radartracking.push.gateway.http1.ScriptedHttpServer.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP/1.1 transport through google-http-client's own request API (as the Firebase Admin SDK drives
 * it), against a server that answers with exact bytes: routing, framing, keep-alive, the one retry on a
 * connection the server closed while idle, timeouts and malformed answers.
 */
class Http1TransportTest {

    private static final String FCM_URL = "https://fcm.googleapis.com/v1/projects/p/messages:send";

    private ScriptedHttpServer server;
    private Http1Transport transport;

    @AfterEach
    void stop() throws IOException {
        if (transport != null) {
            transport.shutdown();
        }
        if (server != null) {
            server.close();
        }
    }

    private void start(Function<ScriptedHttpServer.Request, Answer> script) throws IOException {
        server = new ScriptedHttpServer(script);
        URI local = URI.create("http://127.0.0.1:" + server.port());
        UnaryOperator<URI> route = target -> target.getHost().endsWith(".googleapis.com") ? local : target;
        transport = new Http1Transport(route, (SSLSocketFactory) SSLSocketFactory.getDefault(), 4, Duration.ofSeconds(30));
    }

    private HttpRequest post(String json) throws IOException {
        HttpRequest request = transport.createRequestFactory()
                .buildPostRequest(new GenericUrl(FCM_URL), ByteArrayContent.fromString("application/json", json));
        request.getHeaders().setAuthorization("Bearer token-1");
        request.setReadTimeout(2_000);
        request.setThrowExceptionOnExecuteError(false);
        return request;
    }

    @Test
    void postsTheBodyToTheRoutedOriginAndReusesTheConnection() throws IOException {
        start(request -> Answer.of("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 22\r\n\r\n"
                + "{\"name\":\"projects/p/1\"}".substring(0, 22)));

        HttpResponse first = post("{\"message\":{\"token\":\"a\"}}").execute();
        assertThat(first.getStatusCode()).isEqualTo(200);
        assertThat(first.parseAsString()).isEqualTo("{\"name\":\"projects/p/1\"");
        assertThat(post("{\"message\":{\"token\":\"b\"}}").execute().parseAsString()).startsWith("{\"name\"");

        assertThat(server.requests()).hasSize(2);
        String head = server.requests().get(0).head();
        assertThat(head).startsWith("POST /v1/projects/p/messages:send HTTP/1.1\r\n")
                .contains("Host: fcm.googleapis.com\r\n", "Authorization: Bearer token-1\r\n",
                        "Content-Type: application/json\r\n", "Content-Length: 25\r\n");
        assertThat(server.requests().get(0).body()).isEqualTo("{\"message\":{\"token\":\"a\"}}");
        assertThat(server.requests()).extracting(ScriptedHttpServer.Request::connection).containsOnly(1);
        assertThat(transport.connectionsOpened()).isEqualTo(1);
        assertThat(transport.idleConnections()).isEqualTo(1);
    }

    @Test
    void readsChunkedBodiesWithExtensionsAndTrailersAndKeepsTheConnection() throws IOException {
        start(request -> Answer.of("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;ext=1\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n"));

        assertThat(post("{}").execute().parseAsString()).isEqualTo("hello, world");
        assertThat(post("{}").execute().parseAsString()).isEqualTo("hello, world");
        assertThat(transport.connectionsOpened()).isEqualTo(1);
    }

    @Test
    void aConnectionTheServerClosesAfterItsAnswerIsNotReused() throws IOException {
        start(request -> Answer.thenClose("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok"));

        assertThat(post("{}").execute().parseAsString()).isEqualTo("ok");
        assertThat(post("{}").execute().parseAsString()).isEqualTo("ok");
        assertThat(server.requests()).extracting(ScriptedHttpServer.Request::connection).containsExactly(1, 2);
        assertThat(transport.idleConnections()).isZero();
    }

    @Test
    void readsABodyThatEndsWithTheConnection() throws IOException {
        start(request -> Answer.thenClose("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end"));

        assertThat(post("{}").execute().parseAsString()).isEqualTo("until the end");
        assertThat(transport.idleConnections()).isZero();
    }

    @Test
    void sendsOnceMoreOnANewConnectionWhenTheServerClosedTheIdleOne() throws IOException {
        start(request -> Answer.of("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"));
        assertThat(post("{}").execute().parseAsString()).isEqualTo("ok");

        server.dropConnections();
        assertThat(post("{\"again\":1}").execute().parseAsString()).isEqualTo("ok");

        assertThat(server.requests()).extracting(ScriptedHttpServer.Request::connection).containsExactly(1, 2);
        assertThat(transport.connectionsOpened()).isEqualTo(2);
    }

    @Test
    void neverSendsAgainWhenANewConnectionFailsOrTheAnswerWasCutShort() throws IOException {
        start(request -> request.body().contains("silent") ? new Answer(null, true)
                : Answer.thenClose("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"));

        assertThatThrownBy(() -> post("{\"silent\":1}").execute()).isInstanceOf(IOException.class)
                .hasMessageContaining("connection closed before an HTTP response");
        HttpResponse cut = post("{}").execute();
        assertThatThrownBy(cut::parseAsString).isInstanceOf(IOException.class).hasMessageContaining("7 bytes");

        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void givesUpWhenNoAnswerComesWithinTheReadTimeoutWithoutSendingAgain() throws IOException {
        start(request -> request.body().contains("slow") ? new Answer(null, false)
                : Answer.of("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"));
        assertThat(post("{}").execute().parseAsString()).isEqualTo("ok");
        HttpRequest request = post("{\"slow\":1}");
        request.setReadTimeout(300);

        // On the reused connection: a timeout is not a closed connection, so it is not sent again.
        assertThatThrownBy(request::execute).isInstanceOf(SocketTimeoutException.class);
        assertThat(server.requests()).hasSize(2);
        assertThat(transport.idleConnections()).isZero();
    }

    @Test
    void rejectsAMalformedAnswer() throws IOException {
        start(request -> Answer.of("HTTP/1.1 OK\r\n\r\n"));

        assertThatThrownBy(() -> post("{}").execute()).isInstanceOf(IOException.class)
                .hasMessageContaining("malformed HTTP status line");
    }

    @Test
    void errorAnswersKeepTheirHeadersAndBody() throws IOException {
        start(request -> Answer.of("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 7\r\nContent-Length: 4\r\n\r\nbusy"));

        HttpResponse response = post("{}").execute();

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getStatusMessage()).isEqualTo("Service Unavailable");
        assertThat(response.getHeaders().getFirstHeaderStringValue("Retry-After")).isEqualTo("7");
        assertThat(response.parseAsString()).isEqualTo("busy");
        assertThat(transport.idleConnections()).isEqualTo(1);
    }

    @Test
    void aBigBodyLeftUnreadCostsTheConnectionASmallOneDoesNot() throws IOException {
        String big = "x".repeat(200_000);
        start(request -> Answer.of("HTTP/1.1 200 OK\r\nContent-Length: "
                + (request.body().contains("big") ? big.length() + "\r\n\r\n" + big : "5\r\n\r\nsmall")));

        HttpResponse small = post("{}").execute();
        small.getContent().close();
        assertThat(transport.idleConnections()).isEqualTo(1);

        HttpResponse bigResponse = post("{\"big\":1}").execute();
        try (InputStream content = bigResponse.getContent()) {
            assertThat(content.readNBytes(10)).hasSize(10);
        }
        bigResponse.disconnect();
        assertThat(transport.idleConnections()).isZero();
        assertThat(post("{}").execute().parseAsString()).isEqualTo("small");
        assertThat(transport.connectionsOpened()).isEqualTo(2);
    }
}
