package com.radartracking.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageArgsTest {

    @Test
    void cursorsRoundTripAndAreOpaqueUrlSafeText() {
        Instant at = Instant.parse("2026-11-28T10:15:30.123456Z");
        UUID id = UUID.randomUUID();
        String cursor = PageArgs.encode(at, id);
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        PageArgs.Position position = PageArgs.of(10, cursor, 100).position();
        assertThat(position.createdAt()).isEqualTo(at);
        assertThat(position.id()).isEqualTo(id);
    }

    @Test
    void defaultsAndBounds() {
        assertThat(PageArgs.of(null, null, 100).first()).isEqualTo(PageArgs.DEFAULT_PAGE_SIZE);
        assertThat(PageArgs.of(null, null, 5).first()).isEqualTo(5);
        assertThat(PageArgs.of(100, null, 100).first()).isEqualTo(100);
        assertThat(PageArgs.of(1, null, 100).position()).isNull();
        for (int bad : new int[] {0, -1, 101, 1000}) {
            assertThatThrownBy(() -> PageArgs.of(bad, null, 100))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
                        assertThat(e.extensions()).containsEntry("field", "first");
                    });
        }
    }

    @Test
    void forgedOrBrokenCursorsAreBadUserInputNamingAfter() {
        String noBar = Base64.getUrlEncoder().encodeToString("2026-11-28T10:15:30Z".getBytes(StandardCharsets.UTF_8));
        String badId = Base64.getUrlEncoder().encodeToString("2026-11-28T10:15:30Z|nope".getBytes(StandardCharsets.UTF_8));
        String badTime = Base64.getUrlEncoder().encodeToString(("yesterday|" + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8));
        for (String cursor : List.of("!!!", "", noBar, badId, badTime)) {
            assertThatThrownBy(() -> PageArgs.of(10, cursor, 100)).as(cursor)
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.extensions()).containsEntry("field", "after"));
        }
    }

    @Test
    void connectionsUseTheExtraRowOnlyToTellThatMoreExist() {
        PageArgs page = PageArgs.of(2, null, 100);
        Connection<String> full = Connection.of(List.of("a", "b", "c"), page, 3, row -> "c-" + row, String::toUpperCase);
        assertThat(full.edges()).extracting(Connection.Edge::node).containsExactly("A", "B");
        assertThat(full.pageInfo().hasNextPage()).isTrue();
        assertThat(full.pageInfo().endCursor()).isEqualTo("c-b");
        Connection<String> last = Connection.of(List.of("a"), page, 1, row -> "c-" + row, row -> row);
        assertThat(last.pageInfo().hasNextPage()).isFalse();
        Connection<String> empty = Connection.of(List.<String>of(), page, 0, row -> row, row -> row);
        assertThat(empty.pageInfo().startCursor()).isNull();
    }
}
