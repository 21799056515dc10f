package com.radartracking.loyalty;

import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.tenancy.TenantContext;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of programs and rewards, in plain SQL naming the tenant explicitly (as well as row-level
 * security), one statement per page or per batch of ids.
 */
@Component
class ProgramQueries {

    static final String PROGRAM_COLUMNS = """
            p.id, p.business_id, p.name, p.kind, p.points_per_visit, p.points_per_currency_unit, p.stamps_per_reward,
            p.expiry_days, p.active, p.created_at, p.updated_at""";
    static final String REWARD_COLUMNS = """
            r.id, r.business_id, r.program_id, r.name, r.description, r.cost, r.stock, r.active, r.created_at,
            r.updated_at""";

    private final NamedParameterJdbcTemplate jdbc;

    ProgramQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first (the first active one is the default program), with one extra row for hasNextPage. */
    @Transactional(readOnly = true)
    List<ProgramView> page(boolean includeInactive, PageArgs page) {
        MapSqlParameterSource params = tenant().addValue("limit", page.first() + 1);
        StringBuilder where = new StringBuilder("p.business_id = :businessId");
        if (!includeInactive) {
            where.append(" and p.active");
        }
        PageArgs.Position after = page.position();
        if (after != null) {
            where.append(" and (p.created_at, p.id) > (:afterAt, :afterId)");
            params.addValue("afterAt", after.createdAt().atOffset(ZoneOffset.UTC)).addValue("afterId", after.id());
        }
        return jdbc.query("select " + PROGRAM_COLUMNS + " from loyalty_programs p where " + where
                + " order by p.created_at, p.id limit :limit", params, (rs, row) -> program(rs));
    }

    @Transactional(readOnly = true)
    Optional<ProgramView> program(UUID id) {
        return programs(List.of(id)).values().stream().findFirst();
    }

    @Transactional(readOnly = true)
    Map<UUID, ProgramView> programs(Collection<UUID> ids) {
        Map<UUID, ProgramView> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.query("select " + PROGRAM_COLUMNS + " from loyalty_programs p where p.business_id = :businessId"
                + " and p.id in (:ids)", tenant().addValue("ids", ids), rs -> {
                    ProgramView view = program(rs);
                    found.put(view.id(), view);
                });
        return found;
    }

    /** Active programs, oldest first. */
    @Transactional(readOnly = true)
    List<ProgramView> active() {
        return jdbc.query("select " + PROGRAM_COLUMNS + " from loyalty_programs p where p.business_id = :businessId"
                + " and p.active order by p.created_at, p.id", tenant(), (rs, row) -> program(rs));
    }

    /** The business's default program: its oldest active one. */
    @Transactional(readOnly = true)
    Optional<ProgramView> defaultProgram() {
        return active().stream().findFirst();
    }

    @Transactional(readOnly = true)
    Optional<RewardView> reward(UUID id) {
        return jdbc.query("select " + REWARD_COLUMNS + " from rewards r where r.business_id = :businessId and r.id = :id",
                tenant().addValue("id", id), (rs, row) -> reward(rs)).stream().findFirst();
    }

    @Transactional(readOnly = true)
    Map<UUID, RewardView> rewardsById(Collection<UUID> ids) {
        Map<UUID, RewardView> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select " + REWARD_COLUMNS + " from rewards r where r.business_id = :businessId"
                    + " and r.id in (:ids)", tenant().addValue("ids", ids), rs -> {
                        RewardView view = reward(rs);
                        found.put(view.id(), view);
                    });
        }
        return found;
    }

    /** Each program's rewards, cheapest first; inactive ones only when asked. */
    @Transactional(readOnly = true)
    Map<UUID, List<RewardView>> rewardsOf(Collection<UUID> programIds, boolean includeInactive) {
        Map<UUID, List<RewardView>> found = new LinkedHashMap<>();
        if (programIds.isEmpty()) {
            return found;
        }
        jdbc.query("select " + REWARD_COLUMNS + " from rewards r where r.business_id = :businessId"
                + " and r.program_id in (:ids)" + (includeInactive ? "" : " and r.active")
                + " order by r.cost, r.name, r.id", tenant().addValue("ids", programIds), rs -> {
                    RewardView view = reward(rs);
                    found.computeIfAbsent(view.programId(), key -> new java.util.ArrayList<>()).add(view);
                });
        return found;
    }

    private static MapSqlParameterSource tenant() {
        return new MapSqlParameterSource("businessId", TenantContext.require());
    }

    static ProgramView program(ResultSet rs) throws SQLException {
        return new ProgramView(rs.getObject("id", UUID.class), rs.getObject("business_id", UUID.class),
                rs.getString("name"), LoyaltyCards.ProgramKind.valueOf(rs.getString("kind")),
                rs.getInt("points_per_visit"), plain(rs.getBigDecimal("points_per_currency_unit")),
                (Integer) rs.getObject("stamps_per_reward"), (Integer) rs.getObject("expiry_days"),
                rs.getBoolean("active"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    static RewardView reward(ResultSet rs) throws SQLException {
        return new RewardView(rs.getObject("id", UUID.class), rs.getObject("business_id", UUID.class),
                rs.getObject("program_id", UUID.class), rs.getString("name"), rs.getString("description"),
                rs.getLong("cost"), (Integer) rs.getObject("stock"), rs.getBoolean("active"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    /** Without trailing zeros and never in exponent form: 0.001000 -> 0.001, 10.000000 -> 10. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
