package com.radartracking.geofencing.pings;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of ping evaluation ({@code radar.geo.*}); the defaults suit production.
 *
 * @param maxPingAge a ping older than this (device time against server time) is dropped as STALE
 * @param maxFutureSkew a ping ahead of server time by more than this is dropped as FUTURE
 * @param maxAccuracyMeters a ping less accurate than this is dropped as INACCURATE (per zone, a ping less
 *     accurate than the zone's radius decides nothing for that zone either)
 * @param hysteresisMinMeters EXIT needs the device beyond radius + buffer; the buffer is the larger of
 *     this and {@code hysteresisRatio} × radius, so GPS jitter at the edge does not flap
 * @param hysteresisRatio see {@code hysteresisMinMeters}
 * @param maxZoneRadiusMeters the largest radius a zone can have (the schema's bound): with the largest
 *     buffer it is the constant upper bound that lets the lookup use the GiST index
 * @param presenceTtl how long an idle device's presence set stays cached in Redis (PostgreSQL keeps it)
 * @param redisRetryAfter after a Redis failure, how long presence is read from PostgreSQL only
 * @param requestsPerMinute ping requests a customer may send per minute (429 beyond)
 * @param consentCacheTtl how long an instance remembers a customer's location consent answer: the most a
 *     revocation recorded by another instance takes to stop pings (the recording instance forgets at once)
 * @param events the {@code geo_events} partitions
 */
@ConfigurationProperties("radar.geo")
public record GeoProperties(
        @DefaultValue("10m") Duration maxPingAge,
        @DefaultValue("2m") Duration maxFutureSkew,
        @DefaultValue("1000") double maxAccuracyMeters,
        @DefaultValue("20") double hysteresisMinMeters,
        @DefaultValue("0.1") double hysteresisRatio,
        @DefaultValue("5000") int maxZoneRadiusMeters,
        @DefaultValue("7d") Duration presenceTtl,
        @DefaultValue("5s") Duration redisRetryAfter,
        @DefaultValue("120") int requestsPerMinute,
        @DefaultValue("5s") Duration consentCacheTtl,
        @DefaultValue Events events) {

    /**
     * @param retention months of events kept: whole months older than this are dropped
     * @param monthsAhead monthly partitions created ahead of time
     */
    public record Events(@DefaultValue("P13M") Period retention, @DefaultValue("3") int monthsAhead) {
    }

    /** The hysteresis buffer of a zone of {@code radiusMeters}. */
    public double bufferFor(double radiusMeters) {
        return Math.max(hysteresisMinMeters, hysteresisRatio * radiusMeters);
    }

    /** The constant distance bound of the lookup: no zone's radius + buffer exceeds it. */
    public double lookupBoundMeters() {
        return maxZoneRadiusMeters + bufferFor(maxZoneRadiusMeters);
    }
}
