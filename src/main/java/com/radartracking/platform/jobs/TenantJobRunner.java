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
 * not stop the others; the failure is logged with the business id.
 */
@Component
public class TenantJobRunner {

    private static final Logger log = LoggerFactory.getLogger(TenantJobRunner.class);

    private final JdbcTemplate jdbc;

    TenantJobRunner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many businesses the work failed for. */
    public int forEachBusiness(String jobName, Consumer<UUID> work) {
        List<UUID> businessIds = jdbc.queryForList("select platform_business_ids()", UUID.class);
        int failures = 0;
        for (UUID businessId : businessIds) {
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
        return failures;
    }
}
