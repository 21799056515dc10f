package com.radartracking.campaigns.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.campaigns.engine.CustomerIdRanges.Range;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The id ranges a run's workers walk: contiguous, open at both ends, cut where PostgreSQL's uuid order cuts. */
class CustomerIdRangesTest {

    @Test
    void oneWorkerWalksTheWholeSpace() {
        assertThat(CustomerIdRanges.split(1)).containsExactly(new Range(null, null));
    }

    @Test
    void rangesMeetWithoutGapsAtEvenShareOfTheFirstByte() {
        UUID half = UUID.fromString("80000000-0000-0000-0000-000000000000");
        assertThat(CustomerIdRanges.split(2)).containsExactly(new Range(null, half), new Range(half, null));

        List<Range> three = CustomerIdRanges.split(3);
        assertThat(three).extracting(Range::below).containsExactly(
                UUID.fromString("55000000-0000-0000-0000-000000000000"),
                UUID.fromString("aa000000-0000-0000-0000-000000000000"), null);
        for (int i = 1; i < three.size(); i++) {
            assertThat(three.get(i).from()).isEqualTo(three.get(i - 1).below());
        }
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> CustomerIdRanges.split(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
