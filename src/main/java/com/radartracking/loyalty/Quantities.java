package com.radartracking.loyalty;

/** "1 point", "12 points", "1 stamp": how amounts read in titles and messages, singular when it is one. */
final class Quantities {

    private Quantities() {
    }

    /** {@code kind} is a program kind name (POINTS or STAMPS). */
    static String of(long amount, String kind) {
        String unit = "STAMPS".equals(kind) ? "stamp" : "point";
        return amount + " " + unit + (Math.abs(amount) == 1 ? "" : "s");
    }

    static String of(long amount, LoyaltyCards.ProgramKind kind) {
        return of(amount, kind.name());
    }
}
