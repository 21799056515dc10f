package com.radartracking.customers;

import com.radartracking.platform.tenancy.TenantContext;
import java.sql.Array;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one chunk of valid import rows in the caller's transaction. Each row is matched by email, then
 * phone, against the business's customers and the rows before it (so a file never creates the same
 * person twice): a new person is inserted; a known one only gets its blanks filled (last name, birthday,
 * preferred location, a missing email or phone) and new tags added, never an overwrite, which makes a
 * re-run of the same file change nothing. Opening balances go through {@link ImportedBalances}, keyed by
 * customer, program and kind, so no customer is ever credited twice, whatever the file.
 */
@Component
class CustomerImportWriter {

    /** What the chunk did; nothing of it counts until its transaction commits. */
    record Outcome(int created, int updated, int unchanged, int credited, int alreadyCredited, int refusedRows,
            List<ImportRowParser.RowError> errors) {
    }

    /** The balances side refused (no loyalty program...): the caller stops taking balances and redoes the chunk. */
    static final class BalancesRefused extends RuntimeException {
        BalancesRefused(String message) {
            super(message);
        }
    }

    /** Where balances go: the program per kind (null: the default program). */
    record BalanceTargets(ImportedBalances balances, UUID pointsProgramId, UUID stampsProgramId) {
    }

    /** A customer as the chunk sees it: as read from the database or about to be inserted. */
    private static final class Person {
        final UUID id;
        final boolean isNew;
        String firstName;
        String lastName;
        String email;
        String phone;
        LocalDate birthday;
        UUID preferredLocationId;
        final Set<String> tags;
        final Map<ConsentType, Boolean> consents = new java.util.EnumMap<>(ConsentType.class);
        boolean changed;

        Person(UUID id, boolean isNew, String email, String phone, String lastName, LocalDate birthday,
                UUID preferredLocationId, List<String> tags) {
            this.id = id;
            this.isNew = isNew;
            this.email = email;
            this.phone = phone;
            this.lastName = lastName;
            this.birthday = birthday;
            this.preferredLocationId = preferredLocationId;
            this.tags = new LinkedHashSet<>(tags);
        }
    }

