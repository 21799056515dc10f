package com.radartracking.loyalty;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and deactivating programs (Admins). A rule change applies to earnings from now on:
 * what was earned keeps the expiry it was earned under (the ledger stores it per earning).
 */
@Service
class ProgramService {

    static final int MAX_POINTS_PER_VISIT = 100_000;
    static final BigDecimal MAX_RATE = new BigDecimal("10000");

    private final LoyaltyProgramRepository programs;
    private final ActivityLog activityLog;
    private final Clock clock;

    ProgramService(LoyaltyProgramRepository programs, ActivityLog activityLog, Clock clock) {
        this.programs = programs;
        this.activityLog = activityLog;
        this.clock = clock;
    }

    @Transactional
    ProgramView create(LoyaltyInputs.NewProgram input) {
        CurrentActor.requireRole(Role.ADMIN);
        if (input.kind() == null) {
            throw LoyaltyException.badInput("kind", "Say whether the program counts POINTS or STAMPS");
        }
        boolean stamps = input.kind() == LoyaltyCards.ProgramKind.STAMPS;
        int perVisit = input.pointsPerVisit() == null ? (stamps ? 1 : 0) : input.pointsPerVisit();
        BigDecimal rate = input.pointsPerCurrencyUnit() == null ? BigDecimal.ZERO : input.pointsPerCurrencyUnit();
        LoyaltyProgram.Rules rules = validate(input.kind(),
                new LoyaltyProgram.Rules(input.name(), perVisit, rate, input.stampsPerReward(), input.expiryDays()));
        LoyaltyProgram program = programs.saveAndFlush(new LoyaltyProgram(input.kind(), rules, now()));
        activityLog.record("loyalty.program_created", "LoyaltyProgram", program.getId(),
                Map.of("kind", input.kind().name(), "name", rules.name()));
        return program.view();
    }

    @Transactional
    ProgramView update(UUID id, LoyaltyInputs.ProgramPatch patch) {
        CurrentActor.requireRole(Role.ADMIN);
        LoyaltyProgram program = programs.findById(id).orElseThrow(() -> LoyaltyException.programNotFound(id));
        LoyaltyProgram.Rules before = program.rules();
        LoyaltyProgram.Rules after = validate(program.kind(), new LoyaltyProgram.Rules(
                patch.name() == null ? before.name() : patch.name(),
                patch.pointsPerVisit() == null ? before.pointsPerVisit() : patch.pointsPerVisit(),
                patch.pointsPerCurrencyUnit() == null ? before.pointsPerCurrencyUnit() : patch.pointsPerCurrencyUnit(),
                patch.stampsPerReward() == null ? before.stampsPerReward() : patch.stampsPerReward().orElse(null),
                patch.expiryDays() == null ? before.expiryDays() : patch.expiryDays().orElse(null)));
        List<String> changed = changedFields(before, after);
        Instant now = now();
        program.apply(after, now);
        if (patch.active() != null && patch.active() != program.active()) {
            if (patch.active()) {
                program.reactivate(now);
            } else {
                program.deactivate(now);
            }
            changed.add("active");
        }
        programs.flush();
        activityLog.record("loyalty.program_updated", "LoyaltyProgram", id, Map.of("fields", changed));
        return program.view();
    }

    /** Cards and balances stay; the program stops earning and redeeming until reactivated. */
    @Transactional
    ProgramView deactivate(UUID id) {
        CurrentActor.requireRole(Role.ADMIN);
        LoyaltyProgram program = programs.findById(id).orElseThrow(() -> LoyaltyException.programNotFound(id));
        if (program.active()) {
            program.deactivate(now());
            programs.flush();
        }
        activityLog.record("loyalty.program_deactivated", "LoyaltyProgram", id);
        return program.view();
    }

    static LoyaltyProgram.Rules validate(LoyaltyCards.ProgramKind kind, LoyaltyProgram.Rules rules) {
        String name = rules.name() == null ? "" : rules.name().strip();
        if (name.isEmpty() || name.length() > 80) {
            throw LoyaltyException.badInput("name", "A program needs a name of 1 to 80 characters");
        }
        if (rules.pointsPerVisit() < 0 || rules.pointsPerVisit() > MAX_POINTS_PER_VISIT) {
            throw LoyaltyException.badInput("pointsPerVisit", "pointsPerVisit must be between 0 and " + MAX_POINTS_PER_VISIT);
        }
        BigDecimal rate = ProgramQueries.plain(rules.pointsPerCurrencyUnit());
        if (rate.signum() < 0 || rate.compareTo(MAX_RATE) > 0 || rate.scale() > 6) {
            throw LoyaltyException.badInput("pointsPerCurrencyUnit",
                    "pointsPerCurrencyUnit must be between 0 and " + MAX_RATE + ", with at most 6 decimals");
        }
        if (rules.expiryDays() != null && (rules.expiryDays() < 1 || rules.expiryDays() > 3650)) {
            throw LoyaltyException.badInput("expiryDays", "expiryDays must be between 1 and 3650, or null for never");
        }
        if (kind == LoyaltyCards.ProgramKind.STAMPS) {
            if (rules.stampsPerReward() == null || rules.stampsPerReward() < 1 || rules.stampsPerReward() > 1000) {
                throw LoyaltyException.badInput("stampsPerReward", "A stamps program needs stampsPerReward between 1 and 1000");
            }
            if (rate.signum() != 0) {
                throw LoyaltyException.badInput("pointsPerCurrencyUnit", "Stamps are earned per visit, not per amount");
            }
            if (rules.pointsPerVisit() < 1) {
                throw LoyaltyException.badInput("pointsPerVisit", "A stamps program gives at least 1 stamp per visit");
            }
        } else {
            if (rules.stampsPerReward() != null) {
                throw LoyaltyException.badInput("stampsPerReward", "Only stamps programs have stampsPerReward");
            }
            if (rules.pointsPerVisit() == 0 && rate.signum() == 0) {
                throw LoyaltyException.badInput("pointsPerVisit",
                        "A points program earns per visit, per amount or both: set pointsPerVisit or pointsPerCurrencyUnit");
            }
        }
        return new LoyaltyProgram.Rules(name, rules.pointsPerVisit(), rate, rules.stampsPerReward(), rules.expiryDays());
    }

    private static List<String> changedFields(LoyaltyProgram.Rules before, LoyaltyProgram.Rules after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.name(), after.name())) {
            changed.add("name");
        }
        if (before.pointsPerVisit() != after.pointsPerVisit()) {
            changed.add("pointsPerVisit");
        }
        if (before.pointsPerCurrencyUnit().compareTo(after.pointsPerCurrencyUnit()) != 0) {
            changed.add("pointsPerCurrencyUnit");
        }
        if (!Objects.equals(before.stampsPerReward(), after.stampsPerReward())) {
            changed.add("stampsPerReward");
        }
        if (!Objects.equals(before.expiryDays(), after.expiryDays())) {
            changed.add("expiryDays");
        }
        return changed;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
