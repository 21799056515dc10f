package com.radartracking.platform.tenancy;

import java.util.OptionalInt;

/**
 * Per-business limits that platform operators may raise (stored with the business, owned by the
 * identity module). Modules read them through this interface rather than another module's tables.
 */
public interface PlanLimits {

    /** The current business's location limit override, if operators set one. */
    OptionalInt locationLimitOverride();
}
