package com.radartracking.push.sending;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.graphql.GraphQlLimits;
import com.radartracking.platform.graphql.Ids;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** GraphQL entry points of push sending: send, cancel, preview, and the lists of sends, notifications and skips. */
@DgsComponent
class PushDataFetcher {

    private final PushSendService sending;
    private final PushPreviewService previews;
    private final PushSendStore sends;
    private final PushQueries queries;
    private final GraphQlLimits limits;

    PushDataFetcher(PushSendService sending, PushPreviewService previews, PushSendStore sends, PushQueries queries,
            GraphQlLimits limits) {
        this.sending = sending;
        this.previews = previews;
        this.sends = sends;
        this.queries = queries;
        this.limits = limits;
    }

    static void requireReader() {
        CurrentActor.requireRole(Role.ADMIN, Role.STAFF, Role.ANALYST);
    }

    @DgsMutation
    @SuppressWarnings("unchecked")
    PushSendView sendPush(@InputArgument Map<String, Object> input) {
        CurrentActor.requireRole(Role.ADMIN, Role.STAFF);
        PushAudience audience = PushAudience.from((Map<String, Object>) input.get("audience"));
        PushSendService.requireSender(audience.kind());
        PushMessage message = PushMessage.from((Map<String, Object>) input.get("message"));
        Instant scheduledAt = PushSendService.scheduledAt((Instant) input.get("scheduledAt"), Instant.now());
        String key = PushSendService.idempotencyKey((String) input.get("idempotencyKey"));
        return sending.send(new PushSendService.SendRequest(audience, message, scheduledAt, key));
    }

    @DgsMutation
    PushSendView cancelPushSend(@InputArgument String id) {
        CurrentActor.requireRole(Role.ADMIN, Role.STAFF);
        return sending.cancel(Ids.parse("id", id));
    }

    @DgsQuery
    @SuppressWarnings("unchecked")
    PushPreviewService.Preview previewPush(@InputArgument Map<String, Object> input) {
        requireReader();
        return previews.preview(PushAudience.from((Map<String, Object>) input.get("audience")),
                PushMessage.from((Map<String, Object>) input.get("message")));
    }

    @DgsQuery
    PushSendView pushSend(@InputArgument String id) {
        requireReader();
        return sends.find(Ids.parse("id", id)).orElseThrow(() -> PushException.notFound("Push send", id));
    }

    @DgsQuery
    Connection<PushSendView> pushSends(@InputArgument Integer first, @InputArgument String after,
            @InputArgument Map<String, Object> filter) {
        requireReader();
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        Map<String, Object> f = filter == null ? Map.of() : filter;
        Object status = f.get("status");
        Object origin = f.get("origin");
        return Connection.of(sends.page(status == null ? null : status.toString(),
                origin == null ? null : origin.toString(), (Instant) f.get("createdFrom"),
                (Instant) f.get("createdTo"), page), page, null,
                row -> PageArgs.encode(row.createdAt(), row.id()), row -> row);
    }

    @DgsQuery
    NotificationConnection notifications(@InputArgument Integer first, @InputArgument String after,
            @InputArgument Map<String, Object> filter) {
        requireReader();
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        PushQueries.NotificationFilter criteria = notificationFilter(filter);
        return NotificationConnection.filtered(Connection.of(queries.notifications(criteria, page), page, null,
                NotificationConnection::cursor, row -> row), criteria);
    }

    @DgsQuery
    Connection<SkipView> pushSkips(@InputArgument Integer first, @InputArgument String after,
            @InputArgument Map<String, Object> filter) {
        requireReader();
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        Map<String, Object> f = filter == null ? Map.of() : filter;
        UUID sendId = referencedSend(f.get("sendId"));
        UUID customerId = referencedCustomer(f.get("customerId"));
        Object reason = f.get("reason");
        return Connection.of(queries.skips(new PushQueries.SkipFilter(sendId, customerId,
                reason == null ? null : reason.toString()), page), page, null, NotificationConnection::cursor, row -> row);
    }

    private PushQueries.NotificationFilter notificationFilter(Map<String, Object> filter) {
        if (filter == null) {
            return PushQueries.NotificationFilter.NONE;
        }
        Object status = filter.get("status");
        Object campaignId = filter.get("campaignId");
        return new PushQueries.NotificationFilter(status == null ? null : status.toString(),
                referencedSend(filter.get("sendId")),
                campaignId == null ? null : Ids.parse("campaignId", campaignId.toString()),
                referencedCustomer(filter.get("customerId")), (Instant) filter.get("createdFrom"),
                (Instant) filter.get("createdTo"));
    }

    /** A send named in a filter must be one of this business's (another's is NOT_FOUND, like an unknown id). */
    private UUID referencedSend(Object value) {
        if (value == null) {
            return null;
        }
        UUID id = Ids.parse("sendId", value.toString());
        if (!queries.sendExists(id)) {
            throw PushException.notFound("Push send", id);
        }
        return id;
    }

    private UUID referencedCustomer(Object value) {
        if (value == null) {
            return null;
        }
        UUID id = Ids.parse("customerId", value.toString());
        if (!queries.customerExists(id)) {
            throw PushException.notFound("Customer", id);
        }
        return id;
    }
}
