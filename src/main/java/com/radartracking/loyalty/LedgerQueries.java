package com.radartracking.loyalty;

import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a card's ledger, newest first, by keyset pages on (occurred_at, id). */
@Component
class LedgerQueries {

    static final String COLUMNS = """
            l.id, l.business_id, l.card_id, l.reason, l.delta, l.balance_after, l.actor_user_id, l.reference,
            l.location_id, l.note, l.expires_at, l.occurred_at""";

    private final NamedParameterJdbcTemplate jdbc;

    LedgerQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page with one extra row when a next page exists. */
    @Transactional(readOnly = true)
    List<LedgerEntryView> page(UUID cardId, PageArgs page) {
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("cardId", cardId).addValue("limit", page.first() + 1);
        String after = "";
        PageArgs.Position position = page.position();
        if (position != null) {
            after = " and (l.occurred_at, l.id) < (:afterAt, :afterId)";
            params.addValue("afterAt", position.createdAt().atOffset(ZoneOffset.UTC)).addValue("afterId", position.id());
        }
        return jdbc.query("select " + COLUMNS + " from points_ledger l where l.business_id = :businessId"
                + " and l.card_id = :cardId" + after + " order by l.occurred_at desc, l.id desc limit :limit", params,
                (rs, row) -> new LedgerEntryView(rs.getObject("id", UUID.class), rs.getObject("business_id", UUID.class),
                        rs.getObject("card_id", UUID.class), PointsReason.valueOf(rs.getString("reason")),
                        rs.getLong("delta"), rs.getLong("balance_after"), rs.getObject("actor_user_id", UUID.class),
                        rs.getString("reference"), rs.getObject("location_id", UUID.class), rs.getString("note"),
                        CardStore.instant(rs, "expires_at"), CardStore.instant(rs, "occurred_at")));
    }
}
