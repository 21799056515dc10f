package com.radartracking.identity;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, UUID> {

    Optional<Invitation> findByTokenHash(byte[] tokenHash);

    /** SELECT ... FOR UPDATE: two accepts of one invitation take turns; the second finds it used. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.tokenHash = :tokenHash")
    Optional<Invitation> lockByTokenHash(byte[] tokenHash);

    @Query("""
            select i from Invitation i
             where (cast(:afterCreatedAt as Instant) is null or i.createdAt < :afterCreatedAt
                    or (i.createdAt = :afterCreatedAt and i.id < :afterId))
             order by i.createdAt desc, i.id desc""")
    List<Invitation> pageNewestFirst(Instant afterCreatedAt, UUID afterId, Limit limit);

    long count();
}
