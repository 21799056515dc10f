package com.radartracking.customers;

import com.radartracking.customers.csv.CsvCells;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns one CSV record into an {@link ImportRow} or into errors, one per bad field, each naming the row,
 * the field, the column and why (never the value itself: reports are kept, contact data is not).
 */
final class ImportRowParser {

    /** One problem of a row. */
    record RowError(long row, String field, String column, String code, String message) {
    }

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("d/M/uuuu"), pattern("d-M-uuuu"), pattern("d.M.uuuu"), pattern("uuuu/M/d"));
    private static final LocalDate OLDEST_BIRTHDAY = LocalDate.of(1900, 1, 1);
    static final long MAX_BALANCE = 1_000_000_000L;

    private final ImportMapping mapping;
    private final String phoneRegion;
    private final Map<String, UUID> locationsByName;
    private final Clock clock;
    private final String balancesUnavailable;

    /**
     * @param locationsByName the business's locations by lower-cased name and by id
     * @param balancesUnavailable why opening balances cannot be taken (null when they can)
     */
    ImportRowParser(ImportMapping mapping, String phoneRegion, Map<String, UUID> locationsByName, Clock clock,
            String balancesUnavailable) {
        this.mapping = mapping;
        this.phoneRegion = phoneRegion;
        this.locationsByName = locationsByName;
        this.clock = clock;
        this.balancesUnavailable = balancesUnavailable;
    }

    private static DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /** True when every cell of the record is blank (skipped without an error). */
    static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The row, or null after reporting its errors to {@code errors}. */
    ImportRow parse(CSVRecord record, long row, Consumer<RowError> errors) {
        List<RowError> found = new ArrayList<>();
        if (record.size() > mapping.headers().size()) {
            found.add(new RowError(row, null, null, "TOO_MANY_CELLS", "The row has " + record.size()
                    + " cells but the header has " + mapping.headers().size()
                    + " (a separator or a quote out of place?)"));
            found.forEach(errors);
            return null;
        }
        String firstName = cell(record, ImportField.FIRST_NAME);
        String lastName = cell(record, ImportField.LAST_NAME);
        String fullName = cell(record, ImportField.FULL_NAME);
        if (firstName.isEmpty() && !fullName.isEmpty()) {
            String[] parts = fullName.strip().split("\\s+", 2);
            firstName = parts[0];
            if (lastName.isEmpty() && parts.length > 1) {
                lastName = parts[1];
            }
        }
        ImportField nameField = mapping.has(ImportField.FIRST_NAME) ? ImportField.FIRST_NAME : ImportField.FULL_NAME;
        String givenName = firstName;
        String familyName = lastName;
        String first = check(found, row, nameField, () -> CustomerValidation.firstName(givenName),
                givenName.isBlank() ? "NAME_REQUIRED" : "INVALID_NAME");
        String last = check(found, row, ImportField.LAST_NAME, () -> CustomerValidation.lastName(familyName),
                "INVALID_NAME");
        String email = check(found, row, ImportField.EMAIL, () -> Contacts.email(cell(record, ImportField.EMAIL)),
                "INVALID_EMAIL");
        String phone = check(found, row, ImportField.PHONE,
                () -> Contacts.phone(cell(record, ImportField.PHONE), phoneRegion), "INVALID_PHONE");
        boolean contactCellsBlank = cell(record, ImportField.EMAIL).isEmpty() && cell(record, ImportField.PHONE).isEmpty();
        if (contactCellsBlank) {
            found.add(error(row, mapping.has(ImportField.EMAIL) ? ImportField.EMAIL : ImportField.PHONE,
                    "CONTACT_REQUIRED", "An email or a phone number is required (they identify the customer)"));
        }
        LocalDate birthday = birthday(found, row, cell(record, ImportField.BIRTHDAY));
        List<String> tags = tags(found, row, cell(record, ImportField.TAGS));
        UUID location = location(found, row, cell(record, ImportField.PREFERRED_LOCATION));
        Long points = balance(found, row, ImportField.POINTS, cell(record, ImportField.POINTS));
        Long stamps = balance(found, row, ImportField.STAMPS, cell(record, ImportField.STAMPS));
        Map<ConsentType, Boolean> consents = new java.util.EnumMap<>(ConsentType.class);
        consent(found, row, record, ImportField.PUSH_CONSENT, ConsentType.PUSH, consents);
        consent(found, row, record, ImportField.LOCATION_CONSENT, ConsentType.LOCATION, consents);
        consent(found, row, record, ImportField.MARKETING_CONSENT, ConsentType.MARKETING, consents);
        if (!found.isEmpty()) {
            found.forEach(errors);
            return null;
        }
        return new ImportRow(row, first, last, email, phone, birthday, tags, location, points, stamps, consents);
    }

    private String cell(CSVRecord record, ImportField field) {
        Integer column = mapping.column(field);
        if (column == null || column >= record.size()) {
            return "";
        }
        return CsvCells.restore(record.get(column));
    }

    private interface Check<T> {
        T run();
    }

    private <T> T check(List<RowError> found, long row, ImportField field, Check<T> check, String code) {
        try {
            return check.run();
        } catch (CustomerException e) {
            found.add(error(row, field, code, reason(field, e)));
            return null;
        }
    }

    /** Why a field was refused, without echoing the value (validation messages quote it). */
    private String reason(ImportField field, CustomerException e) {
        return switch (field) {
            case EMAIL -> "Not a valid email address";
            case PHONE -> "Not a valid phone number (numbers without a country code are read as " + phoneRegion + ")";
            default -> e.getMessage();
        };
    }

    private RowError error(long row, ImportField field, String code, String message) {
        return new RowError(row, field.key(), mapping.header(field), code, message);
    }

    private LocalDate birthday(List<RowError> found, long row, String value) {
        if (value.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate date = LocalDate.parse(value, format);
                if (date.isAfter(LocalDate.now(clock)) || date.isBefore(OLDEST_BIRTHDAY)) {
                    found.add(error(row, ImportField.BIRTHDAY, "INVALID_BIRTHDAY",
                            "Birthday must be between 1900-01-01 and today"));
                    return null;
                }
                return date;
            } catch (DateTimeException ignored) {
                // try the next format
            }
        }
        found.add(error(row, ImportField.BIRTHDAY, "INVALID_BIRTHDAY",
                "Birthday must be a date such as 1990-04-21 or 21/04/1990 (day first)"));
        return null;
    }

    private List<String> tags(List<RowError> found, long row, String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        String separator = value.contains(CustomerCsvExport.TAG_SEPARATOR) ? "\\|" : "[,;]";
        Set<String> tags = new LinkedHashSet<>();
        try {
            for (String tag : value.split(separator)) {
                if (!tag.isBlank()) {
                    tags.add(Contacts.tag(tag));
                }
            }
        } catch (CustomerException e) {
            found.add(error(row, ImportField.TAGS, "INVALID_TAG", "Each tag must be 1 to 40 characters"));
            return List.of();
        }
        if (tags.size() > CustomerValidation.MAX_TAGS) {
            found.add(error(row, ImportField.TAGS, "TOO_MANY_TAGS",
                    "A customer can have at most " + CustomerValidation.MAX_TAGS + " tags"));
        }
        return List.copyOf(tags);
    }

    private UUID location(List<RowError> found, long row, String value) {
        if (value.isEmpty()) {
            return null;
        }
        UUID id = locationsByName.get(value.toLowerCase(Locale.ROOT));
        if (id == null) {
            found.add(error(row, ImportField.PREFERRED_LOCATION, "UNKNOWN_LOCATION",
                    "No location of the business is named '" + value + "'"));
        }
        return id;
    }

    private static final Set<String> YES = Set.of("yes", "y", "si", "sí", "s", "true", "1", "x");
    private static final Set<String> NO = Set.of("no", "n", "false", "0");

    private void consent(List<RowError> found, long row, CSVRecord record, ImportField field, ConsentType type,
            Map<ConsentType, Boolean> consents) {
        String value = cell(record, field).toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return;
        }
        if (YES.contains(value)) {
            consents.put(type, true);
        } else if (NO.contains(value)) {
            consents.put(type, false);
        } else {
            found.add(error(row, field, "INVALID_CONSENT", "A consent is yes or no (sí/no, true/false, 1/0),"
                    + " or empty when never asked"));
        }
    }

    private Long balance(List<RowError> found, long row, ImportField field, String value) {
        if (value.isEmpty()) {
            return null;
        }
        String digits = value.replace(" ", "");
        if (!digits.matches("\\d{1,10}")) {
            found.add(error(row, field, "INVALID_BALANCE", "An opening balance must be a whole number, 0 or more,"
                    + " without separators"));
            return null;
        }
        long amount = Long.parseLong(digits);
        if (amount > MAX_BALANCE) {
            found.add(error(row, field, "INVALID_BALANCE", "An opening balance is at most " + MAX_BALANCE));
            return null;
        }
        if (balancesUnavailable != null) {
            found.add(error(row, field, "NO_LOYALTY_PROGRAM", balancesUnavailable));
            return null;
        }
        return amount == 0 ? null : amount;
    }
}
