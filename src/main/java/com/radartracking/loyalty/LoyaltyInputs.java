package com.radartracking.loyalty;

import com.radartracking.platform.graphql.Ids;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** This module's input records, read from GraphQL input maps (scalars already coerced by DGS). */
final class LoyaltyInputs {

    private LoyaltyInputs() {
    }

    /** A new program; null numbers take their defaults. */
    record NewProgram(String name, LoyaltyCards.ProgramKind kind, Integer pointsPerVisit,
            BigDecimal pointsPerCurrencyUnit, Integer stampsPerReward, Integer expiryDays) {
    }

    /** Fields to change: null = unchanged; an empty Optional clears a nullable field. */
    record ProgramPatch(String name, Integer pointsPerVisit, BigDecimal pointsPerCurrencyUnit,
            Optional<Integer> stampsPerReward, Optional<Integer> expiryDays, Boolean active) {
    }

    record NewReward(UUID programId, String name, String description, Long cost, Integer stock) {
    }

    /** Fields to change: null = unchanged; an empty {@code stock} makes it unlimited. */
    record RewardPatch(String name, String description, Long cost, Optional<Integer> stock, Boolean active) {
    }

    static NewProgram newProgram(Map<String, Object> input) {
        Object kind = input.get("kind");
        return new NewProgram((String) input.get("name"),
                kind == null ? null : LoyaltyCards.ProgramKind.valueOf(kind.toString()),
                (Integer) input.get("pointsPerVisit"), (BigDecimal) input.get("pointsPerCurrencyUnit"),
                (Integer) input.get("stampsPerReward"), (Integer) input.get("expiryDays"));
    }

    static ProgramPatch programPatch(Map<String, Object> input) {
        return new ProgramPatch((String) input.get("name"), (Integer) input.get("pointsPerVisit"),
                (BigDecimal) input.get("pointsPerCurrencyUnit"), optional(input, "stampsPerReward", Integer.class),
                optional(input, "expiryDays", Integer.class), (Boolean) input.get("active"));
    }

    static NewReward newReward(Map<String, Object> input) {
        return new NewReward(id(input, "programId"), (String) input.get("name"), (String) input.get("description"),
                longValue(input.get("cost")), (Integer) input.get("stock"));
    }

    static RewardPatch rewardPatch(Map<String, Object> input) {
        return new RewardPatch((String) input.get("name"), (String) input.get("description"),
                longValue(input.get("cost")), optional(input, "stock", Integer.class), (Boolean) input.get("active"));
    }

    /** An id given as input; a malformed one is NOT_FOUND like an unknown one. */
    static UUID id(Map<String, Object> input, String field) {
        Object value = input.get(field);
        return value == null ? null : Ids.parse(field, value.toString());
    }

    private static Long longValue(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static <T> Optional<T> optional(Map<String, Object> input, String field, Class<T> type) {
        return input.containsKey(field) ? Optional.ofNullable(type.cast(input.get(field))) : null;
    }
}
