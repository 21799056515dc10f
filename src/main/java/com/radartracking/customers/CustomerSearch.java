package com.radartracking.customers;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Turns a {@link CustomerFilter} into a SQL condition on {@code customers c}. The search matches the
 * generated, lower-cased {@code search_text} (name, email, phone) with one LIKE per word, which the
 * trigram GIN index answers (through {@code customer_search_ids}, with the tags); a term that looks like
 * a phone number is reduced to its digits, so "300 123 4567" finds +573001234567.
 */
final class CustomerSearch {

    private static final Pattern PHONE_LIKE = Pattern.compile("^[+\\d\\s().-]*\\d[+\\d\\s().-]*$");
    static final int MAX_WORDS = 5;

    private CustomerSearch() {
    }

    /** The condition (starting with the tenant) and its parameters. */
    record Sql(String where, MapSqlParameterSource params) {
    }

    static Sql where(UUID businessId, CustomerFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", businessId);
        StringBuilder where = new StringBuilder("c.business_id = :businessId");
        List<String> patterns = likePatterns(filter.search());
        if (!patterns.isEmpty() || !filter.tags().isEmpty()) {
            // Through the definer function: under row-level security the planner could not use the
            // trigram and tag indexes (see the migration customer_search_function).
            where.append(" and c.id in (select customer_search_ids(cast(:patterns as text[]),"
                    + " cast(:tags as text[])))");
            params.addValue("patterns", patterns.toArray(String[]::new));
            params.addValue("tags", filter.tags().stream().map(Contacts::tag).toArray(String[]::new));
        }
        if (filter.preferredLocationId() != null) {
            where.append(" and c.preferred_location_id = :preferredLocationId");
            params.addValue("preferredLocationId", filter.preferredLocationId());
        }
        if (filter.visitedLocationId() != null) {
            where.append(" and exists (select 1 from visits v where v.business_id = c.business_id"
                    + " and v.customer_id = c.id and v.location_id = :visitedLocationId)");
            params.addValue("visitedLocationId", filter.visitedLocationId());
        }
        range(where, params, "c.last_visit_at", "lastVisit", filter.lastVisitFrom(), filter.lastVisitTo());
        range(where, params, "c.created_at", "created", filter.createdFrom(), filter.createdTo());
        if (filter.minVisits() != null) {
            where.append(" and c.visit_count >= :minVisits");
            params.addValue("minVisits", filter.minVisits());
        }
        if (filter.maxVisits() != null) {
            where.append(" and c.visit_count <= :maxVisits");
            params.addValue("maxVisits", filter.maxVisits());
        }
        return new Sql(where.toString(), params);
    }

    private static void range(StringBuilder where, MapSqlParameterSource params, String column, String name,
            Instant from, Instant to) {
        if (from != null) {
            where.append(" and ").append(column).append(" >= :").append(name).append("From");
            params.addValue(name + "From", from.atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            where.append(" and ").append(column).append(" < :").append(name).append("To");
            params.addValue(name + "To", to.atOffset(ZoneOffset.UTC));
        }
    }

    /** One "%word%" LIKE pattern per search word (wildcards escaped), at most {@link #MAX_WORDS}. */
    static List<String> likePatterns(String search) {
        if (search == null || search.isBlank()) {
            return List.of();
        }
        String term = search.trim().toLowerCase(Locale.ROOT);
        if (term.length() > 100) {
            throw CustomerException.badInput("search", "Search terms are limited to 100 characters");
        }
        List<String> words = PHONE_LIKE.matcher(term).matches()
                ? List.of(term.replaceAll("\\D", ""))
                : List.of(term.split("\\s+"));
        if (words.size() > MAX_WORDS) {
            throw CustomerException.badInput("search", "Search with at most " + MAX_WORDS + " words");
        }
        List<String> patterns = new ArrayList<>();
        for (String word : words) {
            patterns.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return patterns;
    }
}
