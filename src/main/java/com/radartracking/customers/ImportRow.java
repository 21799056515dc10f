package com.radartracking.customers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One valid row of an import, normalised like createCustomer would (canonical email, E.164 phone).
 *
 * @param row the spreadsheet row number (the header is row 1)
 * @param points opening points balance, or null; @param stamps opening stamps, or null
 * @param consents the answers the previous system had (taken for customers the import creates)
 */
record ImportRow(long row, String firstName, String lastName, String email, String phone, LocalDate birthday,
        List<String> tags, UUID preferredLocationId, Long points, Long stamps, Map<ConsentType, Boolean> consents) {

    ImportRow {
        consents = consents == null ? Map.of() : Map.copyOf(consents);
    }

    boolean hasBalance() {
        return points != null || stamps != null;
    }
}
