/**
 * The campaign API: the GraphQL queries and mutations that write campaigns and move them through their
 * lifecycle (DRAFT → SCHEDULED / ACTIVE ⇄ PAUSED → COMPLETED, any → ARCHIVED). Everything a campaign needs to
 * send is checked when it is saved and again when it is activated or resumed (its segment and what the segment
 * points at, zones, programs, locations, the message against the push pipeline's rules, a schedule that fires
 * before it ends), so a campaign is refused with the reason rather than saved to silently do nothing.
 */
package com.radartracking.campaigns.editing;
