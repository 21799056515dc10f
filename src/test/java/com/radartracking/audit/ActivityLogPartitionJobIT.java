package com.radartracking.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.ApiIntegrationTest;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ActivityLogPartitionJobIT extends ApiIntegrationTest {

    @Autowired
    private ActivityLogPartitionJob job;

    @Test
    void createsTheComingMonthsPartitionsIdempotently() {
        job.run();
        job.run();

        List<String> partitions = jdbc.queryForList("""
                select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                 where i.inhparent = 'activity_logs'::regclass""", String.class);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("yyyyMM");
        for (int ahead = 0; ahead <= ActivityLogPartitionJob.MONTHS_AHEAD; ahead++) {
            assertThat(partitions).contains("activity_logs_" + YearMonth.now(java.time.ZoneOffset.UTC).plusMonths(ahead).format(month));
        }
        assertThat(partitions).contains("activity_logs_default");
    }
}
