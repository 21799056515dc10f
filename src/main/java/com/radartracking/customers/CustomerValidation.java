package com.radartracking.customers;

import com.radartracking.locations.LocationDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Checks and normalises customer fields; every failure is a BAD_USER_INPUT naming the field. */
@Component
class CustomerValidation {

    static final int MAX_TAGS = 50;
    private static final LocalDate OLDEST_BIRTHDAY = LocalDate.of(1900, 1, 1);

    private final LocationDirectory locations;
    private final Clock clock;

    CustomerValidation(LocationDirectory locations, Clock clock) {
        this.locations = locations;
        this.clock = clock;
    }

    Customer.ContactData contactData(String firstName, String lastName, String email, String phone,
            LocalDate birthday, UUID preferredLocationId, String phoneRegion) {
        return new Customer.ContactData(firstName(firstName), lastName(lastName), Contacts.email(email),
                Contacts.phone(phone, phoneRegion), birthday(birthday), preferredLocation(preferredLocationId));
    }

    static String firstName(String raw) {
        String name = raw == null ? "" : raw.trim().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > 80) {
            throw CustomerException.badInput("firstName", "First name must be 1 to 80 characters");
        }
        return name;
    }

    static String lastName(String raw) {
        String name = raw == null ? "" : raw.trim().replaceAll("\\s+", " ");
        if (name.length() > 80) {
            throw CustomerException.badInput("lastName", "Last name must be at most 80 characters");
        }
        return name;
    }

    LocalDate birthday(LocalDate birthday) {
        if (birthday == null) {
            return null;
        }
        if (birthday.isAfter(LocalDate.now(clock))) {
            throw CustomerException.badInput("birthday", "Birthday cannot be in the future");
        }
        if (birthday.isBefore(OLDEST_BIRTHDAY)) {
            throw CustomerException.badInput("birthday", "Birthday must be on or after " + OLDEST_BIRTHDAY);
        }
        return birthday;
    }

    UUID preferredLocation(UUID locationId) {
        if (locationId != null && locations.existingIds(Set.of(locationId)).isEmpty()) {
            throw new CustomerException(com.radartracking.platform.errors.ErrorCode.NOT_FOUND,
                    "Location not found: " + locationId, java.util.Map.of("field", "preferredLocationId"));
        }
        return locationId;
    }

    /** Normalised, de-duplicated tags in the order given. */
    static List<String> tags(Collection<String> raw) {
        if (raw == null) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        raw.forEach(tag -> tags.add(Contacts.tag(tag)));
        if (tags.size() > MAX_TAGS) {
            throw CustomerException.badInput("tags", "A customer can have at most " + MAX_TAGS + " tags");
        }
        return List.copyOf(tags);
    }
}
