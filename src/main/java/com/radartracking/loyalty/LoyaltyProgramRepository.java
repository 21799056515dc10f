package com.radartracking.loyalty;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoyaltyProgramRepository extends JpaRepository<LoyaltyProgram, UUID> {
}
