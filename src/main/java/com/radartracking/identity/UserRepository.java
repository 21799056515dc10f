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

/** Users of the current tenant (Hibernate adds the tenant restriction; RLS enforces it again). */
interface UserRepository extends JpaRepository<User, UUID> {

    Optional<User> findByEmail(String email);

    /**
     * SELECT ... FOR UPDATE. Logins of one account take turns (so failures are counted exactly), and a
     * deactivation or role change waits for, or is waited on by, a login or refresh of that user.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from User u where u.id = :id")
    Optional<User> lockById(UUID id);

    @Query("""
            select u from User u
             where (:includeInactive = true or u.active = true)
               and (cast(:afterCreatedAt as Instant) is null or u.createdAt > :afterCreatedAt
                    or (u.createdAt = :afterCreatedAt and u.id > :afterId))
             order by u.createdAt, u.id""")
    List<User> page(boolean includeInactive, Instant afterCreatedAt, UUID afterId, Limit limit);

    @Query("select count(u) from User u where (:includeInactive = true or u.active = true)")
    long countVisible(boolean includeInactive);
}
