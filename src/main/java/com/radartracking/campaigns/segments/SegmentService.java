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

    /**
     * Where the builder's live count stops: an exact count reads every customer of the business (about half
     * a second of CPU per million), while "10,000+" costs a few milliseconds and is as useful while typing.
     * The same cap as the customers list's matchCount.
     */
    static final int PREVIEW_COUNT_CAP = 10_000;

    /** {@code countCap} is null when the count was exact on request; otherwise the count stops there. */
    record Preview(String description, int customerCount, boolean customerCountIsExact, Integer countCap,
            List<UUID> sample) {
    }

    /** The live preview with a capped count (see {@link #PREVIEW_COUNT_CAP}). */
    @Transactional(readOnly = true)
    Preview preview(Map<String, Object> input) {
        return preview(input, false);
    }

    /** With {@code exact}, the whole count (as a saved segment shows it); otherwise up to the cap. */
    @Transactional(readOnly = true)
    Preview preview(Map<String, Object> input, boolean exact) {
        requireReader();
        SegmentCondition condition = checked(input);
        String description = SegmentWords.describe(condition);
        List<UUID> sample = store.sample(condition, SAMPLE_SIZE);
        if (exact) {
            return new Preview(description, store.count(condition), true, null, sample);
        }
        int found = store.countUpTo(condition, PREVIEW_COUNT_CAP);
        return found > PREVIEW_COUNT_CAP
                ? new Preview(description, PREVIEW_COUNT_CAP, false, PREVIEW_COUNT_CAP, sample)
                : new Preview(description, found, true, PREVIEW_COUNT_CAP, sample);
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
