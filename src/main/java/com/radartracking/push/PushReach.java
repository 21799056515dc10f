package com.radartracking.push;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How the push pipeline would treat some customers if a send went out at a given instant, without sending
 * anything: the rules fan-out applies (push consent, an active device refreshed within the stale-after
 * period; the frequency cap and quiet hours hold a message back rather than drop it). For previews, such as a
 * campaign's dry run, that must agree with what fan-out will later do.
 */
public interface PushReach {

    /** Reasons in the order previews list them: the skips first, then what is only held back. */
    List<String> REASONS = List.of("NO_CONSENT", "NO_DEVICE", "STALE_TOKEN", "FREQUENCY_CAP", "QUIET_HOURS");

    /**
     * The customers matching {@code customerCondition} (an SQL condition on {@code customers c} under the
     * current tenant, its named values in {@code params}) as a send at {@code at} would treat them.
     *
     * @param sampleSize how many reachable customers to return, most recent visit first
     */
    Reach reach(String customerCondition, Map<String, ?> params, Instant at, int sampleSize);

    /**
     * @param customers the customers matching
     * @param reachable those with push consent and a fresh active device (held back or not)
     * @param heldBack  per reason of {@link #REASONS}, only those above zero: NO_CONSENT, NO_DEVICE and
     *                  STALE_TOKEN are skipped (not reachable); FREQUENCY_CAP (at their cap at {@code at}) and
     *                  QUIET_HOURS ({@code at} falls in the business's quiet hours) are reachable but delayed,
     *                  the cap taking precedence as in fan-out
     * @param sample    reachable customers' ids
     */
    record Reach(int customers, int reachable, Map<String, Integer> heldBack, List<UUID> sample) {

        public Reach {
            heldBack = Map.copyOf(heldBack);
            sample = List.copyOf(sample);
        }
    }
}
