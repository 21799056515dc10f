package com.radartracking.push.gateway.http1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.http.GenericUrl;
import com.radartracking.push.gateway.http1.ScriptedHttpServer.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.function.UnaryOperator;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS as FCM needs it: the handshake, and the check that the certificate names the host (a plain
 * SSLSocket does not check it unless told to). The certificate is made for "localhost" by the JDK's
 * keytool, so the same server reached as 127.0.0.1 must be refused.
 */
class Http1TlsTest {

    private static ScriptedHttpServer server;
    private static SSLContext tls;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        Path keyStore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        server = new ScriptedHttpServer(tls.getServerSocketFactory(),
                request -> Answer.of("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecret"));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static Http1Transport routedTo(String host) {
        URI origin = URI.create("https://" + host + ":" + server.port());
        UnaryOperator<URI> route = target -> origin;
        return new Http1Transport(route, tls.getSocketFactory(), 2, Duration.ofSeconds(30));
    }

    @Test
    void talksToAServerWhoseCertificateNamesTheHost() throws IOException {
        Http1Transport transport = routedTo("localhost");
        try {
            for (int i = 0; i < 2; i++) {
                assertThat(transport.createRequestFactory().buildGetRequest(new GenericUrl("https://fcm.googleapis.com/x"))
                        .execute().parseAsString()).isEqualTo("secret");
            }
            assertThat(transport.connectionsOpened()).isEqualTo(1);
        } finally {
            transport.shutdown();
        }
    }

    @Test
    void refusesACertificateForAnotherHost() {
        Http1Transport transport = routedTo("127.0.0.1");
        try {
            assertThatThrownBy(() -> transport.createRequestFactory()
                    .buildGetRequest(new GenericUrl("https://fcm.googleapis.com/x")).execute())
                    .isInstanceOf(SSLHandshakeException.class);
        } finally {
            transport.shutdown();
        }
    }
}
