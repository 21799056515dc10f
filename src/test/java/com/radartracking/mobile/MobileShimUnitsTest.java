package com.radartracking.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.platform.errors.ErrorCode;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shim's small pure pieces: key shape, contact masking, visit cursors, problem documents. */
class MobileShimUnitsTest {

    @Test
    void appKeysArePrefixedBase62AndDoNotRepeat() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String key = MobileAppService.newKey();
            assertThat(key).matches("pk_live_[A-Za-z0-9]{32}");
            keys.add(key);
        }
        assertThat(keys).hasSize(1000);
    }

    @Test
    void contactsAreMostlyHidden() {
        assertThat(ContactMask.mask("maria@example.com")).isEqualTo("m***@example.com");
        assertThat(ContactMask.mask("+573005550101")).isEqualTo("+57******0101");
        assertThat(ContactMask.mask("12345")).isEqualTo("*****");
        assertThat(ContactMask.mask(null)).isNull();
    }

    @Test
    void visitCursorsRoundTripAndGarbageIsBadUserInput() {
        Instant at = Instant.parse("2026-11-28T10:15:30.123456Z");
        UUID id = UUID.randomUUID();
        VisitPages.Position position = VisitPages.decode(VisitPages.encode(at, id));
        assertThat(position.occurredAt()).isEqualTo(at);
        assertThat(position.id()).isEqualTo(id);
        for (String garbage : new String[] {"!!", "bm9wZQ", "MjAyNnxub3QtYS11dWlk"}) {
            assertThatThrownBy(() -> VisitPages.decode(garbage)).isInstanceOfSatisfying(MobileException.class,
                    e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
                        assertThat(e.extensions()).containsEntry("field", "cursor");
                    });
        }
    }

    @Test
    void problemDocumentsFollowRfc9457PlusOurCode() {
        Map<String, Object> problem = Problems.body(null, 400, ErrorCode.BAD_USER_INPUT, "firstName is required",
                Map.of("field", "firstName", "status", 999));
        assertThat(problem).containsEntry("type", "about:blank").containsEntry("title", "Bad Request")
                .containsEntry("status", 400).containsEntry("detail", "firstName is required")
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "firstName");
    }

    @Test
    void documentationPathsNeedNoAppKey() {
        assertThat(MobileSecurityConfiguration.isDocumentation("/api/mobile/v1/openapi.json")).isTrue();
        assertThat(MobileSecurityConfiguration.isDocumentation("/api/mobile/v1/docs")).isTrue();
        assertThat(MobileSecurityConfiguration.isDocumentation("/api/mobile/v1/swagger-ui/index.html")).isTrue();
        assertThat(MobileSecurityConfiguration.isDocumentation("/api/mobile/v1/me")).isFalse();
        assertThat(MobileSecurityConfiguration.isDocumentation("/api/mobile/v1/openapi.jsonx")).isFalse();
    }
}
