package com.radartracking.push.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.push.PushMessageChecks.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public check of a stored message: the pipeline's rules with reasons, and the 4 KB at the longest values. */
class PushMessageCheckerTest {

    private final PushMessageChecker checks = new PushMessageChecker();

    private List<Problem> check(String title, String body, String imageUrl, Map<String, String> data) {
        return checks.check(title, body, imageUrl, null, data);
    }

    @Test
    void acceptsAMessageThePipelineAccepts() {
        assertThat(check("Hola {{firstName}}", "Tienes {{points}} puntos", "https://x.example/a.png",
                Map.of("screen", "card"))).isEmpty();
    }

    @Test
    void namesTheFieldAndTheReason() {
        assertThat(check(" ", "b", null, null)).containsExactly(new Problem("title", "EMPTY", "The title must not be empty"));
        assertThat(check("t", "x".repeat(2001), null, null).getFirst()).extracting(Problem::field, Problem::reason)
                .containsExactly("body", "TOO_LONG");
        assertThat(check("Hi {{nickname}}", "b", null, null).getFirst()).extracting(Problem::field, Problem::reason)
                .containsExactly("title", "UNKNOWN_PLACEHOLDER");
        assertThat(check("t", "b", "http://x.example/a.png", null).getFirst()).extracting(Problem::reason)
                .isEqualTo("NOT_HTTPS");
        assertThat(check("t", "b", null, Map.of("google.x", "1")).getFirst()).extracting(Problem::field, Problem::reason)
                .containsExactly("data", "RESERVED_KEY");
        assertThat(check("t", "b", null, Map.of("gcm.y", "1")).getFirst()).extracting(Problem::reason)
                .isEqualTo("RESERVED_KEY");
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 21; i++) {
            many.put("k" + i, "v");
        }
        assertThat(check("t", "b", null, many).getFirst()).extracting(Problem::reason).isEqualTo("TOO_MANY_ENTRIES");
    }

    @Test
    void measuresThePayloadWithPlaceholdersAtTheirLongest() {
        Map<String, String> data = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            data.put("k" + i, "v".repeat(1000));
        }
        // About 3.1 KB of data plus a body that fits as written but not once {{displayName}} is 161 characters.
        String body = "x".repeat(900) + " {{displayName}}";
        assertThat(PayloadSize.bytes("t", body.replace("{{displayName}}", ""), null, null, data))
                .isLessThan(PayloadSize.FCM_LIMIT_BYTES);
        assertThat(check("t", body, null, data)).singleElement().extracting(Problem::field, Problem::reason)
                .containsExactly("message", "PAYLOAD_TOO_LARGE");
        assertThat(check("t", body.replace(" {{displayName}}", ""), null, data)).isEmpty();
    }
}
