package com.radartracking.loyalty;

import com.radartracking.platform.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cards in plain SQL: issued with INSERT ... ON CONFLICT DO NOTHING (two simultaneous first visits
 * issue one card), locked with SELECT ... FOR UPDATE before any balance moves, read with their program.
 */
@Component
class CardStore {

    private static final String CARD_WITH_PROGRAM = "select c.id as card_id, c.customer_id, c.code, c.balance,"
            + " c.last_activity_at, c.created_at as card_created_at, " + ProgramQueries.PROGRAM_COLUMNS
            + " from loyalty_cards c join loyalty_programs p on p.business_id = c.business_id and p.id = c.program_id";

    /** A card whose row the current transaction holds locked; balances move only through one. */
    record LockedCard(UUID id, UUID programId, UUID customerId, long balance, Instant lastActivityAt) {

        LockedCard moved(long newBalance, Instant activityAt) {
            return new LockedCard(id, programId, customerId, newBalance, activityAt == null ? lastActivityAt : activityAt);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    CardStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's card in the program, issued now if there is none. The customer must exist. */
    @Transactional(propagation = Propagation.MANDATORY)
    UUID issue(UUID programId, UUID customerId, Instant now) {
        MapSqlParameterSource params = tenant().addValue("programId", programId).addValue("customerId", customerId);
        jdbc.update("""
                insert into loyalty_cards (id, business_id, program_id, customer_id, code, created_at)
                values (:id, :businessId, :programId, :customerId, :code, :now)
                on conflict (program_id, customer_id) do nothing""",
                params.addValue("id", UUID.randomUUID()).addValue("code", CardCodes.generate())
                        .addValue("now", now.atOffset(java.time.ZoneOffset.UTC)));
        return jdbc.queryForObject("select id from loyalty_cards where business_id = :businessId"
                + " and program_id = :programId and customer_id = :customerId", params, UUID.class);
    }

    /** Locks the card's row until the transaction ends; empty when it is not a card of this business. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<LockedCard> lock(UUID cardId) {
        return jdbc.query("""
                select id, program_id, customer_id, balance, last_activity_at from loyalty_cards
                 where business_id = :businessId and id = :id for update""", tenant().addValue("id", cardId),
                (rs, row) -> new LockedCard(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class),
                        rs.getObject("customer_id", UUID.class), rs.getLong("balance"),
                        instant(rs, "last_activity_at"))).stream().findFirst();
    }

    @Transactional(readOnly = true)
    Optional<CardView> byId(UUID cardId) {
        return jdbc.query(CARD_WITH_PROGRAM + " where c.business_id = :businessId and c.id = :id",
                tenant().addValue("id", cardId), (rs, row) -> card(rs)).stream().findFirst();
    }

    @Transactional(readOnly = true)
    Map<UUID, CardView> byIds(Collection<UUID> cardIds) {
        Map<UUID, CardView> found = new LinkedHashMap<>();
        if (!cardIds.isEmpty()) {
            jdbc.query(CARD_WITH_PROGRAM + " where c.business_id = :businessId and c.id in (:ids)",
                    tenant().addValue("ids", cardIds), rs -> {
                        CardView card = card(rs);
                        found.put(card.id(), card);
                    });
        }
        return found;
    }

    /** By code as typed or scanned; an unknown code and another business's code are both empty. */
    @Transactional(readOnly = true)
    Optional<CardView> byCode(String input) {
        return CardCodes.normalise(input).flatMap(code -> jdbc.query(CARD_WITH_PROGRAM
                + " where c.business_id = :businessId and c.code = :code", tenant().addValue("code", code),
                (rs, row) -> card(rs)).stream().findFirst());
    }

    /** Every card of each customer (any program), ordered by program name, in one statement. */
    @Transactional(readOnly = true)
    Map<UUID, List<CardView>> ofCustomers(Collection<UUID> customerIds, boolean activeProgramsOnly) {
        Map<UUID, List<CardView>> found = new LinkedHashMap<>();
        if (customerIds.isEmpty()) {
            return found;
        }
        jdbc.query(CARD_WITH_PROGRAM + " where c.business_id = :businessId and c.customer_id in (:ids)"
                + (activeProgramsOnly ? " and p.active" : "") + " order by p.name, p.id",
                tenant().addValue("ids", customerIds), rs -> {
                    CardView card = card(rs);
                    found.computeIfAbsent(card.customerId(), key -> new java.util.ArrayList<>()).add(card);
                });
        return found;
    }

    private static MapSqlParameterSource tenant() {
        return new MapSqlParameterSource("businessId", TenantContext.require());
    }

    static CardView card(ResultSet rs) throws SQLException {
        return new CardView(rs.getObject("card_id", UUID.class), rs.getObject("business_id", UUID.class),
                rs.getObject("customer_id", UUID.class), rs.getString("code"), rs.getLong("balance"),
                instant(rs, "last_activity_at"), instant(rs, "card_created_at"), ProgramQueries.program(rs));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
