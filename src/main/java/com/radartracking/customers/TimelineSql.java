package com.radartracking.customers;

import java.time.ZoneOffset;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The cursor condition shared by this module's SQL timeline sources. Entry ids are "prefix:uuid", and
 * a uuid's text orders like the uuid itself, so "order by time desc, id desc" on the table gives the
 * timeline order; after the cursor means strictly older, or as old with a smaller entry id (compared as
 * text in the "C" collation, the code-point order Java uses).
 */
final class TimelineSql {

    private TimelineSql() {
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
