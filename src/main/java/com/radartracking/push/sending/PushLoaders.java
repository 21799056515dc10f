package com.radartracking.push.sending;

import com.netflix.graphql.dgs.DgsDataLoader;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.tenancy.TenantContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.MappedBatchLoader;

/** Data loaders of push child fields: a page costs one query per child field, whatever its size. */
final class PushLoaders {

    static final String SENDS = "pushSendsById";
    static final String SEND_COUNTS = "pushSendCounts";
    static final String SKIP_COUNTS = "pushSkipCounts";
    static final String USER_NAMES = "pushSenderNames";
    static final String DEVICES = "pushDevicesById";
    static final String CUSTOMER_DEVICES = "pushCustomerDevices";
    static final String CUSTOMER_NOTIFICATIONS = "pushCustomerNotifications";
    static final String CUSTOMER_NOTIFICATION_COUNTS = "pushCustomerNotificationCounts";
    static final String CUSTOMER_SKIPS = "pushCustomerSkips";

    private PushLoaders() {
    }

    /** A record id within the business its parent came from; each business's keys load under it. */
    record Key(UUID businessId, UUID id) {
    }

    /** A page of a customer's rows: keys with the same page arguments load in one statement. */
    record PageKey(UUID businessId, UUID customerId, PageArgs page) {
    }

    static <V> Map<Key, V> perBusiness(Collection<Key> keys, Function<List<UUID>, Map<UUID, V>> load) {
        Map<UUID, List<UUID>> idsByBusiness = keys.stream().collect(Collectors.groupingBy(Key::businessId,
                Collectors.mapping(Key::id, Collectors.toList())));
        Map<Key, V> found = new HashMap<>();
        idsByBusiness.forEach((businessId, ids) -> TenantContext.callAs(businessId, () -> load.apply(ids))
                .forEach((id, value) -> found.put(new Key(businessId, id), value)));
        return found;
    }

    static <V> Map<PageKey, V> perPage(Collection<PageKey> keys,
            java.util.function.BiFunction<List<UUID>, PageArgs, Map<UUID, V>> load) {
        Map<List<Object>, List<PageKey>> groups = keys.stream()
                .collect(Collectors.groupingBy(key -> List.of(key.businessId(), key.page())));
        Map<PageKey, V> found = new HashMap<>();
        groups.forEach((group, members) -> {
            UUID businessId = members.getFirst().businessId();
            PageArgs page = members.getFirst().page();
            List<UUID> ids = members.stream().map(PageKey::customerId).toList();
            TenantContext.callAs(businessId, () -> load.apply(ids, page))
                    .forEach((id, value) -> found.put(new PageKey(businessId, id, page), value));
        });
        return found;
    }

    private static <K, V> CompletionStage<Map<K, V>> done(Map<K, V> map) {
        return CompletableFuture.completedFuture(map);
    }

    @DgsDataLoader(name = SENDS)
    static class Sends implements MappedBatchLoader<Key, PushSendView> {
        private final PushSendStore sends;

        Sends(PushSendStore sends) {
            this.sends = sends;
        }

        @Override
        public CompletionStage<Map<Key, PushSendView>> load(Set<Key> keys) {
            return done(perBusiness(keys, ids -> sends.findAll(ids).stream()
                    .collect(Collectors.toMap(PushSendView::id, Function.identity()))));
        }
    }

    @DgsDataLoader(name = SEND_COUNTS)
    static class SendCounts implements MappedBatchLoader<Key, NotificationCounts> {
        private final PushQueries queries;

        SendCounts(PushQueries queries) {
            this.queries = queries;
        }

        @Override
        public CompletionStage<Map<Key, NotificationCounts>> load(Set<Key> keys) {
            return done(perBusiness(keys, queries::countsBySend));
        }
    }

    @DgsDataLoader(name = SKIP_COUNTS)
    static class SkipCounts implements MappedBatchLoader<Key, List<PushQueries.SkipCount>> {
        private final PushQueries queries;

        SkipCounts(PushQueries queries) {
            this.queries = queries;
        }

        @Override
        public CompletionStage<Map<Key, List<PushQueries.SkipCount>>> load(Set<Key> keys) {
            return done(perBusiness(keys, queries::skipCountsBySend));
        }
    }

    @DgsDataLoader(name = USER_NAMES)
    static class UserNames implements MappedBatchLoader<Key, String> {
        private final PushQueries queries;

        UserNames(PushQueries queries) {
            this.queries = queries;
        }

        @Override
        public CompletionStage<Map<Key, String>> load(Set<Key> keys) {
            return done(perBusiness(keys, queries::userNames));
        }
    }

    @DgsDataLoader(name = DEVICES)
    static class Devices implements MappedBatchLoader<Key, DeviceView> {
        private final PushQueries queries;

        Devices(PushQueries queries) {
            this.queries = queries;
        }

        @Override
        public CompletionStage<Map<Key, DeviceView>> load(Set<Key> keys) {
            return done(perBusiness(keys, queries::devices));
        }
    }

    @DgsDataLoader(name = CUSTOMER_DEVICES)
    static class CustomerDevices implements MappedBatchLoader<Key, List<DeviceView>> {
        private final PushQueries queries;

        CustomerDevices(PushQueries queries) {
            this.queries = queries;
        }

        @Override
        public CompletionStage<Map<Key, List<DeviceView>>> load(Set<Key> keys) {
            return done(perBusiness(keys, queries::devicesOfCustomers));
        }
    }

    @DgsDataLoader(name = CUSTOMER_NOTIFICATION_COUNTS)
    static class CustomerNotificationCounts implements MappedBatchLoader<Key, NotificationCounts> {
        private final PushQueries queries;

        CustomerNotificationCounts(PushQueries queries) {
            this.queries = queries;
        }

        @Override
        public CompletionStage<Map<Key, NotificationCounts>> load(Set<Key> keys) {
            return done(perBusiness(keys, queries::countsByCustomer));
        }
    }

    @DgsDataLoader(name = CUSTOMER_NOTIFICATIONS)
    static class CustomerNotifications implements MappedBatchLoader<PageKey, List<NotificationView>> {
        private final PushQueries queries;

        CustomerNotifications(PushQueries queries) {
            this.queries = queries;
        }

        @Override
        public CompletionStage<Map<PageKey, List<NotificationView>>> load(Set<PageKey> keys) {
            return done(perPage(keys, queries::notificationsOfCustomers));
        }
    }

    @DgsDataLoader(name = CUSTOMER_SKIPS)
    static class CustomerSkips implements MappedBatchLoader<PageKey, List<SkipView>> {
        private final PushQueries queries;

        CustomerSkips(PushQueries queries) {
            this.queries = queries;
        }

        @Override
        public CompletionStage<Map<PageKey, List<SkipView>>> load(Set<PageKey> keys) {
            return done(perPage(keys, queries::skipsOfCustomers));
        }
    }
}
