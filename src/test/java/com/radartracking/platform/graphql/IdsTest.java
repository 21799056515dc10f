package com.radartracking.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void aMalformedIdIsNotFoundLikeAnUnknownOne() {
        UUID id = UUID.randomUUID();
        assertThat(Ids.parse("id", id.toString())).isEqualTo(id);
        for (String bad : new String[] {"nope", "", "1", null}) {
            assertThatThrownBy(() -> Ids.parse("id", bad))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        }
    }

    @Test
    void malformedIdsInAnInputListAreBadUserInputNamingTheField() {
        UUID id = UUID.randomUUID();
        assertThat(Ids.parseAll("locationIds", List.of(id.toString()))).containsExactly(id);
        assertThat(Ids.parseAll("locationIds", null)).isEmpty();
        assertThatThrownBy(() -> Ids.parseAll("locationIds", List.of(id.toString(), "x")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
                    assertThat(e.extensions()).containsEntry("field", "locationIds");
                });
    }
}
