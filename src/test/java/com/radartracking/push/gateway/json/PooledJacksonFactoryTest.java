package com.radartracking.push.gateway.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.json.GenericJson;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.JsonParser;
import com.google.api.client.json.JsonToken;
import com.google.api.client.json.jackson2.JacksonFactory;
import com.google.api.client.util.Key;
import com.google.firebase.messaging.AndroidConfig;
import com.google.firebase.messaging.ApnsConfig;
import com.google.firebase.messaging.Aps;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.Notification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The pooled factory must write and read exactly what the SDK's own {@link JacksonFactory} does: the same
 * bytes for the SDK's {@link Message}, the same trees from FCM's answers, whatever thread runs it.
 */
class PooledJacksonFactoryTest {

    @SuppressWarnings("deprecation") // the SDK's default factory, kept only as the reference here
    private static final JsonFactory SDK = JacksonFactory.getDefaultInstance();
    private final PooledJacksonFactory pooled = new PooledJacksonFactory();

    /** A model with every kind of value google-http-client serialises. */
    public static final class Sample {
        @Key
        String text = "Hola Ñandú \"quoted\" \\ \u2028 \uD83D\uDE80";
        @Key
        Integer small = -7;
        @Key
        Long big = Long.MAX_VALUE;
        @Key
        BigInteger huge = new BigInteger("123456789012345678901234567890");
        @Key
        BigDecimal exact = new BigDecimal("0.1000000000000000055511151231257827");
        @Key
        Double ratio = 0.25;
        @Key
        Float half = 0.5f;
        @Key
        Boolean flag = true;
        @Key
        List<Object> items = List.of("a", 1, false, Map.of("k", "v"));
        @Key("renamed_key")
        String renamed = "x";
        @Key
        String absent;
    }

    private static Message message() {
        return Message.builder()
                .setToken("token-ñ-123")
                .setNotification(Notification.builder().setTitle("¡Hola {{firstName}}!").setBody("Tienes 120 puntos")
                        .setImage("https://cdn.example/p.png").build())
                .putData("notificationId", "5d1f1b7e-0000-4000-8000-000000000001")
                .putData("deepLink", "radar://rewards/7?x=1&y=2")
                .setAndroidConfig(AndroidConfig.builder().setTtl(3_600_000).setPriority(AndroidConfig.Priority.HIGH)
                        .build())
                .setApnsConfig(ApnsConfig.builder().setAps(Aps.builder().setBadge(3).setContentAvailable(true).build())
                        .build())
                .build();
    }

    @Test
    void writesTheSameBytesAsTheSdksFactory() throws IOException {
        for (Object value : List.of(message(), new Sample(), Map.of("message", message(), "validate_only", true))) {
            assertThat(pooled.toString(value)).isEqualTo(SDK.toString(value));
            assertThat(pooled.toByteArray(value)).isEqualTo(SDK.toByteArray(value));
        }
        assertThat(pooled.toPrettyString(new Sample())).isEqualTo(SDK.toPrettyString(new Sample()));
    }

    @Test
    void readsFcmAnswersAsTheSdksFactoryDoes() throws IOException {
        String sent = "{\"name\": \"projects/radar/messages/0:1700000000%abc\"}";
        String error = """
                {"error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND",
                  "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError",
                               "errorCode": "UNREGISTERED"}, {"retryDelay": 1.5e1, "n": null, "ok": false}]}}""";
        for (String json : List.of(sent, error)) {
            GenericJson fromStream = pooled.fromInputStream(stream(json), StandardCharsets.UTF_8, GenericJson.class);
            assertThat(fromStream).isEqualTo(SDK.fromInputStream(stream(json), StandardCharsets.UTF_8, GenericJson.class));
            assertThat(pooled.fromString(json, GenericJson.class)).isEqualTo(fromStream);
        }
        Sample back = pooled.fromString(SDK.toString(new Sample()), Sample.class);
        assertThat(pooled.toString(back)).isEqualTo(SDK.toString(new Sample()));
    }

    @Test
    void mapsEveryTokenAndSkipsChildren() throws IOException {
        JsonParser parser = pooled.createJsonParser("{\"a\": [1, 2.5, \"s\", true, false, null], \"b\": {\"c\": 1}, \"d\": 9}");
        List<JsonToken> tokens = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            tokens.add(token);
            if (token == JsonToken.FIELD_NAME && parser.getCurrentName().equals("b")) {
                parser.nextToken();
                parser.skipChildren();
                assertThat(parser.getCurrentToken()).isEqualTo(JsonToken.END_OBJECT);
            }
        }
        parser.close();
        assertThat(tokens).containsExactly(JsonToken.START_OBJECT, JsonToken.FIELD_NAME, JsonToken.START_ARRAY,
                JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT, JsonToken.VALUE_STRING, JsonToken.VALUE_TRUE,
                JsonToken.VALUE_FALSE, JsonToken.VALUE_NULL, JsonToken.END_ARRAY, JsonToken.FIELD_NAME,
                JsonToken.FIELD_NAME, JsonToken.VALUE_NUMBER_INT, JsonToken.END_OBJECT);
    }

    @Test
    void malformedJsonFailsAsAnIoException() {
        assertThatThrownBy(() -> pooled.fromString("{\"name\": ", GenericJson.class)).isInstanceOf(IOException.class);
    }

    /** Buffers travel between threads through the pool: many virtual threads at once still write correctly. */
    @Test
    void manyThreadsWriteTheirOwnMessages() throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                String token = "token-" + i;
                checks.add(threads.submit(() -> {
                    Message message = Message.builder().setToken(token).putData("i", token).build();
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    var generator = pooled.createJsonGenerator(out, StandardCharsets.UTF_8);
                    generator.serialize(message);
                    generator.close();
                    return out.toString(StandardCharsets.UTF_8).equals(SDK.toString(message));
                }));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        }
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
