package com.radartracking.loyalty;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface RewardRepository extends JpaRepository<Reward, UUID> {

    /** The reward with its row locked (SELECT ... FOR UPDATE) until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Reward> findLockedById(UUID id);
}
