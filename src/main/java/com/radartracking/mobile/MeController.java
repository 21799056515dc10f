package com.radartracking.mobile;

import com.radartracking.customers.CustomerSelfService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in customer's own data: profile, cards, visits, consents. Never anyone else's. */
@RestController
@RequestMapping(path = MobileSecurityConfiguration.BASE + "/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Me", description = "The signed-in customer (customer token required)")
class MeController {

    private static final Set<String> EDITABLE = Set.of("firstName", "lastName", "birthday");

    private final CustomerAccount account;
    private final VisitPages visits;

    MeController(CustomerAccount account, VisitPages visits) {
        this.account = account;
        this.visits = visits;
    }

    @GetMapping
    @Operation(summary = "Profile, visit counters and consents")
    MeApi.Profile me() {
        return account.profile(MobileCustomer.current().customerId());
    }

    @PatchMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change name or birthday", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = MeApi.ProfilePatch.class))))
    MeApi.Profile update(@RequestBody Map<String, Object> body) {
        return account.updateProfile(MobileCustomer.current().customerId(), change(body));
    }

    @GetMapping("/cards")
    @Operation(summary = "Loyalty cards: balance, stamps, available rewards, QR payload")
    MeApi.Cards cards() {
        return account.cards(MobileCustomer.current().customerId());
    }

    @GetMapping("/visits")
    @Operation(summary = "Visit history, newest first")
    MeApi.Visits visits(@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false)
            String cursor, @Parameter(description = "1 to 100, default 20") @RequestParam(required = false)
            Integer limit) {
        return visits.page(MobileCustomer.current().customerId(), cursor, limit);
    }

    @PutMapping(path = "/consents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Answer consents (push, location, marketing)", description = "Members left out stay as "
            + "they are. Every change is kept in the consent history with source APP.")
    SignInApi.ConsentsBody consents(@RequestBody SignInApi.ConsentsBody body) {
        return account.changeConsents(MobileCustomer.current().customerId(), body);
    }

    /** Tells an absent field (unchanged) from an explicit null (cleared), which a record cannot. */
    private static CustomerSelfService.ProfileChange change(Map<String, Object> body) {
        for (String field : body.keySet()) {
            if (!EDITABLE.contains(field)) {
                throw MobileException.badInput(field, field + " cannot be changed here (editable: " + EDITABLE + ")");
            }
        }
        if (body.isEmpty()) {
            throw MobileException.badInput("firstName", "Give at least one of " + EDITABLE);
        }
        String firstName = null;
        if (body.containsKey("firstName")) {
            if (!(body.get("firstName") instanceof String text)) {
                throw MobileException.badInput("firstName", "firstName must be a non-empty string");
            }
            firstName = text;
        }
        return new CustomerSelfService.ProfileChange(firstName, optionalText(body, "lastName"), birthday(body));
    }

    private static Optional<String> optionalText(Map<String, Object> body, String field) {
        if (!body.containsKey(field)) {
            return null;
        }
        Object value = body.get(field);
        if (value != null && !(value instanceof String)) {
            throw MobileException.badInput(field, field + " must be a string or null");
        }
        return Optional.ofNullable((String) value);
    }

    private static Optional<LocalDate> birthday(Map<String, Object> body) {
        Optional<String> text = optionalText(body, "birthday");
        if (text == null || text.isEmpty()) {
            return text == null ? null : Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            throw MobileException.badInput("birthday", "birthday must be a date like 1990-04-23");
        }
    }
}
