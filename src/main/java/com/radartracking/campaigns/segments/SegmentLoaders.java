package com.radartracking.campaigns.segments;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsDataLoader;
import com.radartracking.platform.tenancy.TenantBatchLoaders;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dataloader.MappedBatchLoader;

/** A page of segments counts its customers in one statement (one scalar subquery per segment). */
@DgsComponent
class SegmentLoaders {

    static final String COUNTS = "segmentCustomerCounts";

    /** A segment's condition within its business: equal conditions count once. */
    record CountKey(UUID businessId, SegmentCondition condition) {
    }

    @DgsDataLoader(name = COUNTS)
    final MappedBatchLoader<CountKey, Integer> counts;

    SegmentLoaders(SegmentStore store) {
        counts = TenantBatchLoaders.grouped(CountKey::businessId, CountKey::businessId, keys -> {
            List<Integer> found = store.counts(keys.stream().map(CountKey::condition).toList());
            Map<CountKey, Integer> byKey = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                byKey.put(keys.get(i), found.get(i));
            }
            return byKey;
        });
    }
}
