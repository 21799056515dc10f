package com.radartracking.campaigns.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.TriggerSettings;
import com.radartracking.campaigns.model.TriggerType;
import com.radartracking.geofencing.GeoFixtures;
import com.radartracking.geofencing.GeofenceTransition;
import com.radartracking.geofencing.LocationPings;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.LockRace;
import com.radartracking.support.PushRules;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * GEOFENCE_ENTER and GEOFENCE_DWELL campaigns from the customer's pings (evaluated as the mobile shim does)
 * or, for the campaign-side filters, from transitions published in a transaction of the business as the
 * ping evaluation publishes them.
 */
class GeofenceCampaignTriggersIT extends CampaignTriggerTestSupport {

    /** The zone's centre; 4.603 is about 330 m north of it, outside its 100 m. */
    private static final double INSIDE = 4.6;
    private static final double OUTSIDE = 4.603;

    @Autowired
    LocationPings pings;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ApplicationEventPublisher publisher;

    /** Device time of the last ping: set after the context has started (pings older than 10 minutes are stale). */
    private Instant clock;
    private GeoFixtures geo;
    private UUID ana;

    @BeforeEach
    void setUp() {
        clock = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        business("Trigger Café");
        geo = new GeoFixtures(jdbc, transactionManager);
        ana = customer("Ana");
        device(ana);
    }

    private UUID zone(int dwellSeconds) {
        return geo.circle(business, location, INSIDE, -74.08, 100, dwellSeconds);
    }

    /** A zone about 11 km north of the others. */
    private UUID farZone() {
        return geo.circle(business, location, 4.7, -74.08, 100, 300);
    }

    /** One ping of Ana's phone, 20 s after the previous one; returns the transitions it decided. */
    private List<String> ping(UUID customer, double latitude) {
        clock = clock.plusSeconds(20);
        LocationPings.Outcome outcome = TenantContext.callAs(business, () -> pings.evaluate(customer, "phone-1",
                List.of(new LocationPings.Ping(latitude, -74.08, 10, clock, null))));
        return outcome.transitions().stream().map(t -> t.kind().name()).toList();
    }

    private List<String> geoEvents(UUID customer, String kind) {
        return asTenant(() -> jdbc.queryForList("""
                select 'geo:' || id from geo_events where customer_id = ? and kind = ? order by occurred_at""",
                String.class, customer, kind));
    }

    private void publish(UUID zone, UUID customer, GeofenceTransition.Kind kind) {
        asTenant(() -> {
            publisher.publishEvent(new GeofenceTransition(business, UUID.randomUUID(), zone, UUID.fromString(location),
                    customer, "phone-1", kind, Instant.now()));
            return null;
        });
    }

    @Test
    void anEnterMessagesTheCustomerOnceUntilTheCampaignsCooldownElapses() {
        UUID zone = zone(300);
        UUID otherZone = farZone();
        UUID onEnter = campaign(Spec.of(geofence(TriggerType.GEOFENCE_ENTER, 2, otherZone, zone)));
        UUID onOtherZone = campaign(Spec.of(geofence(TriggerType.GEOFENCE_ENTER, null, otherZone)));
        UUID onDwell = campaign(Spec.of(geofence(TriggerType.GEOFENCE_DWELL, null, zone)));
        double sent = counted(TriggerType.GEOFENCE_ENTER, "SENT");
        double cooldown = counted(TriggerType.GEOFENCE_ENTER, "COOLDOWN");

        assertThat(ping(ana, OUTSIDE)).isEmpty();
        assertThat(ping(ana, INSIDE)).containsExactly("ENTER");
        assertThat(deliveries(onEnter, ana)).containsExactlyElementsOf(geoEvents(ana, "ENTER"));
        List<Map<String, Object>> notifications = notifications(ana);
        assertThat(notifications).hasSize(1);
        assertThat(notifications.getFirst().get("title")).isEqualTo("Hola Ana");
        assertThat(notifications.getFirst().get("campaign_id")).isEqualTo(onEnter);
        assertThat(notifications.getFirst().get("held_reason")).isNull();
        assertThat(deliveries(onOtherZone)).isEmpty();
        assertThat(deliveries(onDwell)).isEmpty();

        // Out and back in within the 2-hour cooldown: recorded as a COOLDOWN skip, nothing sent.
        assertThat(ping(ana, OUTSIDE)).containsExactly("EXIT");
        assertThat(ping(ana, INSIDE)).containsExactly("ENTER");
        assertThat(deliveries(onEnter, ana)).hasSize(1);
        assertThat(notifications(ana)).hasSize(1);
        assertThat(skips(onEnter, ana)).containsExactly("COOLDOWN");

        // Once the cooldown has elapsed the next ENTER sends again.
        asTenant(() -> jdbc.update("update campaign_deliveries set created_at = created_at - interval '121 minutes'"
                + " where campaign_id = ?", onEnter));
        assertThat(ping(ana, OUTSIDE)).containsExactly("EXIT");
        assertThat(ping(ana, INSIDE)).containsExactly("ENTER");
        List<String> enters = geoEvents(ana, "ENTER");
        assertThat(deliveries(onEnter, ana)).containsExactly(enters.get(0), enters.get(2));
        assertThat(notifications(ana)).hasSize(2);
        assertThat(counted(TriggerType.GEOFENCE_ENTER, "SENT") - sent).isEqualTo(2);
        assertThat(counted(TriggerType.GEOFENCE_ENTER, "COOLDOWN") - cooldown).isEqualTo(1);
    }

