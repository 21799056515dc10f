package com.radartracking.customers;

import com.radartracking.platform.tenancy.TenantContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Notes on the timeline (all of them; the customer's notes field shows only the latest). */
@Component
class NoteTimeline implements TimelineSource {

    private final NamedParameterJdbcTemplate jdbc;

    NoteTimeline(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TimelineEntry> entries(UUID customerId, TimelineCursor before, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("customerId", customerId).addValue("limit", limit);
        return jdbc.query("""
                select n.id, n.customer_id, n.body, n.author_user_id, n.created_at from customer_notes n
                 where n.business_id = :businessId and n.customer_id = :customerId"""
                + TimelineSql.after(before, "n.created_at", "n.id", "note", params)
                + " order by n.created_at desc, n.id desc limit :limit", params, (rs, row) -> {
                    NoteView note = CustomerNotes.map(rs);
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("noteId", note.id().toString());
                    details.put("body", note.body());
                    if (note.authorUserId() != null) {
                        details.put("authorUserId", note.authorUserId().toString());
                    }
                    String title = note.body().length() > 80 ? note.body().substring(0, 77) + "..." : note.body();
                    return new TimelineEntry("note:" + note.id(), note.createdAt(), TimelineKind.NOTE, title, details);
                });
    }
}
