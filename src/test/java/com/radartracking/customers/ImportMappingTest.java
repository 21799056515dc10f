package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Header auto-mapping (Spanish, English, the export's own headers), explicit mappings and refusals. */
class ImportMappingTest {

    @Test
    void recognisesSpanishAndEnglishHeadersWhateverTheirSpelling() {
        ImportMapping mapping = ImportMapping.resolve(List.of("Nombre", "APELLIDOS", "Correo Electrónico",
                "Teléfono móvil", "Fecha de nacimiento", "Etiquetas", "Sucursal", "Puntos", "Ciudad"), null);
        assertThat(mapping.describe()).containsExactly(Map.entry("firstName", "Nombre"),
                Map.entry("lastName", "APELLIDOS"), Map.entry("email", "Correo Electrónico"),
                Map.entry("birthday", "Fecha de nacimiento"), Map.entry("tags", "Etiquetas"),
                Map.entry("preferredLocation", "Sucursal"), Map.entry("points", "Puntos"));
        ImportMapping english = ImportMapping.resolve(List.of("First Name", "Last name", "E-mail", "Mobile",
                "Date of birth", "Tags"), null);
        assertThat(english.describe()).containsKeys("firstName", "lastName", "email", "phone", "birthday", "tags");
    }

    @Test
    void theExportsHeadersMapBack() {
        ImportMapping mapping = ImportMapping.resolve(CustomerCsvExport.HEADERS, null);
        assertThat(mapping.describe()).containsExactly(Map.entry("firstName", "first_name"),
                Map.entry("lastName", "last_name"), Map.entry("email", "email"), Map.entry("phone", "phone"),
                Map.entry("birthday", "birthday"), Map.entry("tags", "tags"),
                Map.entry("preferredLocation", "preferred_location"), Map.entry("pushConsent", "push_consent"),
                Map.entry("locationConsent", "location_consent"), Map.entry("marketingConsent", "marketing_consent"));
    }

    @Test
    void aLoneNameColumnHoldsTheFullName() {
        assertThat(ImportMapping.resolve(List.of("Nombre", "Celular"), null).describe())
                .containsExactly(Map.entry("fullName", "Nombre"), Map.entry("phone", "Celular"));
        assertThat(ImportMapping.resolve(List.of("Nombre", "Celular"), "{\"firstName\":\"Nombre\"}").describe())
                .containsExactly(Map.entry("firstName", "Nombre"), Map.entry("phone", "Celular"));
    }

    @Test
    void explicitMappingWinsAndNullLeavesAFieldOut() {
        ImportMapping mapping = ImportMapping.resolve(List.of("Cliente", "Mail principal", "Teléfono", "Saldo"),
                "{\"fullName\":\"cliente\",\"email\":\"Mail principal\",\"phone\":null,\"points\":null}");
        assertThat(mapping.describe()).containsExactly(Map.entry("fullName", "Cliente"),
                Map.entry("email", "Mail principal"));
    }

    @Test
    void refusesMissingColumnsAndBadMappings() {
        assertThatThrownBy(() -> ImportMapping.resolve(List.of("Ciudad", "Correo"), null))
                .isInstanceOf(CustomerException.class).hasMessageContaining("a name (firstName or fullName)")
                .hasMessageContaining("[Ciudad, Correo]");
        assertThatThrownBy(() -> ImportMapping.resolve(List.of("Nombre"), null))
                .hasMessageContaining("an email or a phone");
        assertThatThrownBy(() -> ImportMapping.resolve(List.of("Nombre", "Correo"), "{\"email\":\"Mail\"}"))
                .hasMessageContaining("'Mail' (mapped to email)");
        assertThatThrownBy(() -> ImportMapping.resolve(List.of("Nombre", "Correo"), "{\"age\":\"Edad\"}"))
                .hasMessageContaining("Unknown field 'age'");
        assertThatThrownBy(() -> ImportMapping.resolve(List.of("Nombre", "Correo"), "not json"))
                .hasMessageContaining("JSON object");
        assertThatThrownBy(() -> ImportMapping.resolve(List.of("Nombre", "Correo"), "{\"email\":3}"))
                .hasMessageContaining("mapping.email");
    }
}