    private final JdbcTemplate jdbc;
    private final ConsentLedger consents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerImportWriter(JdbcTemplate jdbc, ConsentLedger consents, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Outcome write(List<ImportRow> rows, BalanceTargets targets) {
        UUID businessId = TenantContext.require();
        Map<String, Person> byEmail = new HashMap<>();
        Map<String, Person> byPhone = new HashMap<>();
        load(businessId, rows, byEmail, byPhone);

        Map<UUID, Person> touched = new LinkedHashMap<>();
        List<ImportRowParser.RowError> errors = new ArrayList<>();
        List<ImportRow> accepted = new ArrayList<>();
        List<Person> acceptedPeople = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        int created = 0;
        for (ImportRow row : rows) {
            Person byMail = row.email() == null ? null : byEmail.get(row.email());
            Person byTel = row.phone() == null ? null : byPhone.get(row.phone());
            if (byMail != null && byTel != null && byMail != byTel) {
                errors.add(new ImportRowParser.RowError(row.row(), "phone", null, "CONTACT_CONFLICT",
                        "The email belongs to one customer and the phone to another (" + byMail.id + ", " + byTel.id
                                + "); fix the row or merge them in the panel"));
                continue;
            }
            Person person = byMail != null ? byMail : byTel;
            if (person == null) {
                person = new Person(UUID.randomUUID(), true, row.email(), row.phone(), row.lastName(), row.birthday(),
                        row.preferredLocationId(), row.tags());
                person.firstName = row.firstName();
                person.consents.putAll(row.consents());
                created++;
            } else if (fillBlanks(person, row, byEmail, byPhone) | (person.isNew && mergeConsents(person, row))) {
                updated++; // a known customer, or an earlier row of the file, completed by this row
            } else {
                unchanged++;
            }
            if (person.email != null) {
                byEmail.put(person.email, person);
            }
            if (person.phone != null) {
                byPhone.put(person.phone, person);
            }
            touched.put(person.id, person);
            accepted.add(row);
            acceptedPeople.add(person);
        }
        insertAndUpdate(businessId, touched.values());
        // Consents only for the people this import creates: a known customer's answers (maybe given in the
        // app since) are never overwritten by an old system's.
        ConsentLedger.ChangedBy by = com.radartracking.platform.security.CurrentActor.find()
                .map(actor -> ConsentLedger.ChangedBy.user(actor.userId())).orElse(ConsentLedger.ChangedBy.system());
        for (Person person : touched.values()) {
            if (person.isNew && !person.consents.isEmpty()) {
                consents.apply(person.id, person.consents, ConsentSource.IMPORT, by);
            }
        }

        int credited = 0;
        int already = 0;
        for (int i = 0; i < accepted.size(); i++) {
            ImportRow row = accepted.get(i);
            UUID customerId = acceptedPeople.get(i).id;
            if (row.points() != null) {
                if (credit(targets, customerId, ImportedBalances.Kind.POINTS, row.points())) {
                    credited++;
                } else {
                    already++;
                }
            }
            if (row.stamps() != null) {
                if (credit(targets, customerId, ImportedBalances.Kind.STAMPS, row.stamps())) {
                    credited++;
                } else {
                    already++;
                }
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        touched.values().stream().filter(person -> person.isNew)
                .forEach(person -> events.publishEvent(new CustomerEnrolled(businessId, person.id, now, "IMPORT")));
        return new Outcome(created, updated, unchanged, credited, already, errors.size(), errors);
    }

    /** The reference that makes a balance a one-off per customer, program and kind. */
    static String reference(UUID customerId, ImportedBalances.Kind kind, UUID programId) {
        return "customer-import:opening:" + kind.name().toLowerCase(java.util.Locale.ROOT) + ":"
                + (programId == null ? "default" : programId) + ":" + customerId;
    }

    private static boolean credit(BalanceTargets targets, UUID customerId, ImportedBalances.Kind kind, long amount) {
        UUID program = kind == ImportedBalances.Kind.POINTS ? targets.pointsProgramId() : targets.stampsProgramId();
        if (targets.balances() == null) {
            throw new BalancesRefused("No loyalty program can take opening balances");
        }
        try {
            return targets.balances().credit(customerId, kind, program, amount, reference(customerId, kind, program));
        } catch (com.radartracking.platform.errors.DomainException e) {
            throw new BalancesRefused(e.getMessage());
        }
    }

    /** A new person's answers from a later row of the file, for the types not answered yet. */
    private static boolean mergeConsents(Person person, ImportRow row) {
        boolean changed = false;
        for (Map.Entry<ConsentType, Boolean> answer : row.consents().entrySet()) {
            changed |= person.consents.putIfAbsent(answer.getKey(), answer.getValue()) == null;
        }
        return changed;
    }

    /** Fills what the customer lacks from the row; true when anything changed. */
    private static boolean fillBlanks(Person person, ImportRow row, Map<String, Person> byEmail,
            Map<String, Person> byPhone) {
        boolean changed = false;
        if ((person.lastName == null || person.lastName.isEmpty()) && !row.lastName().isEmpty()) {
            person.lastName = row.lastName();
            changed = true;
        }
        if (person.birthday == null && row.birthday() != null) {
            person.birthday = row.birthday();
            changed = true;
        }
        if (person.preferredLocationId == null && row.preferredLocationId() != null) {
            person.preferredLocationId = row.preferredLocationId();
            changed = true;
        }
        if (person.email == null && row.email() != null && !byEmail.containsKey(row.email())) {
            person.email = row.email();
            changed = true;
        }
        if (person.phone == null && row.phone() != null && !byPhone.containsKey(row.phone())) {
            person.phone = row.phone();
            changed = true;
        }
        for (String tag : row.tags()) {
            if (person.tags.size() < CustomerValidation.MAX_TAGS && person.tags.add(tag)) {
                changed = true;
            }
        }
        person.changed |= changed;
        return changed;
    }

    private void load(UUID businessId, List<ImportRow> rows, Map<String, Person> byEmail, Map<String, Person> byPhone) {
        String[] emails = rows.stream().map(ImportRow::email).filter(Objects::nonNull).distinct().toArray(String[]::new);
        String[] phones = rows.stream().map(ImportRow::phone).filter(Objects::nonNull).distinct().toArray(String[]::new);
        jdbc.query("""
                select id, email, phone, last_name, birthday, preferred_location_id, tags from customers
                 where business_id = ? and (email = any(?) or phone = any(?))""", rs -> {
                    Array tags = rs.getArray("tags");
                    Person person = new Person(rs.getObject("id", UUID.class), false, rs.getString("email"),
                            rs.getString("phone"), rs.getString("last_name"), rs.getObject("birthday", LocalDate.class),
                            rs.getObject("preferred_location_id", UUID.class),
                            tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()));
                    if (person.email != null) {
                        byEmail.put(person.email, person);
                    }
                    if (person.phone != null) {
                        byPhone.put(person.phone, person);
                    }
                }, businessId, emails, phones);
    }

    /** Separates a customer's tags inside one text value of the insert's array (a control character). */
    private static final String TAG_JOIN = "\u001f";

    /**
     * New people in one INSERT over unnested arrays (one statement per chunk instead of 500 halved the
     * import time; what remains is mostly index upkeep, the trigram search index above all), completed
     * people in one batched UPDATE.
     */
    private void insertAndUpdate(UUID businessId, java.util.Collection<Person> people) {
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        List<Person> created = people.stream().filter(person -> person.isNew).toList();
        List<Object[]> updates = new ArrayList<>();
        for (Person person : people) {
            if (!person.isNew && person.changed) {
                updates.add(new Object[] {person.lastName, person.email, person.phone,
                        person.birthday == null ? null : Date.valueOf(person.birthday), person.preferredLocationId,
                        person.tags.toArray(String[]::new), now, businessId, person.id});
            }
        }
        if (!created.isEmpty()) {
            jdbc.update("""
                    insert into customers (id, business_id, first_name, last_name, email, phone, birthday,
                                           preferred_location_id, tags, source, created_at, updated_at)
                    select id, ?, first_name, last_name, email, phone, birthday, location,
                           string_to_array(tags, ?), 'IMPORT', ?, ?
                      from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::uuid[], ?::text[])
                           as r(id, first_name, last_name, email, phone, birthday, location, tags)""",
                    businessId, TAG_JOIN, now, now,
                    created.stream().map(person -> person.id).toArray(UUID[]::new),
                    created.stream().map(person -> person.firstName).toArray(String[]::new),
                    created.stream().map(person -> person.lastName).toArray(String[]::new),
                    created.stream().map(person -> person.email).toArray(String[]::new),
                    created.stream().map(person -> person.phone).toArray(String[]::new),
                    created.stream().map(person -> person.birthday == null ? null : person.birthday.toString())
                            .toArray(String[]::new),
                    created.stream().map(person -> person.preferredLocationId).toArray(UUID[]::new),
                    created.stream().map(person -> String.join(TAG_JOIN, person.tags)).toArray(String[]::new));
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("""
                    update customers set last_name = ?, email = ?, phone = ?, birthday = ?, preferred_location_id = ?,
                           tags = ?, updated_at = ? where business_id = ? and id = ?""", updates);
        }
    }
}
