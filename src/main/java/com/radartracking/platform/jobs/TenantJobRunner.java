package com.radartracking.platform.jobs;

import com.radartracking.platform.tenancy.TenantContext;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a piece of background work once per business, each under its own tenant context (so
 * Hibernate's tenant filter and row-level security apply as for a request). One business failing does
 * not stop the others; the failure is logged with the business id. Once the instance begins shutting down
 * ({@link JobShutdown}) no further business is started, so the job returns (and ShedLock releases its lock)
 * instead of being interrupted; the next run does the businesses left.
 */
@Component
public class TenantJobRunner {

    private static final Logger log = LoggerFactory.getLogger(TenantJobRunner.class);

    private final JdbcTemplate jdbc;
    private final JobShutdown shutdown;

    /** Public so that a test can run a job with a {@link JobShutdown} of its own. */
    public TenantJobRunner(JdbcTemplate jdbc, JobShutdown shutdown) {
        this.jdbc = jdbc;
        this.shutdown = shutdown;
    }

    /**
     * How a job's pass over the businesses ended: how many failed, and whether the instance was shutting down at
     * its end (the work may then have stopped part-way, and the next run does the rest).
     */
    public record Result(int failures, boolean stoppedByShutdown) {
    }

    public Result forEachBusiness(String jobName, Consumer<UUID> work) {
        List<UUID> businessIds = jdbc.queryForList("select platform_business_ids()", UUID.class);
        int failures = 0;
        for (UUID businessId : businessIds) {
            if (shutdown.stopping()) {
                log.info("Job {} stops before business {}: the instance is shutting down", jobName, businessId);
                break;
            }
            MDC.put("businessId", businessId.toString());
            try {
                TenantContext.runAs(businessId, () -> work.accept(businessId));
            } catch (RuntimeException e) {
                failures++;
                log.error("Job {} failed for business {}", jobName, businessId, e);
            } finally {
                MDC.remove("businessId");
            }
        }
        return new Result(failures, shutdown.stopping());
    }
}
