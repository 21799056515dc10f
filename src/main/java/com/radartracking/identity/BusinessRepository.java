package com.radartracking.identity;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BusinessRepository extends JpaRepository<Business, UUID> {
}
