package com.radartracking.geofencing.pings;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.ApiIntegrationTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The partition job creates the months ahead; retention keeps 13 whole months and drops nothing newer. */
class GeoEventPartitionJobsIT extends ApiIntegrationTest {

    @Autowired
    private GeoEventPartitionJobs jobs;

    @Value("${spring.datasource.url}")
    private String url;

    @Value("${spring.flyway.user}")
    private String owner;

    @Value("${spring.flyway.password}")
    private String ownerPassword;

    private List<String> partitions() {
        return jdbc.queryForList("""
                SELECT c.relname::text FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                WHERE i.inhparent = 'geo_events'::regclass ORDER BY 1""", String.class);
    }

    @Test
    void ensuresMonthsAheadAndDropsOnlyExpiredMonths() throws Exception {
        try (Connection asOwner = DriverManager.getConnection(url, owner, ownerPassword);
                Statement statement = asOwner.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS geo_events_202001 PARTITION OF geo_events "
                    + "FOR VALUES FROM ('2020-01-01') TO ('2020-02-01')");
        }
        jobs.ensurePartitions();
        LocalDate month = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        DateTimeFormatter name = DateTimeFormatter.ofPattern("'geo_events_'yyyyMM");
        assertThat(partitions()).contains(name.format(month.minusMonths(1)), name.format(month),
                name.format(month.plusMonths(3)), "geo_events_default");
        assertThat(jobs.cutoff()).isEqualTo(month.minusMonths(13));
        jobs.dropExpired();
        assertThat(partitions()).doesNotContain("geo_events_202001");
        assertThat(partitions()).as("nothing within retention is dropped").contains(name.format(month.minusMonths(1)),
                name.format(month), name.format(month.plusMonths(3)), "geo_events_default");
    }
}
