package com.radartracking.geofencing.pings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code geo_events}' monthly partitions created ahead of time (the default partition only catches
 * what slips through) and drops whole months older than {@code radar.geo.events.retention} (13 months by
 * default). Platform-wide, not per business: partitions hold every tenant's rows; both go through
 * SECURITY DEFINER functions because the app role does not own the table. One instance runs each (ShedLock).
 */
@Component
class GeoEventPartitionJobs {

    private static final Logger log = LoggerFactory.getLogger(GeoEventPartitionJobs.class);

    private final JdbcTemplate jdbc;
    private final GeoProperties properties;
    private final Clock clock;

    GeoEventPartitionJobs(JdbcTemplate jdbc, GeoProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${radar.jobs.partition-cron:0 7 2 * * *}")
    @SchedulerLock(name = "geo-event-partitions", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void ensurePartitions() {
        jdbc.queryForObject("select ensure_geo_event_partitions(?)::text", String.class,
                properties.events().monthsAhead());
        log.info("Geo event partitions ensured {} months ahead", properties.events().monthsAhead());
    }

    @Scheduled(cron = "${radar.geo.events.retention-cron:0 17 3 * * *}")
    @SchedulerLock(name = "geo-event-retention", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void dropExpired() {
        LocalDate cutoff = cutoff();
        Integer dropped = jdbc.queryForObject("select drop_geo_event_partitions_before(?)", Integer.class, cutoff);
        log.info("Geo event partitions before {} dropped: {}", cutoff, dropped);
    }

    /** The first day of the oldest month kept: whole months before it are past retention. */
    LocalDate cutoff() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).withDayOfMonth(1).minus(properties.events().retention());
    }
}
