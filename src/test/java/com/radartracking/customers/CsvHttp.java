package com.radartracking.customers;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP for the CSV endpoints: downloads parsed as CSV, refusals parsed as JSON. */
final class CsvHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    CsvHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Answer(int status, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse("");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(text());
        }

        String code() {
            return json().path("errors").path(0).path("extensions").path("code").asString();
        }

        /** The body parsed as CSV with {@code delimiter} (a UTF-8 BOM, if any, skipped). */
        List<CSVRecord> records(char delimiter) {
            String text = text();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            try {
                return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(text))
                        .getRecords();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<CSVRecord> records() {
            return records(',');
        }
    }

    Answer get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), token);
    }

    Answer post(String path, String token, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), token);
    }

    /** A body without Content-Length (chunked), as a streaming client sends it. */
    Answer postChunked(String path, String token, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))), token);
    }

    Answer send(HttpRequest.Builder request, String token) {
        request.timeout(Duration.ofSeconds(120));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
