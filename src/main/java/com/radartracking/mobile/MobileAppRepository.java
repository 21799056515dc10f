package com.radartracking.mobile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MobileAppRepository extends JpaRepository<MobileApp, UUID> {

    /** One keyset page, oldest first. */
    @Query("""
            select a from MobileApp a
             where (:includeRevoked = true or a.revokedAt is null)
               and (cast(:afterCreatedAt as Instant) is null or a.createdAt > :afterCreatedAt
                    or (a.createdAt = :afterCreatedAt and a.id > :afterId))
             order by a.createdAt, a.id""")
    List<MobileApp> page(boolean includeRevoked, Instant afterCreatedAt, UUID afterId, Limit limit);

    @Query("select count(a) from MobileApp a where (:includeRevoked = true or a.revokedAt is null)")
    long countVisible(boolean includeRevoked);
}
