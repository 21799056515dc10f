package com.radartracking.locations;

import com.netflix.graphql.dgs.DgsDataLoader;
import com.radartracking.platform.tenancy.TenantContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.dataloader.MappedBatchLoader;

/**
 * Batches look-ups of locations by id from child fields (a user's assigned locations, an invitation's
 * locations) into one query per business per request level, instead of one per parent. Keys carry the
 * business the parent came from, so the payload of a login (a request that has no tenant yet) still
 * resolves its user's locations, in that user's business and no other.
 */
@DgsDataLoader(name = LocationsByIdDataLoader.NAME)
public class LocationsByIdDataLoader implements MappedBatchLoader<LocationsByIdDataLoader.Key, LocationView> {

    public static final String NAME = "locationsById";

    /** A location id within the business it belongs to. */
    public record Key(UUID businessId, UUID locationId) {
    }

    private final LocationDirectory directory;

    LocationsByIdDataLoader(LocationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public CompletionStage<Map<Key, LocationView>> load(Set<Key> keys) {
        Map<UUID, List<UUID>> idsByBusiness = keys.stream().collect(Collectors.groupingBy(Key::businessId,
                Collectors.mapping(Key::locationId, Collectors.toList())));
        Map<Key, LocationView> found = new HashMap<>();
        idsByBusiness.forEach((businessId, ids) -> TenantContext.callAs(businessId, () -> directory.findAll(ids))
                .forEach(view -> found.put(new Key(businessId, UUID.fromString(view.id())), view)));
        return CompletableFuture.completedFuture(found);
    }
}
