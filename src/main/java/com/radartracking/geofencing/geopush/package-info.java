/**
 * GeoPush (issue 6, item 4): a zone's message sent to the customer who enters it, or dwells in it, per zone.
 * {@link com.radartracking.geofencing.geopush.GeoPushListener} joins the transaction that stores the ping's
 * {@code geo_events} row: the zone's schedule (business time zone, device time of the ping), the cooldown
 * (one conditional upsert on {@code geo_push_cooldowns}, server time), then
 * {@link com.radartracking.push.TriggeredPushes}, the push pipeline's API for triggered sends, which applies
 * consent, devices, placeholders, the 4 KB check, quiet hours and the frequency cap. Every decision is a
 * {@code geo_pushes} row (SENT with its send, COOLDOWN, OUTSIDE_SCHEDULE) and, when held back by GeoPush
 * itself, a push skip of that reason, so the business sees per customer why nothing went out.
 */
package com.radartracking.geofencing.geopush;
