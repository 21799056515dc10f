package com.radartracking.push.sending;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.customers.CustomerFilter;
import com.radartracking.customers.CustomerObjects;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.graphql.GraphQlLimits;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import com.radartracking.platform.tenancy.TenantKey;
import graphql.schema.PropertyDataFetcher;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** Child fields of sends, notifications, skips and customers, through data loaders (no N+1). */
@DgsComponent
class PushFieldsDataFetcher {

    private static final PropertyDataFetcher<Object> ID = PropertyDataFetcher.fetching("id");
    private static final PropertyDataFetcher<Object> BUSINESS_ID = PropertyDataFetcher.fetching("businessId");

    private final PushQueries queries;
    private final GraphQlLimits limits;

    PushFieldsDataFetcher(PushQueries queries, GraphQlLimits limits) {
        this.queries = queries;
        this.limits = limits;
    }

    @DgsData(parentType = "PushSend", field = "createdByName")
    CompletableFuture<String> createdByName(DgsDataFetchingEnvironment environment) {
        PushSendView send = environment.getSourceOrThrow();
        if (send.createdBy() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return this.<String>loader(environment, PushLoaders.USER_NAMES)
                .load(new TenantKey(send.businessId(), send.createdBy()));
    }

    @DgsData(parentType = "PushSend", field = "audienceCustomerCount")
    Integer audienceCustomerCount(DgsDataFetchingEnvironment environment) {
        PushSendView send = environment.getSourceOrThrow();
        return send.audienceKind().equals(PushAudience.Kind.CUSTOMERS.name()) ? send.audience().customerIds().size()
                : null;
    }

    /** The filter as stored on the send; GraphQL reads its record components (PushSegment's fields). */
    @DgsData(parentType = "PushSend", field = "audienceSegment")
    CustomerFilter audienceSegment(DgsDataFetchingEnvironment environment) {
        PushSendView send = environment.getSourceOrThrow();
        return send.audienceKind().equals(PushAudience.Kind.SEGMENT.name()) ? send.audience().segment() : null;
    }

    /** The same rule {@link PushSendService#cancel} enforces, so the panel offers only what will work. */
    @DgsData(parentType = "PushSend", field = "canCancel")
    boolean canCancel(DgsDataFetchingEnvironment environment) {
        PushSendView send = environment.getSourceOrThrow();
        if (send.status().equals("DONE") || send.status().equals("CANCELLED")) {
            return false;
        }
        return CurrentActor.find().map(actor -> actor.role() == Role.ADMIN
                || actor.role() == Role.STAFF && actor.userId().equals(send.createdBy())).orElse(false);
    }

    @DgsData(parentType = "PushSend", field = "counts")
    CompletableFuture<NotificationCounts> sendCounts(DgsDataFetchingEnvironment environment) {
        PushSendView send = environment.getSourceOrThrow();
        return counts(environment, PushLoaders.SEND_COUNTS, new TenantKey(send.businessId(), send.id()));
    }

    @DgsData(parentType = "PushSend", field = "skipCounts")
    CompletableFuture<List<PushQueries.SkipCount>> skipCounts(DgsDataFetchingEnvironment environment) {
        PushSendView send = environment.getSourceOrThrow();
        return this.<List<PushQueries.SkipCount>>loader(environment, PushLoaders.SKIP_COUNTS)
                .load(new TenantKey(send.businessId(), send.id()))
                .thenApply(counts -> counts == null ? List.of() : counts);
    }

    @DgsData(parentType = "PushSend", field = "skips")
    CompletableFuture<Connection<SkipView>> sendSkips(DgsDataFetchingEnvironment environment,
            @InputArgument Integer first, @InputArgument String after, @InputArgument String reason) {
        PushSendView send = environment.getSourceOrThrow();
        return skipPage(environment, new TenantKey(send.businessId(), send.id()), PushQueries.Parent.SEND,
                PageArgs.of(first, after, limits.maxPageSize()), reason);
    }

    @DgsData(parentType = "PushSend", field = "notifications")
    CompletableFuture<NotificationConnection> sendNotifications(DgsDataFetchingEnvironment environment,
            @InputArgument Integer first, @InputArgument String after, @InputArgument String status) {
        PushSendView send = environment.getSourceOrThrow();
        TenantKey parent = new TenantKey(send.businessId(), send.id());
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        return notificationPage(environment, parent, PushQueries.Parent.SEND, page, status).thenApply(rows ->
                status == null ? NotificationConnection.allOf(rows, parent, PushLoaders.SEND_COUNTS)
                        : NotificationConnection.filtered(rows, new PushQueries.NotificationFilter(status, send.id(),
                                null, null, null, null)));
    }

    @DgsData(parentType = "NotificationConnection", field = "counts")
    CompletableFuture<NotificationCounts> connectionCounts(DgsDataFetchingEnvironment environment) {
        NotificationConnection page = environment.getSourceOrThrow();
        if (page.countsLoader() != null) {
            return counts(environment, page.countsLoader(), page.countsOf());
        }
        return CompletableFuture.completedFuture(queries.counts(page.filter()));
    }

    @DgsData(parentType = "Notification", field = "send")
    CompletableFuture<PushSendView> notificationSend(DgsDataFetchingEnvironment environment) {
        NotificationView notification = environment.getSourceOrThrow();
        return send(environment, notification.businessId(), notification.sendId());
    }

    @DgsData(parentType = "Notification", field = "customer")
    CompletableFuture<Object> notificationCustomer(DgsDataFetchingEnvironment environment) {
        NotificationView notification = environment.getSourceOrThrow();
        return CustomerObjects.load(environment, notification.businessId(), notification.customerId());
    }

    @DgsData(parentType = "Notification", field = "device")
    CompletableFuture<DeviceView> notificationDevice(DgsDataFetchingEnvironment environment) {
        NotificationView notification = environment.getSourceOrThrow();
        return this.<DeviceView>loader(environment, PushLoaders.DEVICES)
                .load(new TenantKey(notification.businessId(), notification.deviceTokenId()));
    }

    @DgsData(parentType = "PushSkip", field = "send")
    CompletableFuture<PushSendView> skipSend(DgsDataFetchingEnvironment environment) {
        SkipView skip = environment.getSourceOrThrow();
        return send(environment, skip.businessId(), skip.sendId());
    }

    @DgsData(parentType = "PushSkip", field = "customer")
    CompletableFuture<Object> skipCustomer(DgsDataFetchingEnvironment environment) {
        SkipView skip = environment.getSourceOrThrow();
        return CustomerObjects.load(environment, skip.businessId(), skip.customerId());
    }

    @DgsData(parentType = "Customer", field = "devices")
    CompletableFuture<List<DeviceView>> customerDevices(DgsDataFetchingEnvironment environment) throws Exception {
        return this.<List<DeviceView>>loader(environment, PushLoaders.CUSTOMER_DEVICES).load(customerKey(environment))
                .thenApply(devices -> devices == null ? List.of() : devices);
    }

    @DgsData(parentType = "Customer", field = "notifications")
    CompletableFuture<NotificationConnection> customerNotifications(DgsDataFetchingEnvironment environment,
            @InputArgument Integer first, @InputArgument String after) throws Exception {
        TenantKey customer = customerKey(environment);
        return notificationPage(environment, customer, PushQueries.Parent.CUSTOMER,
                PageArgs.of(first, after, limits.maxPageSize()), null)
                .thenApply(rows -> NotificationConnection.allOf(rows, customer, PushLoaders.CUSTOMER_NOTIFICATION_COUNTS));
    }

    @DgsData(parentType = "Customer", field = "pushSkips")
    CompletableFuture<Connection<SkipView>> customerSkips(DgsDataFetchingEnvironment environment,
            @InputArgument Integer first, @InputArgument String after) throws Exception {
        return skipPage(environment, customerKey(environment), PushQueries.Parent.CUSTOMER,
                PageArgs.of(first, after, limits.maxPageSize()), null);
    }

    private CompletableFuture<Connection<NotificationView>> notificationPage(DgsDataFetchingEnvironment environment,
            TenantKey parent, PushQueries.Parent kind, PageArgs page, String status) {
        return this.<List<NotificationView>>loader(environment, PushLoaders.NOTIFICATION_PAGES)
                .load(new PushLoaders.PageKey(parent.businessId(), kind, parent.id(), page, status))
                .thenApply(rows -> Connection.of(rows == null ? List.of() : rows, page, null,
                        NotificationConnection::cursor, row -> row));
    }

    private CompletableFuture<Connection<SkipView>> skipPage(DgsDataFetchingEnvironment environment, TenantKey parent,
            PushQueries.Parent kind, PageArgs page, String reason) {
        return this.<List<SkipView>>loader(environment, PushLoaders.SKIP_PAGES)
                .load(new PushLoaders.PageKey(parent.businessId(), kind, parent.id(), page, reason))
                .thenApply(rows -> Connection.of(rows == null ? List.of() : rows, page, null,
                        NotificationConnection::cursor, row -> row));
    }

    private CompletableFuture<NotificationCounts> counts(DgsDataFetchingEnvironment environment, String loader,
            TenantKey key) {
        return this.<NotificationCounts>loader(environment, loader).load(key)
                .thenApply(counts -> counts == null ? NotificationCounts.ZERO : counts);
    }

    private CompletableFuture<PushSendView> send(DgsDataFetchingEnvironment environment, UUID businessId, UUID sendId) {
        if (sendId == null) {
            return CompletableFuture.completedFuture(null);
        }
        return this.<PushSendView>loader(environment, PushLoaders.SENDS).load(new TenantKey(businessId, sendId));
    }

    /**
     * The Customer object belongs to the customers module, which exposes its id and business id as
     * properties: read them as GraphQL would, without depending on its internal type.
     */
    private static TenantKey customerKey(DgsDataFetchingEnvironment environment) throws Exception {
        return new TenantKey(uuid(BUSINESS_ID.get(environment)), uuid(ID.get(environment)));
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(String.valueOf(value));
    }

    private <V> DataLoader<Object, V> loader(DgsDataFetchingEnvironment environment, String name) {
        return environment.getDataLoader(name);
    }
}
