package com.radartracking.push.dispatch;

/**
 * What {@code push_dispatch_record} did with a batch: rows recorded, rows no longer ours (their lease ran out
 * and another worker claimed them again: stale, not written), device tokens deactivated, other rows of those
 * devices cancelled, businesses newly blocked.
 */
public record RecordSummary(int recorded, int stale, int tokensDeactivated, int rowsCancelled, int businessesBlocked) {

    public static final RecordSummary NONE = new RecordSummary(0, 0, 0, 0, 0);
}
