package com.radartracking.locations;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about the current business's locations. */
@Service
public class LocationDirectory {

    private final LocationRepository locations;

    LocationDirectory(LocationRepository locations) {
        this.locations = locations;
    }

    /** The subset of {@code ids} that are locations of the current business. */
    @Transactional(readOnly = true)
    public Set<UUID> existingIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(locations.findExistingIds(ids));
    }

    /** Every location of the current business, active or not (e.g. to match names in a CSV import). */
    @Transactional(readOnly = true)
    public List<LocationView> all() {
        return locations.findAll().stream().map(LocationView::of).toList();
    }

    /** Views of the given locations of the current business, in one query (for data loaders). */
    @Transactional(readOnly = true)
    public List<LocationView> findAll(Collection<UUID> ids) {
        return locations.findAllById(ids).stream().map(LocationView::of).toList();
    }
}
