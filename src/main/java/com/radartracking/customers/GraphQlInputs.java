package com.radartracking.customers;

import com.radartracking.platform.graphql.Ids;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads GraphQL input maps (scalars already coerced by DGS) into this module's input records. */
final class GraphQlInputs {

    private GraphQlInputs() {
    }

    static CustomerInput.NewCustomer newCustomer(Map<String, Object> input) {
        @SuppressWarnings("unchecked")
        Map<String, Object> consents = (Map<String, Object>) input.get("consents");
        return new CustomerInput.NewCustomer((String) input.get("firstName"), (String) input.get("lastName"),
                (String) input.get("email"), (String) input.get("phone"), (LocalDate) input.get("birthday"),
                id(input, "preferredLocationId"), strings(input.get("tags")),
                consents == null ? Map.of() : consentAnswers(consents),
                consents == null ? null : consentSource(consents));
    }

    static CustomerInput.Patch patch(Map<String, Object> input) {
        return new CustomerInput.Patch((String) input.get("firstName"),
                optional(input, "lastName", String.class), optional(input, "email", String.class),
                optional(input, "phone", String.class), optional(input, "birthday", LocalDate.class),
                input.containsKey("preferredLocationId")
                        ? Optional.ofNullable(id(input, "preferredLocationId")) : null,
                input.get("tags") == null ? null : strings(input.get("tags")));
    }

    static Map<ConsentType, Boolean> consentAnswers(Map<String, Object> input) {
        Map<ConsentType, Boolean> answers = new EnumMap<>(ConsentType.class);
        putIfGiven(answers, ConsentType.PUSH, input.get("push"));
        putIfGiven(answers, ConsentType.LOCATION, input.get("location"));
        putIfGiven(answers, ConsentType.MARKETING, input.get("marketing"));
        return answers;
    }

    static ConsentSource consentSource(Map<String, Object> input) {
        Object source = input.get("source");
        return source == null ? null : ConsentSource.valueOf(source.toString());
    }

    static VisitService.RecordVisit recordVisit(Map<String, Object> input) {
        Object source = input.get("source");
        return new VisitService.RecordVisit(id(input, "customerId"), (String) input.get("cardCode"),
                id(input, "locationId"), (BigDecimal) input.get("amount"),
                source == null ? null : VisitSource.valueOf(source.toString()), (Instant) input.get("occurredAt"));
    }

    static CustomerFilter customerFilter(Map<String, Object> filter) {
        if (filter == null) {
            return CustomerFilter.NONE;
        }
        List<String> tags = filter.get("tags") == null ? List.of() : strings(filter.get("tags"));
        if (filter.get("tag") != null) {
            tags = new java.util.ArrayList<>(tags);
            tags.add((String) filter.get("tag"));
        }
        return new CustomerFilter((String) filter.get("search"), tags, id(filter, "preferredLocationId"),
                id(filter, "visitedLocationId"), (Instant) filter.get("lastVisitFrom"),
                (Instant) filter.get("lastVisitTo"), (Integer) filter.get("minVisits"),
                (Integer) filter.get("maxVisits"), (Instant) filter.get("createdFrom"),
                (Instant) filter.get("createdTo"));
    }

    static VisitFilter visitFilter(Map<String, Object> filter) {
        if (filter == null) {
            return VisitFilter.NONE;
        }
        Object source = filter.get("source");
        return new VisitFilter(id(filter, "customerId"), id(filter, "locationId"), (Instant) filter.get("from"),
                (Instant) filter.get("to"), source == null ? null : VisitSource.valueOf(source.toString()));
    }

    /** An id given as input; a malformed one names its field (it was not looked up, so not NOT_FOUND). */
    static UUID id(Map<String, Object> input, String field) {
        Object value = input.get(field);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.toString());
        } catch (IllegalArgumentException e) {
            return Ids.parse(field, value.toString());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : List.copyOf((Collection<String>) value);
    }

    private static <T> Optional<T> optional(Map<String, Object> input, String field, Class<T> type) {
        return input.containsKey(field) ? Optional.ofNullable(type.cast(input.get(field))) : null;
    }

    private static void putIfGiven(Map<ConsentType, Boolean> answers, ConsentType type, Object value) {
        if (value != null) {
            answers.put(type, (Boolean) value);
        }
    }
}
