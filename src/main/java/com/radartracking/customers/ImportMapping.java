package com.radartracking.customers;

import com.radartracking.platform.errors.ErrorCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which column of the file feeds which field. The optional mapping (JSON, field to header, e.g.
 * {@code {"firstName":"Nombre","points":"Saldo"}}) wins for the fields it names ({@code null} leaves a
 * field out); every other field is matched by its recognised header names. A name column is required
 * (first name or full name), and an email or phone column; anything missing is refused before any row.
 */
record ImportMapping(Map<ImportField, Integer> columns, List<String> headers) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    Integer column(ImportField field) {
        return columns.get(field);
    }

    boolean has(ImportField field) {
        return columns.containsKey(field);
    }

    String header(ImportField field) {
        Integer column = columns.get(field);
        return column == null ? null : headers.get(column);
    }

    /** field key to header, for the report. */
    Map<String, String> describe() {
        Map<String, String> described = new LinkedHashMap<>();
        columns.forEach((field, column) -> described.put(field.key(), headers.get(column)));
        return described;
    }

    static ImportMapping resolve(List<String> headers, String mappingJson) {
        Map<ImportField, String> explicit = new EnumMap<>(ImportField.class);
        List<ImportField> excluded = new ArrayList<>();
        parseExplicit(mappingJson, explicit, excluded);

        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        List<String> missing = new ArrayList<>();
        explicit.forEach((field, header) -> {
            int index = indexOf(headers, header);
            if (index < 0) {
                missing.add("'" + header + "' (mapped to " + field.key() + ")");
            } else {
                columns.put(field, index);
            }
        });
        if (!missing.isEmpty()) {
            throw refused("MISSING_COLUMNS", "The file has no column " + String.join(", ", missing)
                    + "; its columns are " + headers);
        }
        for (ImportField field : ImportField.values()) {
            if (columns.containsKey(field) || explicit.containsKey(field) || excluded.contains(field)) {
                continue;
            }
            for (int i = 0; i < headers.size(); i++) {
                if (field.recognises(headers.get(i)) && !columns.containsValue(i)) {
                    columns.put(field, i);
                    break;
                }
            }
        }
        // "Nombre" alone usually holds the whole name; beside an "Apellido" column it is the first name.
        if (columns.containsKey(ImportField.FIRST_NAME) && !columns.containsKey(ImportField.LAST_NAME)
                && !columns.containsKey(ImportField.FULL_NAME) && !explicit.containsKey(ImportField.FIRST_NAME)) {
            columns.put(ImportField.FULL_NAME, columns.remove(ImportField.FIRST_NAME));
        }
        List<String> required = new ArrayList<>();
        if (!columns.containsKey(ImportField.FIRST_NAME) && !columns.containsKey(ImportField.FULL_NAME)) {
            required.add("a name (firstName or fullName)");
        }
        if (!columns.containsKey(ImportField.EMAIL) && !columns.containsKey(ImportField.PHONE)) {
            required.add("an email or a phone");
        }
        if (!required.isEmpty()) {
            throw refused("MISSING_COLUMNS", "Missing required column(s): " + String.join(" and ", required)
                    + ". The file's columns are " + headers + "; name them like the fields " + ImportField.keys()
                    + " or send a mapping such as {\"firstName\":\"Nombre\",\"email\":\"Correo\"}");
        }
        return new ImportMapping(columns, List.copyOf(headers));
    }

    private static void parseExplicit(String mappingJson, Map<ImportField, String> explicit,
            List<ImportField> excluded) {
        if (mappingJson == null || mappingJson.isBlank()) {
            return;
        }
        JsonNode root;
        try {
            root = JSON.readTree(mappingJson);
        } catch (JacksonException e) {
            throw refused("BAD_MAPPING", "mapping must be a JSON object such as {\"firstName\":\"Nombre\"}");
        }
        if (root == null || !root.isObject()) {
            throw refused("BAD_MAPPING", "mapping must be a JSON object such as {\"firstName\":\"Nombre\"}");
        }
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            ImportField field = ImportField.byKey(entry.getKey());
            if (field == null) {
                throw refused("BAD_MAPPING", "Unknown field '" + entry.getKey() + "' in mapping; the fields are "
                        + ImportField.keys());
            }
            if (entry.getValue().isNull()) {
                excluded.add(field);
            } else if (entry.getValue().isString() && !entry.getValue().asString().isBlank()) {
                explicit.put(field, entry.getValue().asString());
            } else {
                throw refused("BAD_MAPPING", "mapping." + entry.getKey() + " must be a column header or null");
            }
        }
    }

    private static int indexOf(List<String> headers, String wanted) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().equalsIgnoreCase(wanted.strip())) {
                return i;
            }
        }
        return -1;
    }

    static CustomerException refused(String reason, String message) {
        return new CustomerException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", "file", "reason", reason));
    }
}
