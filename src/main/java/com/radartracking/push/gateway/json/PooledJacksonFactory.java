package com.radartracking.push.gateway.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.JsonGenerator;
import com.google.api.client.json.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The Firebase Admin SDK's JSON (google-http-client's {@link JsonFactory}) on Jackson 2 streaming, like the
 * SDK's default {@code JacksonFactory}, but with Jackson's buffers kept in one shared pool.
 *
 * <p>Why: Jackson recycles its buffers per thread by default, and the gateway sends each message on its own
 * short-lived virtual thread, so every message allocated fresh ones: an 8 KB byte buffer and a 4 KB char
 * buffer per generator, and google-http-client writes each request body twice (once to count its length).
 * In the profile of a fan-out that was a tenth of the sending threads' samples
 * ({@code BufferRecycler.alloc*}), plus the garbage. A concurrent deque pool hands the same buffers from
 * one message to the next whatever thread sends it.
 */
public final class PooledJacksonFactory extends JsonFactory {

    private final com.fasterxml.jackson.core.JsonFactory jackson = com.fasterxml.jackson.core.JsonFactory.builder()
            .recyclerPool(JsonRecyclerPools.newConcurrentDequePool())
            // As the SDK's JacksonFactory: closing a generator must not write the ends of open objects.
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .build();

    @Override
    public JsonParser createJsonParser(InputStream in) throws IOException {
        return new PooledJacksonParser(this, jackson.createParser(Objects.requireNonNull(in, "in")));
    }

    /** Jackson detects the encoding (UTF-8, -16 or -32) itself, as the SDK's factory lets it. */
    @Override
    public JsonParser createJsonParser(InputStream in, Charset charset) throws IOException {
        return createJsonParser(in);
    }

    @Override
    public JsonParser createJsonParser(String value) throws IOException {
        return createJsonParser(new StringReader(Objects.requireNonNull(value, "value")));
    }

    @Override
    public JsonParser createJsonParser(Reader reader) throws IOException {
        return new PooledJacksonParser(this, jackson.createParser(Objects.requireNonNull(reader, "reader")));
    }

    /** Always UTF-8, the only encoding JSON over HTTP uses (RFC 8259), as the SDK's factory does. */
    @Override
    public JsonGenerator createJsonGenerator(OutputStream out, Charset charset) throws IOException {
        return new PooledJacksonGenerator(this, jackson.createGenerator(out, JsonEncoding.UTF8));
    }

    @Override
    public JsonGenerator createJsonGenerator(Writer writer) throws IOException {
        return new PooledJacksonGenerator(this, jackson.createGenerator(writer));
    }
}
