package com.radartracking.audit;

import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.platform.web.RequestContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records who did what. Must be called inside the transaction that makes the change (it refuses to
 * run without one), so the log entry and the change commit or roll back together.
 */
@Service
public class ActivityLog {

    private static final Logger log = LoggerFactory.getLogger(ActivityLog.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final JsonMapper json;

    ActivityLog(JdbcTemplate jdbc, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    /** Records an action by the current actor. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId) {
        record(action, entityType, entityId, Map.of());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, Map<String, ?> details) {
        UUID actorId = CurrentActor.find().map(actor -> actor.userId()).orElse(null);
        insert(actorId, actorId == null ? "ANONYMOUS" : "USER", action, entityType, entityId, details);
    }

    /** Records an action by a user who is not (yet) the request's actor: sign-up, login, invitation. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(UUID actorId, String action, String entityType, Object entityId) {
        insert(actorId, "USER", action, entityType, entityId, Map.of());
    }

    /** Records an action taken by the system itself (a job, a trigger). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSystem(String action, String entityType, Object entityId, Map<String, ?> details) {
        insert(null, "SYSTEM", action, entityType, entityId, details);
    }

    private void insert(UUID actorId, String actorType, String action, String entityType, Object entityId,
            Map<String, ?> details) {
        log.debug("activity {} {} {}", action, entityType, entityId);
        RequestContext request = RequestContext.current().orElse(null);
        jdbc.update("""
                insert into activity_logs (id, business_id, actor_id, actor_type, action, entity_type, entity_id,
                                           request_id, ip, details, occurred_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::inet, ?::jsonb, ?)""",
                UUID.randomUUID(), TenantContext.require(), actorId, actorType, action, entityType,
                entityId == null ? null : entityId.toString(),
                request == null ? null : request.requestId(),
                request == null ? null : request.clientIp(),
                json.writeValueAsString(details),
                Timestamp.from(clock.instant()));
    }
}
