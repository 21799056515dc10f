package com.radartracking.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the next months' activity-log partitions created ahead of time (the default partition only
 * catches what slips through). Platform-wide, not per business: partitions hold every tenant's rows.
 */
@Component
class ActivityLogPartitionJob {

    private static final Logger log = LoggerFactory.getLogger(ActivityLogPartitionJob.class);
    static final int MONTHS_AHEAD = 3;

    private final JdbcTemplate jdbc;

    ActivityLogPartitionJob(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${radar.jobs.partition-cron:0 7 2 * * *}")
    @SchedulerLock(name = "activity-log-partitions", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void run() {
        jdbc.execute("select ensure_activity_log_partitions(" + MONTHS_AHEAD + ")");
        log.info("Activity log partitions ensured {} months ahead", MONTHS_AHEAD);
    }
}
