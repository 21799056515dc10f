package com.radartracking.platform.tenancy;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.MappedBatchLoader;

/**
 * Data loaders whose keys carry the business they belong to. A GraphQL page can hold parents of one
 * business only today, but a loader must not rely on it: keys are grouped per business and each group
 * is loaded under {@link TenantContext#callAs}, so row-level security scopes every statement.
 *
 * <p>Declared as fields of a {@code @DgsComponent}: {@code @DgsDataLoader(name = "x") final
 * MappedBatchLoader<TenantKey, V> x = TenantBatchLoaders.byId(store::findAll);}
 */
public final class TenantBatchLoaders {

    private TenantBatchLoaders() {
    }

    /** One statement per business: {@code load} gets that business's ids and answers the ones it found. */
    public static <V> MappedBatchLoader<TenantKey, V> byId(Function<List<UUID>, Map<UUID, V>> load) {
        return keys -> CompletableFuture.completedFuture(loadPerBusiness(keys, load));
    }

    /**
     * Keys of any shape: grouped by {@code group} (the business and whatever else one statement needs in
     * common, e.g. page arguments), each group loaded under the business {@code businessOf} gives.
     */
    public static <K, G, V> MappedBatchLoader<K, V> grouped(Function<K, G> group, Function<K, UUID> businessOf,
            Function<List<K>, Map<K, V>> load) {
        return keys -> {
            Map<G, List<K>> groups = keys.stream().collect(Collectors.groupingBy(group));
            Map<K, V> found = new HashMap<>();
            groups.values().forEach(members ->
                    found.putAll(TenantContext.callAs(businessOf.apply(members.getFirst()), () -> load.apply(members))));
            return CompletableFuture.completedFuture(found);
        };
    }

    /** Runs {@code load} once per business over its ids and re-keys the results. */
    public static <V> Map<TenantKey, V> loadPerBusiness(Collection<TenantKey> keys,
            Function<List<UUID>, Map<UUID, V>> load) {
        Map<UUID, List<UUID>> idsByBusiness = keys.stream().collect(Collectors.groupingBy(TenantKey::businessId,
                Collectors.mapping(TenantKey::id, Collectors.toList())));
        Map<TenantKey, V> found = new HashMap<>();
        idsByBusiness.forEach((businessId, ids) -> TenantContext.callAs(businessId, () -> load.apply(ids))
                .forEach((id, value) -> found.put(new TenantKey(businessId, id), value)));
        return found;
    }
}
