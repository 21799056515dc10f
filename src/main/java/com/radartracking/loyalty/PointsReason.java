package com.radartracking.loyalty;

/** Why a ledger row moved a balance. */
enum PointsReason {
    EARN_VISIT,
    EARN_AMOUNT,
    REDEMPTION,
    ADJUSTMENT,
    EXPIRY,
    OPENING_BALANCE;

    boolean isEarning() {
        return this == EARN_VISIT || this == EARN_AMOUNT;
    }
}
