package com.radartracking.customers;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitRepository extends JpaRepository<Visit, UUID> {
}
