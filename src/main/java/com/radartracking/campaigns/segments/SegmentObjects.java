package com.radartracking.campaigns.segments;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsDataLoader;
import com.radartracking.platform.tenancy.TenantBatchLoaders;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.dataloader.MappedBatchLoader;

/**
 * GraphQL {@code Segment} objects for other fields of the module (a campaign's segment), through a batching
 * loader: a page of campaigns costs one query for their saved segments (ready-made ones cost none), and the
 * object is the one this package resolves Segment's own fields (customerCount) on. No role check here: whoever
 * may read the parent may see the segment it names.
 */
@DgsComponent
public class SegmentObjects {

    static final String BY_ID = "segmentsById";

    /** A segment id (saved or rfm:) within the business of the parent that names it. */
    record Key(UUID businessId, String segmentId) {
    }

    @DgsDataLoader(name = BY_ID)
    final MappedBatchLoader<Key, SegmentView> byId;

    SegmentObjects(SegmentStore store) {
        byId = TenantBatchLoaders.grouped(Key::businessId, Key::businessId, keys -> {
            Map<Key, SegmentView> found = new HashMap<>();
            Map<UUID, Key> saved = new HashMap<>();
            for (Key key : keys) {
                if (key.segmentId().startsWith(BuiltInSegments.PREFIX)) {
                    BuiltInSegments.find(key.segmentId())
                            .ifPresent(segment -> found.put(key, SegmentView.builtIn(key.businessId(), segment)));
                } else {
                    try {
                        saved.put(UUID.fromString(key.segmentId()), key);
                    } catch (IllegalArgumentException malformed) {
                        // names nothing: the field resolves to null
                    }
                }
            }
            if (!saved.isEmpty()) {
                List<SegmentView> views = store.findAllIncludingDeleted(saved.keySet());
                views.forEach(view -> found.put(saved.get(UUID.fromString(view.id())), view));
            }
            return found;
        });
    }

    /**
     * The segment {@code segmentId} of {@code businessId} (saved, deleted since, or ready-made), or null when it
     * names none.
     */
    public static CompletableFuture<Object> load(DataFetchingEnvironment environment, UUID businessId,
            String segmentId) {
        if (segmentId == null) {
            return CompletableFuture.completedFuture(null);
        }
        DataLoader<Key, SegmentView> loader = environment.getDataLoader(BY_ID);
        return loader.load(new Key(businessId, segmentId)).thenApply(found -> found);
    }
}
