package com.radartracking.customers;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * What a column of an imported file can hold, with the header names recognised without a mapping, in
 * Spanish and English, compared without case, accents, spaces or punctuation ("Correo electrónico" =
 * "correoelectronico"). The export's own headers are among them, so an export imports back as it is.
 */
enum ImportField {
    FIRST_NAME("firstName", "firstname", "nombre", "nombres", "primernombre", "name", "givenname"),
    LAST_NAME("lastName", "lastname", "apellido", "apellidos", "surname", "familyname"),
    FULL_NAME("fullName", "fullname", "nombrecompleto", "nombreyapellido", "nombreyapellidos", "cliente",
            "customer", "customername", "nombrecliente"),
    EMAIL("email", "email", "correo", "correoelectronico", "mail", "emailaddress", "ecorreo"),
    PHONE("phone", "phone", "telefono", "tel", "celular", "movil", "mobile", "whatsapp", "phonenumber",
            "numerodetelefono", "cel"),
    BIRTHDAY("birthday", "birthday", "birthdate", "dateofbirth", "dob", "fechadenacimiento", "cumpleanos",
            "nacimiento", "fechanacimiento"),
    TAGS("tags", "tags", "tag", "etiquetas", "etiqueta", "segmento", "segmentos"),
    PREFERRED_LOCATION("preferredLocation", "preferredlocation", "location", "sede", "sucursal", "local",
            "ubicacion", "tienda", "store", "sedepreferida"),
    POINTS("points", "points", "puntos", "pointsbalance", "saldopuntos", "saldodepuntos", "saldo"),
    STAMPS("stamps", "stamps", "sellos", "stampsbalance", "saldosellos"),
    PUSH_CONSENT("pushConsent", "pushconsent", "consentimientopush", "aceptapush", "aceptanotificaciones",
            "notificacionespush"),
    LOCATION_CONSENT("locationConsent", "locationconsent", "consentimientoubicacion", "aceptaubicacion"),
    MARKETING_CONSENT("marketingConsent", "marketingconsent", "consentimientomarketing", "aceptamarketing",
            "autorizamarketing", "habeasdata", "aceptapublicidad");

    private final String key;
    private final List<String> headers;

    ImportField(String key, String... headers) {
        this.key = key;
        this.headers = List.of(headers);
    }

    /** The name used in the mapping parameter and in the report. */
    String key() {
        return key;
    }

    boolean recognises(String header) {
        return headers.contains(normalise(header));
    }

    static ImportField byKey(String key) {
        for (ImportField field : values()) {
            if (field.key.equalsIgnoreCase(key.trim())) {
                return field;
            }
        }
        return null;
    }

    static List<String> keys() {
        return java.util.Arrays.stream(values()).map(ImportField::key).toList();
    }

    /** Lower-case ASCII letters and digits only: "Teléfono móvil" and "telefono_movil" compare equal. */
    static String normalise(String header) {
        String ascii = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
