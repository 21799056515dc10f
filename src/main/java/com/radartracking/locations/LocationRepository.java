package com.radartracking.locations;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LocationRepository extends JpaRepository<Location, UUID> {

    /**
     * One keyset page, oldest first. {@code restrictToIds = false} means every location of the tenant;
     * otherwise only {@code ids} (a Staff user's assignment).
     */
    @Query("""
            select l from Location l
             where (:includeInactive = true or l.active = true)
               and (:restrictToIds = false or l.id in :ids)
               and (cast(:afterCreatedAt as Instant) is null or l.createdAt > :afterCreatedAt
                    or (l.createdAt = :afterCreatedAt and l.id > :afterId))
             order by l.createdAt, l.id""")
    List<Location> page(boolean includeInactive, boolean restrictToIds, Collection<UUID> ids,
            Instant afterCreatedAt, UUID afterId, Limit limit);

    @Query("""
            select count(l) from Location l
             where (:includeInactive = true or l.active = true)
               and (:restrictToIds = false or l.id in :ids)""")
    long countVisible(boolean includeInactive, boolean restrictToIds, Collection<UUID> ids);

    long countByActiveTrue();

    @Query("select l.id from Location l where l.id in :ids")
    List<UUID> findExistingIds(Collection<UUID> ids);
}
