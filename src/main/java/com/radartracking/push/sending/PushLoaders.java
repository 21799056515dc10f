package com.radartracking.push.sending;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsDataLoader;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.tenancy.TenantBatchLoaders;
import com.radartracking.platform.tenancy.TenantKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.MappedBatchLoader;

/**
 * Data loaders of push child fields: a page of sends, notifications, skips or customers costs one
 * statement per child field, whatever its size (pages of children included: each parent's first page
 * comes from one LATERAL statement).
 */
@DgsComponent
class PushLoaders {

    static final String SENDS = "pushSendsById";
    static final String SEND_COUNTS = "pushSendCounts";
    static final String SKIP_COUNTS = "pushSkipCounts";
    static final String USER_NAMES = "pushSenderNames";
    static final String DEVICES = "pushDevicesById";
    static final String CUSTOMER_DEVICES = "pushCustomerDevices";
    static final String CUSTOMER_NOTIFICATION_COUNTS = "pushCustomerNotificationCounts";
    static final String NOTIFICATION_PAGES = "pushNotificationPages";
    static final String SKIP_PAGES = "pushSkipPages";

    /**
     * A page of one parent's rows (a send's or a customer's), optionally of one status or skip reason:
     * keys that agree on everything but the parent load in one statement.
     */
    record PageKey(UUID businessId, PushQueries.Parent parent, UUID parentId, PageArgs page, String only) {

        List<Object> batch() {
            return java.util.Arrays.asList(businessId, parent, page, only);
        }
    }

    @DgsDataLoader(name = SENDS)
    final MappedBatchLoader<TenantKey, PushSendView> sends;
    @DgsDataLoader(name = SEND_COUNTS)
    final MappedBatchLoader<TenantKey, NotificationCounts> sendCounts;
    @DgsDataLoader(name = SKIP_COUNTS)
    final MappedBatchLoader<TenantKey, List<PushQueries.SkipCount>> skipCounts;
    @DgsDataLoader(name = USER_NAMES)
    final MappedBatchLoader<TenantKey, String> userNames;
    @DgsDataLoader(name = DEVICES)
    final MappedBatchLoader<TenantKey, DeviceView> devices;
    @DgsDataLoader(name = CUSTOMER_DEVICES)
    final MappedBatchLoader<TenantKey, List<DeviceView>> customerDevices;
    @DgsDataLoader(name = CUSTOMER_NOTIFICATION_COUNTS)
    final MappedBatchLoader<TenantKey, NotificationCounts> customerNotificationCounts;
    @DgsDataLoader(name = NOTIFICATION_PAGES)
    final MappedBatchLoader<PageKey, List<NotificationView>> notificationPages;
    @DgsDataLoader(name = SKIP_PAGES)
    final MappedBatchLoader<PageKey, List<SkipView>> skipPages;

    PushLoaders(PushSendStore store, PushQueries queries) {
        sends = TenantBatchLoaders.byId(ids -> store.findAll(ids).stream()
                .collect(Collectors.toMap(PushSendView::id, Function.identity())));
        sendCounts = TenantBatchLoaders.byId(queries::countsBySend);
        skipCounts = TenantBatchLoaders.byId(queries::skipCountsBySend);
        userNames = TenantBatchLoaders.byId(queries::userNames);
        devices = TenantBatchLoaders.byId(queries::devices);
        customerDevices = TenantBatchLoaders.byId(queries::devicesOfCustomers);
        customerNotificationCounts = TenantBatchLoaders.byId(queries::countsByCustomer);
        notificationPages = pages(keys -> queries.notificationsOf(keys.parent(), keys.parentIds(), keys.page(),
                keys.only()));
        skipPages = pages(keys -> queries.skipsOf(keys.parent(), keys.parentIds(), keys.page(), keys.only()));
    }

    /** The parents of one batch of {@link PageKey}s, which share everything else. */
    record PageBatch(PushQueries.Parent parent, List<UUID> parentIds, PageArgs page, String only) {
    }

    private static <V> MappedBatchLoader<PageKey, V> pages(Function<PageBatch, Map<UUID, V>> load) {
        return TenantBatchLoaders.grouped(PageKey::batch, PageKey::businessId, members -> {
            PageKey first = members.getFirst();
            Map<UUID, V> byParent = load.apply(new PageBatch(first.parent(),
                    members.stream().map(PageKey::parentId).toList(), first.page(), first.only()));
            Map<PageKey, V> found = new HashMap<>();
            members.forEach(key -> {
                V value = byParent.get(key.parentId());
                if (value != null) {
                    found.put(key, value);
                }
            });
            return found;
        });
    }
}
