package com.radartracking.push.sending;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.customers.CustomerObjects;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.graphql.GraphQlLimits;
import com.radartracking.platform.graphql.PageArgs;
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
                .load(new PushLoaders.Key(send.businessId(), send.createdBy()));
    }

    @DgsData(parentType = "PushSend", field = "counts")
    CompletableFuture<NotificationCounts> sendCounts(DgsDataFetchingEnvironment environment) {
        PushSendView send = environment.getSourceOrThrow();
        return this.<NotificationCounts>loader(environment, PushLoaders.SEND_COUNTS)
                .load(new PushLoaders.Key(send.businessId(), send.id()))
                .thenApply(counts -> counts == null ? NotificationCounts.ZERO : counts);
    }

    @DgsData(parentType = "PushSend", field = "skipCounts")
    CompletableFuture<List<PushQueries.SkipCount>> skipCounts(DgsDataFetchingEnvironment environment) {
        PushSendView send = environment.getSourceOrThrow();
        return this.<List<PushQueries.SkipCount>>loader(environment, PushLoaders.SKIP_COUNTS)
                .load(new PushLoaders.Key(send.businessId(), send.id()))
                .thenApply(counts -> counts == null ? List.of() : counts);
    }

    /** One send's skips: a drill-down of one send at a time, so a query of its own. */
    @DgsData(parentType = "PushSend", field = "skips")
    Connection<SkipView> sendSkips(DgsDataFetchingEnvironment environment, @InputArgument Integer first,
            @InputArgument String after, @InputArgument String reason) {
        PushSendView send = environment.getSourceOrThrow();
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        return Connection.of(queries.skips(new PushQueries.SkipFilter(send.id(), null, reason), page), page, null,
                NotificationConnection::cursor, row -> row);
    }

    @DgsData(parentType = "PushSend", field = "notifications")
    NotificationConnection sendNotifications(DgsDataFetchingEnvironment environment, @InputArgument Integer first,
            @InputArgument String after, @InputArgument String status) {
        PushSendView send = environment.getSourceOrThrow();
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        PushQueries.NotificationFilter filter = new PushQueries.NotificationFilter(status, send.id(), null, null,
                null, null);
        return NotificationConnection.of(Connection.of(queries.notifications(filter, page), page, null,
                NotificationConnection::cursor, row -> row), filter, null);
    }

    @DgsData(parentType = "NotificationConnection", field = "counts")
    CompletableFuture<NotificationCounts> connectionCounts(DgsDataFetchingEnvironment environment) {
        NotificationConnection page = environment.getSourceOrThrow();
        if (page.customer() != null) {
            return this.<NotificationCounts>loader(environment, PushLoaders.CUSTOMER_NOTIFICATION_COUNTS)
                    .load(page.customer()).thenApply(counts -> counts == null ? NotificationCounts.ZERO : counts);
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
                .load(new PushLoaders.Key(notification.businessId(), notification.deviceTokenId()));
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
        PushLoaders.Key customer = customerKey(environment);
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        return this.<List<NotificationView>>loader(environment, PushLoaders.CUSTOMER_NOTIFICATIONS)
                .load(new PushLoaders.PageKey(customer.businessId(), customer.id(), page))
                .thenApply(rows -> NotificationConnection.of(Connection.of(rows == null ? List.of() : rows, page, null,
                        NotificationConnection::cursor, row -> row), null, customer));
    }

    @DgsData(parentType = "Customer", field = "pushSkips")
    CompletableFuture<Connection<SkipView>> customerSkips(DgsDataFetchingEnvironment environment,
            @InputArgument Integer first, @InputArgument String after) throws Exception {
        PushLoaders.Key customer = customerKey(environment);
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        return this.<List<SkipView>>loader(environment, PushLoaders.CUSTOMER_SKIPS)
                .load(new PushLoaders.PageKey(customer.businessId(), customer.id(), page))
                .thenApply(rows -> Connection.of(rows == null ? List.of() : rows, page, null,
                        NotificationConnection::cursor, row -> row));
    }

    private CompletableFuture<PushSendView> send(DgsDataFetchingEnvironment environment, UUID businessId, UUID sendId) {
        if (sendId == null) {
            return CompletableFuture.completedFuture(null);
        }
        return this.<PushSendView>loader(environment, PushLoaders.SENDS).load(new PushLoaders.Key(businessId, sendId));
    }

    /**
     * The Customer object belongs to the customers module, which exposes its id and business id as
     * properties: read them as GraphQL would, without depending on its internal type.
     */
    private static PushLoaders.Key customerKey(DgsDataFetchingEnvironment environment) throws Exception {
        return new PushLoaders.Key(uuid(BUSINESS_ID.get(environment)), uuid(ID.get(environment)));
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(String.valueOf(value));
    }

    private <V> DataLoader<Object, V> loader(DgsDataFetchingEnvironment environment, String name) {
        return environment.getDataLoader(name);
    }
}
