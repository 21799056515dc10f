package com.radartracking.geofencing.pings;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.geofencing.LocationPings.DropReason;
import com.radartracking.geofencing.LocationPings.Ping;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PingFilterTest {

    private static final Instant NOW = Instant.parse("2026-11-29T14:00:00Z");
    private final PingFilter filter = new PingFilter(GeoTestProperties.DEFAULTS);

    private static Ping at(String time, double accuracy) {
        return new Ping(4.6486, -74.0636, accuracy, Instant.parse(time), null);
    }

    @Test
    void sortsByDeviceTimeAndDropsWhatIsNotNewerThanTheLastAccepted() {
        PingFilter.Filtered filtered = filter.apply(List.of(at("2026-11-29T13:59:30Z", 10),
                at("2026-11-29T13:58:00Z", 10), at("2026-11-29T13:59:00Z", 10), at("2026-11-29T13:59:00Z", 10)),
                NOW, Instant.parse("2026-11-29T13:58:30Z"));
        assertThat(filtered.accepted()).extracting(Ping::recordedAt).containsExactly(
                Instant.parse("2026-11-29T13:59:00Z"), Instant.parse("2026-11-29T13:59:30Z"));
        assertThat(filtered.dropped()).containsEntry(DropReason.OUT_OF_ORDER, 2);
        assertThat(filtered.lastAcceptedAt()).isEqualTo(Instant.parse("2026-11-29T13:59:30Z"));
    }

    @Test
    void aResentBatchIsAllOutOfOrder() {
        List<Ping> batch = List.of(at("2026-11-29T13:59:00Z", 10), at("2026-11-29T13:59:30Z", 10));
        PingFilter.Filtered again = filter.apply(batch, NOW, filter.apply(batch, NOW, null).lastAcceptedAt());
        assertThat(again.accepted()).isEmpty();
        assertThat(again.dropped()).containsEntry(DropReason.OUT_OF_ORDER, 2);
    }

    @Test
    void dropsFutureStaleAndInaccurate() {
        PingFilter.Filtered filtered = filter.apply(List.of(at("2026-11-29T14:01:59Z", 10),
                at("2026-11-29T14:02:01Z", 10), at("2026-11-29T13:49:59Z", 10), at("2026-11-29T13:55:00Z", 1000.5),
                at("2026-11-29T13:56:00Z", 1000)), NOW, null);
        assertThat(filtered.accepted()).extracting(Ping::recordedAt).containsExactly(
                Instant.parse("2026-11-29T13:56:00Z"), Instant.parse("2026-11-29T14:01:59Z"));
        assertThat(filtered.dropped()).containsEntry(DropReason.FUTURE, 1).containsEntry(DropReason.STALE, 1)
                .containsEntry(DropReason.INACCURATE, 1).containsEntry(DropReason.OUT_OF_ORDER, 0);
    }

    @Test
    void timesAreCutToMicroseconds() {
        PingFilter.Filtered filtered = filter.apply(List.of(new Ping(4.6, -74.0, 5,
                Instant.parse("2026-11-29T13:59:00.123456789Z"), null)), NOW, Instant.parse("2026-11-29T13:59:00.123456Z"));
        assertThat(filtered.dropped()).containsEntry(DropReason.OUT_OF_ORDER, 1);
    }
}
