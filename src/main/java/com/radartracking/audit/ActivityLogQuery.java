package com.radartracking.audit;

import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the current business's activity log, newest first, with keyset pagination. Plain SQL on the
 * partitioned table: row-level security scopes it to the tenant, the (business_id, occurred_at) index
 * serves the order.
 */
@Service
class ActivityLogQuery {

    private final JdbcTemplate jdbc;

    ActivityLogQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Entry(String id, String actorId, String actorType, String action, String entityType, String entityId,
            String requestId, String ip, Instant occurredAt) {
    }

    record Page(List<Entry> rowsPlusOne) {
    }

    @Transactional(readOnly = true)
    Page page(PageArgs args, String entityType, String entityId) {
        CurrentActor.requireRole(Role.ADMIN);
        StringBuilder sql = new StringBuilder("""
                select id, actor_id, actor_type, action, entity_type, entity_id, request_id, host(ip), occurred_at
                  from activity_logs where true""");
        List<Object> parameters = new ArrayList<>();
        if (entityType != null) {
            sql.append(" and entity_type = ?");
            parameters.add(entityType);
        }
        if (entityId != null) {
            sql.append(" and entity_id = ?");
            parameters.add(entityId);
        }
        PageArgs.Position after = args.position();
        if (after != null) {
            sql.append(" and (occurred_at, id) < (?, ?)");
            parameters.add(Timestamp.from(after.createdAt()));
            parameters.add(after.id());
        }
        sql.append(" order by occurred_at desc, id desc limit ?");
        parameters.add(args.first() + 1);
        return new Page(jdbc.query(sql.toString(), (row, i) -> new Entry(
                row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getTimestamp(9).toInstant()),
                parameters.toArray()));
    }

    static String cursor(Entry entry) {
        return PageArgs.encode(entry.occurredAt(), UUID.fromString(entry.id()));
    }
}
