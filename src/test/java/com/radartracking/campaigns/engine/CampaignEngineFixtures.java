package com.radartracking.campaigns.engine;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignKind;
import com.radartracking.campaigns.model.CampaignMessage;
import com.radartracking.campaigns.model.CampaignSchedule;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.CampaignStore;
import com.radartracking.campaigns.model.TriggerSettings;
import com.radartracking.platform.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Data of the campaign engine tests, written as the application role under the business's tenant
 * (row-level security applies): customers with push consent and a fresh device (what the push pipeline
 * needs to write a notification), visits, campaigns stored through {@link CampaignStore} as the GraphQL API
 * would leave them, and counts of what a run wrote.
 */
final class CampaignEngineFixtures {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CampaignStore store;

    CampaignEngineFixtures(JdbcTemplate jdbc, TransactionTemplate transactions, CampaignStore store) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.store = store;
    }

    <T> T asTenant(UUID businessId, Supplier<T> work) {
        return TenantContext.callAs(businessId, () -> transactions.execute(status -> work.get()));
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** A customer's facts; {@code reachable}: push consent and one fresh active device. */
    record CustomerSpec(String firstName, Instant joinedAt, Instant lastVisitAt, LocalDate birthday, List<String> tags,
            boolean reachable) {

        static CustomerSpec named(String firstName) {
            return new CustomerSpec(firstName, now().minus(400, ChronoUnit.DAYS), null, null, List.of(), true);
        }

        CustomerSpec joined(Instant at) {
            return new CustomerSpec(firstName, at, lastVisitAt, birthday, tags, reachable);
        }

        CustomerSpec lastVisit(Instant at) {
            return new CustomerSpec(firstName, joinedAt, at, birthday, tags, reachable);
        }

        CustomerSpec birthday(String date) {
            return new CustomerSpec(firstName, joinedAt, lastVisitAt, LocalDate.parse(date), tags, reachable);
        }

        CustomerSpec tagged(String... tag) {
            return new CustomerSpec(firstName, joinedAt, lastVisitAt, birthday, List.of(tag), reachable);
        }

        CustomerSpec unreachable() {
            return new CustomerSpec(firstName, joinedAt, lastVisitAt, birthday, tags, false);
        }
    }

    UUID customer(UUID businessId, CustomerSpec spec) {
        return customer(businessId, spec, UUID.randomUUID());
    }

    /** A customer with the given id (where it falls in the id order matters). */
    UUID customer(UUID businessId, CustomerSpec spec, UUID id) {
        asTenant(businessId, () -> {
            jdbc.update("""
                    insert into customers (id, business_id, first_name, last_name, birthday, tags, source, visit_count,
                                           first_visit_at, last_visit_at, created_at, updated_at)
                    values (?, ?, ?, 'Test', ?, ?, 'PANEL', ?, ?, ?, ?, ?)""", id, businessId, spec.firstName(),
                    spec.birthday() == null ? null : java.sql.Date.valueOf(spec.birthday()),
                    spec.tags().toArray(String[]::new), spec.lastVisitAt() == null ? 0 : 1,
                    ts(spec.lastVisitAt()), ts(spec.lastVisitAt()), ts(spec.joinedAt()), ts(spec.joinedAt()));
            if (spec.reachable()) {
                jdbc.update("""
                        insert into consents (business_id, customer_id, type, granted, source, changed_at)
                        values (?, ?, 'PUSH', true, 'PANEL', now())""", businessId, id);
                jdbc.update("""
                        insert into device_tokens (id, business_id, customer_id, token, token_kind, platform)
                        values (gen_random_uuid(), ?, ?, 'token-' || gen_random_uuid(), 'FCM_TOKEN', 'ANDROID')""",
                        businessId, id);
            }
            return null;
        });
        return id;
    }

    /** Records a visit as the visit transaction does (the visit row and the customer's counters); returns its id. */
    UUID visit(UUID businessId, UUID customerId, UUID locationId, Instant at) {
        UUID id = UUID.randomUUID();
        asTenant(businessId, () -> {
            jdbc.update("""
                    insert into visits (id, business_id, customer_id, location_id, source, occurred_at)
                    values (?, ?, ?, ?, 'MANUAL', ?)""", id, businessId, customerId, locationId, ts(at));
            return jdbc.update("""
                    update customers set visit_count = visit_count + 1,
                           first_visit_at = least(coalesce(first_visit_at, ?), ?),
                           last_visit_at = greatest(coalesce(last_visit_at, ?), ?)
                     where id = ?""", ts(at), ts(at), ts(at), ts(at), customerId);
        });
        return id;
    }

    /** A campaign as the API stores it once activated at {@code activatedAt}, with its status and next run. */
    record CampaignSpec(CampaignKind kind, TriggerSettings trigger, CampaignSchedule schedule, String segmentId,
            List<UUID> locationIds, String body, Instant startsAt, Instant endsAt) {

        static CampaignSpec oneOff(Instant sendAt) {
            return new CampaignSpec(CampaignKind.ONE_OFF, null,
                    sendAt == null ? null : new CampaignSchedule(sendAt, null, null, null, null), null, List.of(),
                    null, null, null);
        }

        static CampaignSpec daily(String localTime) {
            return new CampaignSpec(CampaignKind.RECURRING, null, new CampaignSchedule(null,
                    CampaignSchedule.Frequency.DAILY, null, null, localTime), null, List.of(), null, null, null);
        }

        static CampaignSpec triggered(TriggerSettings trigger) {
            return new CampaignSpec(CampaignKind.TRIGGERED, trigger, null, null, List.of(), null, null, null);
        }

        CampaignSpec segment(String id) {
            return new CampaignSpec(kind, trigger, schedule, id, locationIds, body, startsAt, endsAt);
        }

        CampaignSpec locations(UUID... ids) {
            return new CampaignSpec(kind, trigger, schedule, segmentId, List.of(ids), body, startsAt, endsAt);
        }

        CampaignSpec body(String text) {
            return new CampaignSpec(kind, trigger, schedule, segmentId, locationIds, text, startsAt, endsAt);
        }

        CampaignSpec between(Instant starts, Instant ends) {
            return new CampaignSpec(kind, trigger, schedule, segmentId, locationIds, body, starts, ends);
        }
    }

    static TriggerSettings inactivity(int days) {
        return new TriggerSettings(com.radartracking.campaigns.model.TriggerType.INACTIVITY, days, null, "10:00",
                null, null, null, null, null);
    }

    static TriggerSettings birthday() {
        return new TriggerSettings(com.radartracking.campaigns.model.TriggerType.BIRTHDAY, null, null, "09:00",
                null, null, null, null, null);
    }

    static TriggerSettings welcome(int hours) {
        return new TriggerSettings(com.radartracking.campaigns.model.TriggerType.WELCOME, null, hours, null,
                null, null, null, null, null);
    }

    static TriggerSettings afterVisit(int hours) {
        return new TriggerSettings(com.radartracking.campaigns.model.TriggerType.AFTER_VISIT, null, hours, null,
                null, null, null, null, null);
    }

    UUID campaign(UUID businessId, CampaignSpec spec, CampaignStatus status, Instant nextRunAt, Instant activatedAt) {
        UUID id = UUID.randomUUID();
        Instant created = activatedAt.minus(1, ChronoUnit.HOURS);
        asTenant(businessId, () -> {
            store.insert(new Campaign(id, businessId, "Campaign " + id.toString().substring(0, 8), spec.kind(),
                    CampaignStatus.DRAFT, spec.trigger(), spec.schedule(), spec.segmentId(), spec.locationIds(),
                    new CampaignMessage("Hola {{firstName}}", spec.body() == null ? "Te esperamos" : spec.body(),
                            null, null, null),
                    spec.startsAt(), spec.endsAt(), null, null, null, created, created, null));
            store.setStatus(id, status, nextRunAt, activatedAt);
            return null;
        });
        return id;
    }

    Campaign find(UUID businessId, UUID campaignId) {
        return asTenant(businessId, () -> store.find(campaignId).orElseThrow());
    }

    /** Moves the campaign's next run to {@code at} (the scheduler's clock going on to a later run). */
    void dueAt(UUID businessId, UUID campaignId, Instant at) {
        asTenant(businessId, () -> jdbc.update("update campaigns set next_run_at = ? where id = ?", ts(at), campaignId));
    }

    void setStatus(UUID businessId, UUID campaignId, CampaignStatus status, Instant nextRunAt) {
        asTenant(businessId, () -> {
            store.setStatus(campaignId, status, nextRunAt, now());
            return null;
        });
    }

    /** The customers the campaign claimed, with their occurrences, as "customer occurrence" lines. */
    List<String> deliveries(UUID businessId, UUID campaignId) {
        return asTenant(businessId, () -> jdbc.queryForList("""
                select customer_id || ' ' || occurrence from campaign_deliveries where campaign_id = ?
                 order by created_at, customer_id, occurrence""", String.class, campaignId));
    }

    List<UUID> deliveredTo(UUID businessId, UUID campaignId) {
        return asTenant(businessId, () -> jdbc.queryForList(
                "select customer_id from campaign_deliveries where campaign_id = ?", UUID.class, campaignId));
    }

    List<String> occurrences(UUID businessId, UUID campaignId, UUID customerId) {
        return asTenant(businessId, () -> jdbc.queryForList("""
                select occurrence from campaign_deliveries where campaign_id = ? and customer_id = ? order by created_at""",
                String.class, campaignId, customerId));
    }

    /** QUEUED notifications of the campaign per customer (customer ids, repeated per notification). */
    List<UUID> notifiedCustomers(UUID businessId, UUID campaignId) {
        return asTenant(businessId, () -> jdbc.queryForList("""
                select customer_id from notifications where campaign_id = ? and status = 'QUEUED'""",
                UUID.class, campaignId));
    }

    int count(UUID businessId, String sql, Object... args) {
        return asTenant(businessId, () -> jdbc.queryForObject(sql, Integer.class, args));
    }

    void setTimeZone(UUID businessId, String zone) {
        asTenant(businessId, () -> jdbc.update("update businesses set time_zone = ? where id = ?", zone, businessId));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
