package com.radartracking.campaigns.segments;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saved segments: roles, checks (rules, then references), the activity log. */
@Service
class SegmentService {

    static final int MAX_NAME = 120;
    static final int SAMPLE_SIZE = 5;

    private final SegmentStore store;
    private final SegmentReferences references;
    private final ActivityLog activity;

    SegmentService(SegmentStore store, SegmentReferences references, ActivityLog activity) {
        this.store = store;
        this.references = references;
        this.activity = activity;
    }

    /** Admins and Analysts read segments (Staff do not run campaigns). */
    static void requireReader() {
        CurrentActor.requireRole(Role.ADMIN, Role.ANALYST);
    }

    record Preview(String description, int customerCount, List<UUID> sample) {
    }

    @Transactional(readOnly = true)
    Preview preview(Map<String, Object> input) {
        requireReader();
        SegmentCondition condition = checked(input);
        return new Preview(SegmentWords.describe(condition), store.counts(List.of(condition)).getFirst(),
                store.sample(condition, SAMPLE_SIZE));
    }

    @Transactional(readOnly = true)
    SegmentView find(String id) {
        requireReader();
        if (id.startsWith(BuiltInSegments.PREFIX)) {
            return BuiltInSegments.find(id).map(segment -> SegmentView.builtIn(TenantContext.require(), segment))
                    .orElseThrow(() -> SegmentException.notFound("Segment", id));
        }
        return store.find(savedId(id)).orElseThrow(() -> SegmentException.notFound("Segment", id));
    }

    @Transactional(readOnly = true)
    List<SegmentView> page(PageArgs page) {
        requireReader();
        return store.page(page);
    }

    @Transactional
    SegmentView create(Map<String, Object> input) {
        Actor actor = CurrentActor.requireRole(Role.ADMIN);
        String name = name(input.get("name"));
        SegmentCondition condition = checked(conditionOf(input));
        UUID id = UUID.randomUUID();
        store.insert(id, name, condition, actor.userId(), now());
        activity.record("segment.create", "Segment", id, Map.of("name", name));
        return store.find(id).orElseThrow();
    }

    @Transactional
    SegmentView update(String id, Map<String, Object> input) {
        CurrentActor.requireRole(Role.ADMIN);
        UUID segmentId = editable(id);
        String name = name(input.get("name"));
        SegmentCondition condition = checked(conditionOf(input));
        if (!store.update(segmentId, name, condition, now())) {
            throw SegmentException.notFound("Segment", id);
        }
        activity.record("segment.update", "Segment", segmentId, Map.of("name", name));
        return store.find(segmentId).orElseThrow();
    }

    @Transactional
    String delete(String id) {
        CurrentActor.requireRole(Role.ADMIN);
        UUID segmentId = editable(id);
        if (!store.delete(segmentId, now())) {
            throw SegmentException.notFound("Segment", id);
        }
        activity.record("segment.delete", "Segment", segmentId);
        return id;
    }

    private SegmentCondition checked(Map<String, Object> input) {
        SegmentCondition condition = SegmentRules.read(input);
        references.check(condition);
        return condition;
    }

    private static UUID editable(String id) {
        if (id.startsWith(BuiltInSegments.PREFIX) && BuiltInSegments.find(id).isPresent()) {
            throw SegmentException.badInput("id", "Ready-made segments cannot be changed; save a copy instead");
        }
        return savedId(id);
    }

    /** A saved segment's id; anything else is NOT_FOUND, like an id of another business. */
    private static UUID savedId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw SegmentException.notFound("Segment", id);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> conditionOf(Map<String, Object> input) {
        return (Map<String, Object>) input.get("condition");
    }

    private static String name(Object value) {
        String name = value == null ? "" : value.toString().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw SegmentException.badInput("name", "A segment's name has 1 to " + MAX_NAME + " characters");
        }
        return name;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
