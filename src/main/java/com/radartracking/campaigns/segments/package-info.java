/**
 * Segments: {@link com.radartracking.campaigns.segments.SegmentCondition} trees (all / any / not over facts
 * such as visits, last visit, points, tags, birthday month, consent, device platform, opened notifications),
 * checked by {@link com.radartracking.campaigns.segments.SegmentRules}, compiled by
 * {@link com.radartracking.campaigns.segments.SegmentSql} into one condition on {@code customers c} (no
 * per-customer loop), saved per business, and the ready-made RFM segments of
 * {@link com.radartracking.campaigns.segments.BuiltInSegments}.
 */
package com.radartracking.campaigns.segments;
