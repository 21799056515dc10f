/**
 * Campaigns (DESIGN.md §7): automated and one-off messages to segments of customers. Segments come first
 * ({@code segments}): a stored condition tree over customer facts, compiled to one SQL condition, counted
 * live, saved for reuse, plus the ready-made RFM segments. Triggers, schedulers and deliveries follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Campaigns")
package com.radartracking.campaigns;
