package com.radartracking.customers;

import com.radartracking.platform.tenancy.TenantContext;
import java.sql.Array;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's tags, changed under a row lock (read with FOR UPDATE, then written), so two Staff tagging
 * the same customer at once both keep their tag.
 */
@Component
class CustomerTags {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CustomerTags(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void add(UUID customerId, String tag) {
        List<String> tags = new ArrayList<>(lock(customerId));
        if (!tags.contains(tag)) {
            tags.add(tag);
            if (tags.size() > CustomerValidation.MAX_TAGS) {
                throw CustomerException.badInput("tag",
                        "A customer can have at most " + CustomerValidation.MAX_TAGS + " tags");
            }
            write(customerId, tags);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void remove(UUID customerId, String tag) {
        List<String> tags = new ArrayList<>(lock(customerId));
        if (tags.remove(tag)) {
            write(customerId, tags);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void replace(UUID customerId, List<String> tags) {
        if (!lock(customerId).equals(tags)) {
            write(customerId, tags);
        }
    }

    private List<String> lock(UUID customerId) {
        List<List<String>> rows = jdbc.query(
                "select tags from customers where business_id = ? and id = ? for update",
                (rs, row) -> {
                    Array array = rs.getArray(1);
                    return Arrays.asList((String[]) array.getArray());
                }, TenantContext.require(), customerId);
        if (rows.isEmpty()) {
            throw CustomerException.customerNotFound(customerId);
        }
        return rows.getFirst();
    }

    private void write(UUID customerId, List<String> tags) {
        jdbc.update("update customers set tags = ?, updated_at = ? where business_id = ? and id = ?",
                tags.toArray(String[]::new), clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC),
                TenantContext.require(), customerId);
    }
}
