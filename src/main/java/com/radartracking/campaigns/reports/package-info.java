/**
 * Reports on campaigns: the funnel of a campaign over a period (targeted, sent, delivered, opened, visited
 * after the message; by day in the business's time zone and by location), batched so a page of campaigns
 * with their funnels costs a fixed number of statements (Staff read their assigned locations' share of every
 * figure of a funnel, see FunnelQuery), and the dry run (who would qualify now, who push
 * would reach or hold back, when the schedule or time trigger fires over the next days). Read-only: both
 * work for a campaign in any status, a DRAFT especially.
 */
package com.radartracking.campaigns.reports;
