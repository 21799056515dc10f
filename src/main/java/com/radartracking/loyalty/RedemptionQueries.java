package com.radartracking.loyalty;

import com.radartracking.customers.CustomerDirectory;
import com.radartracking.locations.LocationDirectory;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.LocationAccess;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business's redemptions, newest first, filtered. Every record a filter names must exist in the
 * business (NOT_FOUND otherwise, another tenant's included); Staff see their assigned locations only.
 */
@Component
class RedemptionQueries {

    /** All fields optional; they combine with AND. */
    record Filter(UUID customerId, UUID cardId, UUID rewardId, UUID locationId, Instant from, Instant to) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CustomerDirectory customers;
    private final CardStore cards;
    private final ProgramQueries programs;
    private final LocationDirectory locations;
    private final LocationAccess access;

    RedemptionQueries(NamedParameterJdbcTemplate jdbc, CustomerDirectory customers, CardStore cards,
            ProgramQueries programs, LocationDirectory locations, LocationAccess access) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.cards = cards;
        this.programs = programs;
        this.locations = locations;
        this.access = access;
    }

    /** One keyset page with one extra row when a next page exists. */
    @Transactional(readOnly = true)
    List<RedemptionView> page(Actor actor, Filter filter, PageArgs page) {
        requireReferencesExist(actor, filter);
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("limit", page.first() + 1);
        StringBuilder where = new StringBuilder("d.business_id = :businessId");
        condition(where, params, "d.customer_id = :customerId", "customerId", filter.customerId());
        condition(where, params, "d.card_id = :cardId", "cardId", filter.cardId());
        condition(where, params, "d.reward_id = :rewardId", "rewardId", filter.rewardId());
        condition(where, params, "d.location_id = :locationId", "locationId", filter.locationId());
        condition(where, params, "d.occurred_at >= :from", "from",
                filter.from() == null ? null : filter.from().atOffset(ZoneOffset.UTC));
        condition(where, params, "d.occurred_at < :to", "to", filter.to() == null ? null : filter.to().atOffset(ZoneOffset.UTC));
        if (!access.seesAllLocations(actor)) {
            Set<UUID> mine = access.assignedLocationIds(actor.userId());
            if (mine.isEmpty()) {
                return List.of();
            }
            where.append(" and d.location_id in (:mine)");
            params.addValue("mine", mine);
        }
        PageArgs.Position after = page.position();
        if (after != null) {
            where.append(" and (d.occurred_at, d.id) < (:afterAt, :afterId)");
            params.addValue("afterAt", after.createdAt().atOffset(ZoneOffset.UTC)).addValue("afterId", after.id());
        }
        return jdbc.query("""
                select d.id, d.business_id, d.card_id, d.customer_id, d.reward_id, d.location_id, d.cost, d.balance_after,
                       d.redeemed_by, d.occurred_at from redemptions d""" + " where " + where
                + " order by d.occurred_at desc, d.id desc limit :limit", params, (rs, row) -> new RedemptionView(
                        rs.getObject("id", UUID.class), rs.getObject("business_id", UUID.class),
                        rs.getObject("card_id", UUID.class), rs.getObject("customer_id", UUID.class),
                        rs.getObject("reward_id", UUID.class), rs.getObject("location_id", UUID.class),
                        rs.getLong("cost"), rs.getLong("balance_after"), rs.getObject("redeemed_by", UUID.class),
                        CardStore.instant(rs, "occurred_at")));
    }

    private void requireReferencesExist(Actor actor, Filter filter) {
        if (filter.customerId() != null && customers.find(filter.customerId()).isEmpty()) {
            throw LoyaltyException.customerNotFound(filter.customerId());
        }
        if (filter.cardId() != null && cards.byId(filter.cardId()).isEmpty()) {
            throw LoyaltyException.cardNotFound(filter.cardId());
        }
        if (filter.rewardId() != null && programs.reward(filter.rewardId()).isEmpty()) {
            throw LoyaltyException.rewardNotFound(filter.rewardId());
        }
        if (filter.locationId() != null) {
            if (locations.existingIds(List.of(filter.locationId())).isEmpty()) {
                throw LoyaltyException.locationNotFound(filter.locationId());
            }
            if (!access.seesAllLocations(actor) && !access.assignedLocationIds(actor.userId()).contains(filter.locationId())) {
                throw LoyaltyException.notAtYourLocation(filter.locationId());
            }
        }
    }

    private static void condition(StringBuilder where, MapSqlParameterSource params, String sql, String name,
            Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            params.addValue(name, value);
        }
    }
}
