package com.radartracking.customers;

import java.time.Instant;
import java.util.UUID;

/** The GraphQL {@code CustomerNote} type. */
record NoteView(UUID id, UUID customerId, String body, UUID authorUserId, Instant createdAt) {
}
