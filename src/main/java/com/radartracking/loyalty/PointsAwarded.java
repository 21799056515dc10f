package com.radartracking.loyalty;

import java.time.Instant;
import java.util.UUID;

/**
 * Points (or stamps) were earned: one event per program and visit, or per positive manual adjustment.
 * Published inside the transaction that moved the balance, under its business's tenant: the campaign
 * engine's POINTS_THRESHOLD trigger decides in it (synchronous listener), so the visit (or adjustment) and
 * the campaign's message commit together. Never published for debits, nor for opening balances carried over
 * by an import (a customer's balance in the old system is not something they just earned).
 *
 * @param points   what this visit or adjustment earned in the program, all reasons together (always positive)
 * @param balance  the card's balance afterwards
 * @param source   what earned them
 * @param sourceId the visit's id ({@link Source#VISIT}) or the adjustment's ledger entry id
 *                 ({@link Source#ADJUSTMENT}): unique per award, so consumers can key what they do once by it
 */
public record PointsAwarded(UUID businessId, UUID customerId, UUID cardId, UUID programId, long points,
        long balance, Source source, UUID sourceId, Instant occurredAt) {

    /** What earned the points. */
    public enum Source {
        /** A recorded visit (one event per program the visit earned in). */
        VISIT,
        /** An Admin's manual credit. */
        ADJUSTMENT
    }
}