    @Test
    void aDwellFiresTheDwellCampaignOncePerStay() {
        UUID zone = zone(60);
        UUID onDwell = campaign(Spec.of(geofence(TriggerType.GEOFENCE_DWELL, 1, zone)));
        UUID onEnter = campaign(Spec.of(geofence(TriggerType.GEOFENCE_ENTER, 1, zone)));
        assertThat(ping(ana, INSIDE)).containsExactly("ENTER");
        assertThat(deliveries(onEnter, ana)).hasSize(1);
        assertThat(deliveries(onDwell)).isEmpty();
        ping(ana, INSIDE);
        ping(ana, INSIDE);
        assertThat(ping(ana, INSIDE)).containsExactly("DWELL");
        assertThat(ping(ana, INSIDE)).isEmpty();
        assertThat(deliveries(onDwell, ana)).containsExactlyElementsOf(geoEvents(ana, "DWELL"));
        assertThat(notifications(ana)).extracting(row -> row.get("campaign_id")).containsExactly(onEnter, onDwell);
    }

    @Test
    void pausedEndedOrNotYetStartedCampaignsDoNotFire() {
        UUID zone = zone(300);
        TriggerSettings enter = geofence(TriggerType.GEOFENCE_ENTER, null, zone);
        Instant now = Instant.now();
        List<UUID> silent = List.of(
                campaign(Spec.of(enter).status(CampaignStatus.PAUSED)),
                campaign(Spec.of(enter).status(CampaignStatus.DRAFT)),
                campaign(Spec.of(enter).status(CampaignStatus.SCHEDULED)),
                campaign(Spec.of(enter).status(CampaignStatus.COMPLETED)),
                campaign(Spec.of(enter).status(CampaignStatus.ARCHIVED)),
                campaign(Spec.of(enter).dates(now.minus(Duration.ofDays(3)), now.minus(Duration.ofMinutes(1)))),
                campaign(Spec.of(enter).dates(now.plus(Duration.ofHours(1)), null)));
        UUID running = campaign(Spec.of(enter).dates(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1))));
        double outsideDates = counted(TriggerType.GEOFENCE_ENTER, "OUTSIDE_DATES");

        publish(zone, ana, GeofenceTransition.Kind.ENTER);
        for (UUID campaign : silent) {
            assertThat(deliveries(campaign)).isEmpty();
        }
        assertThat(deliveries(running, ana)).hasSize(1);
        assertThat(notifications(ana)).extracting(row -> row.get("campaign_id")).containsExactly(running);
        assertThat(counted(TriggerType.GEOFENCE_ENTER, "OUTSIDE_DATES") - outsideDates).isEqualTo(2);

        // An EXIT never fires anything.
        publish(zone, ana, GeofenceTransition.Kind.EXIT);
        assertThat(deliveries(running)).hasSize(1);
    }

    @Test
    void theSegmentAndTheLocationScopeChooseWhoIsMessaged() {
        UUID zone = zone(300);
        String elsewhere = createLocation(tenant.adminToken(), "Norte", 4.7, -74.05);
        UUID vip = customer("Victor", true, null, "vip");
        UUID regular = customer("Rita", true, null);
        UUID northerner = customer("Nora", true, elsewhere);
        UUID forVips = campaign(Spec.of(geofence(TriggerType.GEOFENCE_ENTER, null, zone)).segment(segmentWithTag("vip")));
        UUID forTheNorth = campaign(Spec.of(geofence(TriggerType.GEOFENCE_ENTER, null, zone))
                .locations(UUID.fromString(elsewhere)));
        UUID forNorthernVips = campaign(Spec.of(geofence(TriggerType.GEOFENCE_ENTER, null, zone))
                .segment(segmentWithTag("vip")).locations(UUID.fromString(elsewhere)));
        // A segment deleted since (or never valid): the campaign cannot fire; the others are unaffected.
        UUID orphan = campaign(Spec.of(geofence(TriggerType.GEOFENCE_ENTER, null, zone))
                .segment(UUID.randomUUID().toString()));
        double notInAudience = counted(TriggerType.GEOFENCE_ENTER, "NOT_IN_AUDIENCE");
        double noSegment = counted(TriggerType.GEOFENCE_ENTER, "NO_SEGMENT");

        for (UUID customer : List.of(vip, regular, northerner)) {
            publish(zone, customer, GeofenceTransition.Kind.ENTER);
        }
        assertThat(count("select count(*) from campaign_deliveries where campaign_id = ?", forVips)).isEqualTo(1);
        assertThat(deliveries(forVips, vip)).hasSize(1);
        assertThat(count("select count(*) from campaign_deliveries where campaign_id = ?", forTheNorth)).isEqualTo(1);
        assertThat(deliveries(forTheNorth, northerner)).hasSize(1);
        assertThat(deliveries(forNorthernVips)).isEmpty();
        assertThat(deliveries(orphan)).isEmpty();
        // vip: north, northern vips; regular: all but orphan's; northerner: vips, northern vips.
        assertThat(counted(TriggerType.GEOFENCE_ENTER, "NOT_IN_AUDIENCE") - notInAudience).isEqualTo(7);
        assertThat(counted(TriggerType.GEOFENCE_ENTER, "NO_SEGMENT") - noSegment).isEqualTo(3);

        // A visit at the scoped location brings the customer into its scope.
        graphQl.execute(tenant.adminToken(), "mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }",
                Map.of("i", Map.of("customerId", vip.toString(), "locationId", elsewhere))).ok();
        publish(zone, vip, GeofenceTransition.Kind.ENTER);
        assertThat(deliveries(forNorthernVips, vip)).hasSize(1);
        assertThat(deliveries(forTheNorth, vip)).hasSize(1);
    }

    @Test
    void aRefusedMessageIsUndoneWhileThePingAndTheOtherCampaignsCommit() {
        UUID zone = zone(300);
        // 200 + 2,000 two- and three-byte characters: well over FCM's 4 KB once encoded.
        UUID oversized = campaign(Spec.of(geofence(TriggerType.GEOFENCE_ENTER, null, zone))
                .message("ñ".repeat(200), "€".repeat(2000)));
        UUID fine = campaign(Spec.of(geofence(TriggerType.GEOFENCE_ENTER, null, zone)));
        double rejected = counted(TriggerType.GEOFENCE_ENTER, "REJECTED");

        assertThat(ping(ana, INSIDE)).containsExactly("ENTER");
        assertThat(geoEvents(ana, "ENTER")).hasSize(1);
        assertThat(geo.presence(business, ana.toString())).containsExactly(zone);
        assertThat(deliveries(oversized)).isEmpty();
        assertThat(count("select count(*) from push_sends where campaign_id = ?", oversized)).isZero();
        assertThat(deliveries(fine, ana)).containsExactlyElementsOf(geoEvents(ana, "ENTER"));
        assertThat(notifications(ana)).extracting(row -> row.get("campaign_id")).containsExactly(fine);
        assertThat(counted(TriggerType.GEOFENCE_ENTER, "REJECTED") - rejected).isEqualTo(1);
    }

    @Test
    void anUnexpectedErrorIsUndoneWhileThePingAndTheOtherCampaignsCommit() {
        UUID zone = zone(300);
        // A cooldown the API never writes (1 to 720 hours): its start is before PostgreSQL's first timestamp, so
        // the cooldown check fails half-way through the decision (and aborts the transaction unless undone).
        UUID broken = campaign(Spec.of(geofence(TriggerType.GEOFENCE_ENTER, Integer.MAX_VALUE, zone)));
        UUID fine = campaign(Spec.of(geofence(TriggerType.GEOFENCE_ENTER, null, zone)));
        double failed = counted(TriggerType.GEOFENCE_ENTER, "FAILED");

        assertThat(ping(ana, INSIDE)).containsExactly("ENTER");
        assertThat(geoEvents(ana, "ENTER")).hasSize(1);
        assertThat(geo.presence(business, ana.toString())).containsExactly(zone);
        assertThat(deliveries(broken)).isEmpty();
        assertThat(deliveries(fine, ana)).containsExactlyElementsOf(geoEvents(ana, "ENTER"));
        assertThat(notifications(ana)).extracting(row -> row.get("campaign_id")).containsExactly(fine);
        assertThat(counted(TriggerType.GEOFENCE_ENTER, "FAILED") - failed).isEqualTo(1);
    }

    @Test
    void aFailingAudienceCheckIsUndoneAndThePingCommits() {
        UUID zone = zone(300);
        // A segment the API never saves (1 to 3,650 days): its SQL fails when run (timestamp out of range).
        UUID segment = UUID.randomUUID();
        asTenant(() -> jdbc.update("""
                insert into segments (id, business_id, name, condition)
                values (?, ?, 'Broken', '{"fact": "LAST_VISIT", "op": "WITHIN_LAST_DAYS", "days": 2147483647}'::jsonb)""",
                segment, business));
        UUID broken = campaign(Spec.of(geofence(TriggerType.GEOFENCE_ENTER, null, zone)).segment(segment.toString()));
        UUID fine = campaign(Spec.of(geofence(TriggerType.GEOFENCE_ENTER, null, zone)));
        double failed = counted(TriggerType.GEOFENCE_ENTER, "FAILED");

        assertThat(ping(ana, INSIDE)).containsExactly("ENTER");
        assertThat(geoEvents(ana, "ENTER")).hasSize(1);
        assertThat(geo.presence(business, ana.toString())).containsExactly(zone);
        // One statement checks both campaigns' audiences: neither can be decided, both are counted.
        assertThat(deliveries(broken)).isEmpty();
        assertThat(deliveries(fine)).isEmpty();
        assertThat(counted(TriggerType.GEOFENCE_ENTER, "FAILED") - failed).isEqualTo(2);
    }

    @Test
    void aCampaignAndAGeoPushForTheSameEnterShareTheFrequencyCap() {
        UUID zone = zone(300);
        asTenant(() -> jdbc.update("""
                update geofences set push_trigger = 'ENTER', push_title = 'GeoPush {{firstName}}', push_body = 'Hola',
                       cooldown_seconds = 3600, schedule = '[]'::jsonb where id = ?""", zone));
        PushRules.frequencyCap(graphQl, tenant, 1, 24);
        UUID onEnter = campaign(Spec.of(geofence(TriggerType.GEOFENCE_ENTER, null, zone)));

        assertThat(ping(ana, INSIDE)).containsExactly("ENTER");
        List<Map<String, Object>> rows = notifications(ana);
        assertThat(rows).hasSize(2);
        assertThat(rows).filteredOn(row -> Objects.equals(row.get("campaign_id"), onEnter)).hasSize(1);
        assertThat(rows).filteredOn(row -> Objects.equals(row.get("geofence_id"), zone)).hasSize(1);
        // Whichever listener ran second was held back by the cap the first one's message used up.
        assertThat(rows).extracting(row -> row.get("held_reason")).containsExactlyInAnyOrder(null, "FREQUENCY_CAP");
    }

    @Test
    void twoEntersAtOnceSendOnce() throws Exception {
        UUID zone = zone(300);
        UUID onEnter = campaign(Spec.of(geofence(TriggerType.GEOFENCE_ENTER, null, zone)));
        // The second decides while the first still holds its (campaign, customer) lock and its delivery.
        LockRace.run(jdbc, transactions, business, () -> publisher.publishEvent(transition(zone, ana)));
        assertThat(deliveries(onEnter, ana)).hasSize(1);
        assertThat(notifications(ana)).hasSize(1);
        assertThat(skips(onEnter, ana)).containsExactly("COOLDOWN");
    }

    private GeofenceTransition transition(UUID zone, UUID customer) {
        return new GeofenceTransition(business, UUID.randomUUID(), zone, UUID.fromString(location), customer,
                "phone-1", GeofenceTransition.Kind.ENTER, Instant.now());
    }
}
