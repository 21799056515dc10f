package com.radartracking.loyalty;

import com.radartracking.customers.TimelineCursor;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The timeline cursor condition (same contract as the customers module's sources): entry ids are
 * "prefix:uuid"; after the cursor means strictly older, or as old with a smaller entry id compared in
 * the "C" collation (the code-point order Java uses).
 */
final class LoyaltyTimelineSql {

    private LoyaltyTimelineSql() {
    }

    static String after(TimelineCursor before, String timeColumn, String idColumn, String prefix,
            MapSqlParameterSource params) {
        if (before == null) {
            return "";
        }
        params.addValue("cursorAt", before.occurredAt().atOffset(ZoneOffset.UTC)).addValue("cursorId", before.id());
        return " and (" + timeColumn + " < :cursorAt or (" + timeColumn + " = :cursorAt and ('" + prefix + ":' || "
                + idColumn + "::text) collate \"C\" < :cursorId))";
    }
}
