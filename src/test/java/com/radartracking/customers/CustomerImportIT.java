package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.TenantFixture;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * POST /api/imports/customers: header auto-mapping (Spanish and English) and explicit mapping, the per-row
 * report, dedup against the business and within the file, idempotent re-runs, keep-valid against
 * all-or-nothing, dry runs, and the whole-file refusals (encoding, structure, columns, size, role).
 */
class CustomerImportIT extends CustomerApiTest {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Autowired
    private TransactionTemplate transactions;

    private CsvHttp http;

    @BeforeEach
    void client() {
        http = new CsvHttp("http://127.0.0.1:" + port);
    }

    CsvHttp.Answer post(TenantFixture tenant, String query, byte[] body) {
        return http.post("/api/imports/customers" + (query.isEmpty() ? "" : "?" + query), tenant.adminToken(),
                "text/csv", body);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] withBom(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(utf8(text));
        return out.toByteArray();
    }

    @Test
    void spanishHeadersKeepValidRowsReportTheOthersAndDedup() {
        TenantFixture tenant = signUpBusiness("Importadora Café");
        createLocation(tenant.adminToken(), "Sede Norte", 4.7, -74.05);
        String known = createCustomer(tenant.adminToken(), "Beatriz", Map.of("email", "bea@correo.example"));
        String csv = """
                Nombre;Apellido;Correo electrónico;Teléfono;Fecha de nacimiento;Etiquetas;Sede;Notas
                Ana María;Gómez;ANA@correo.example;300 123 4567;21/04/1990;vip, café;sede norte;x
                Beatriz;Ruiz;bea@correo.example;;1985-02-03;frecuente;;
                Carlos;;no-es-un-correo;;;;;
                ;Sin Nombre;sin.nombre@correo.example;;;;;
                Diana;;;;;;;
                Elena;;elena@correo.example;;31/02/1990;;Sede Sur;
                ;;;;;;;
                Ana;Gómez Duplicada;ana@correo.example;;;nuevo;;
                "=Fórmula";"Con ""comillas""; y punto y coma";;'+573109998877;;;;
                """;
        CsvHttp.Answer answer = post(tenant, "fileName=clientes.csv", withBom(csv));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(report.path("status").asString()).isEqualTo("COMPLETED_WITH_ERRORS");
        assertThat(report.path("written").asBoolean()).isTrue();
        assertThat(report.path("file").path("encoding").asString()).isEqualTo("UTF-8");
        assertThat(report.path("file").path("delimiter").asString()).isEqualTo(";");
        assertThat(report.path("mapping").toString()).contains("\"firstName\":\"Nombre\"", "\"lastName\":\"Apellido\"",
                "\"email\":\"Correo electrónico\"", "\"phone\":\"Teléfono\"", "\"birthday\":\"Fecha de nacimiento\"",
                "\"tags\":\"Etiquetas\"", "\"preferredLocation\":\"Sede\"");
        assertThat(report.path("rows").asLong()).isEqualTo(8);
        assertThat(report.path("blankRows").asLong()).isEqualTo(1);
        assertThat(report.path("created").asLong()).as(report.toString()).isEqualTo(2); // Ana María, =Fórmula
        assertThat(report.path("updated").asLong()).isEqualTo(2); // Beatriz completed, Ana's duplicate row
        assertThat(report.path("errorRows").asLong()).isEqualTo(4);
        assertThat(errors(report)).containsExactlyInAnyOrder(
                "4 email Correo electrónico INVALID_EMAIL", "5 firstName Nombre NAME_REQUIRED",
                "6 email Correo electrónico CONTACT_REQUIRED", "7 birthday Fecha de nacimiento INVALID_BIRTHDAY",
                "7 preferredLocation Sede UNKNOWN_LOCATION");
        assertThat(report.toString()).doesNotContain("no-es-un-correo", "sin.nombre@correo.example");

        JsonNode ana = findByEmail(tenant, "ana@correo.example");
        assertThat(ana.path("firstName").asString()).isEqualTo("Ana María");
        assertThat(ana.path("lastName").asString()).isEqualTo("Gómez");
        assertThat(ana.path("phone").asString()).isEqualTo("+573001234567");
        assertThat(ana.path("birthday").asString()).isEqualTo("1990-04-21");
        assertThat(ana.path("source").asString()).isEqualTo("IMPORT");
        assertThat(ana.path("preferredLocation").path("name").asString()).isEqualTo("Sede Norte");
        assertThat(texts(ana.path("tags"))).containsExactlyInAnyOrder("vip", "café", "nuevo");
        JsonNode bea = findByEmail(tenant, "bea@correo.example");
        assertThat(bea.path("id").asString()).isEqualTo(known);
        assertThat(bea.path("lastName").asString()).isEqualTo("Ruiz");
        assertThat(bea.path("birthday").asString()).isEqualTo("1985-02-03");
        assertThat(bea.path("source").asString()).isEqualTo("PANEL");
        JsonNode formula = findByPhone(tenant, "+573109998877");
        assertThat(formula.path("firstName").asString()).isEqualTo("=Fórmula");
        assertThat(formula.path("lastName").asString()).isEqualTo("Con \"comillas\"; y punto y coma");
        assertThat(count(tenant)).isEqualTo(3);

        // The same file again: nothing new, nothing changed.
        JsonNode again = post(tenant, "", withBom(csv)).json();
        assertThat(again.path("created").asLong()).isZero();
        assertThat(again.path("updated").asLong()).isZero();
        assertThat(again.path("unchanged").asLong()).isEqualTo(4);
        assertThat(count(tenant)).isEqualTo(3);

        JsonNode stored = graphQl.execute(tenant.adminToken(), """
                query($id: ID!) { customerImport(id: $id) { id fileName status mode dryRun written outcome rows created
                  updated unchanged errorRows blankRows balancesAlreadyCarriedOver errorCount errorsTruncated errors { row field column code message }
                  errorsByCode { code count } mapping { field column } encoding delimiter fileSha256 startedByUserId
                  startedAt finishedAt } }""", Map.of("id", report.path("id").asString())).ok()
                .body().path("data").path("customerImport");
        assertThat(stored.path("fileName").asString()).isEqualTo("clientes.csv");
        assertThat(stored.path("status").asString()).isEqualTo("COMPLETED_WITH_ERRORS");
        assertThat(stored.path("created").asInt()).isEqualTo(2);
        assertThat(stored.path("errors")).hasSize(5);
        assertThat(stored.path("blankRows").asInt()).isEqualTo(1);
        assertThat(stored.path("errorsByCode").toString()).contains("{\"code\":\"INVALID_BIRTHDAY\",\"count\":1}");
        assertThat(stored.path("mapping").path(0).toString()).isEqualTo("{\"field\":\"firstName\",\"column\":\"Nombre\"}");
        assertThat(stored.path("startedByUserId").asString()).isEqualTo(tenant.adminUserId().toString());
        assertThat(stored.path("fileSha256").asString()).isEqualTo(again.path("file").path("sha256").asString());
        JsonNode list = graphQl.execute(tenant.adminToken(),
                "{ customerImports(first: 10) { edges { node { id created } } pageInfo { hasNextPage } } }").ok()
                .body().path("data").path("customerImports");
        assertThat(list.path("edges")).hasSize(2);
        assertThat(list.path("edges").path(0).path("node").path("id").asString()).isEqualTo(again.path("id").asString());
        assertThat(logged(tenant, "customers.imported")).isEqualTo(2);
    }

    @Test
    void allOrNothingWritesNothingWhenARowFailsAndDryRunsNeverWrite() {
        TenantFixture tenant = signUpBusiness("Todo o Nada");
        String good = "first_name,last_name,email,phone\nAna,Uno,ana1@x.example,\nBea,Dos,,3001112233\n";
        String bad = good + "Carla,Tres,not-an-email,\n";

        JsonNode rolledBack = post(tenant, "mode=all-or-nothing", utf8(bad)).json();
        assertThat(rolledBack.path("status").asString()).isEqualTo("ROLLED_BACK");
        assertThat(rolledBack.path("written").asBoolean()).isFalse();
        assertThat(rolledBack.path("created").asLong()).isEqualTo(2);
        assertThat(rolledBack.path("outcome").asString()).startsWith("Nothing was written: 1 rows");
        assertThat(count(tenant)).isZero();

        JsonNode dry = post(tenant, "dryRun=true", utf8(bad)).json();
        assertThat(dry.path("status").asString()).isEqualTo("VALIDATED");
        assertThat(dry.path("created").asLong()).isEqualTo(2);
        assertThat(dry.path("errorRows").asLong()).isEqualTo(1);
        assertThat(count(tenant)).isZero();

        JsonNode committed = post(tenant, "mode=all_or_nothing", utf8(good)).json();
        assertThat(committed.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(committed.path("written").asBoolean()).isTrue();
        assertThat(count(tenant)).isEqualTo(2);
    }

    @Test
    void explicitMappingInAMultipartFormAndNameColumnsReadAsFullNames() {
        TenantFixture tenant = signUpBusiness("Mapeo Café");
        String csv = "Cliente\tContacto\tTel\tEtiqueta\nLuisa Fernanda Ríos\tluisa@x.example\t3005556677\tvip|nuevo\n";
        String mapping = "{\"fullName\":\"Cliente\",\"email\":\"Contacto\",\"phone\":null,\"tags\":\"Etiqueta\"}";
        String boundary = "----radar" + System.nanoTime();
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n" + mapping
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lista.tsv\"\r\n"
                + "Content-Type: text/tab-separated-values\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        CsvHttp.Answer answer = http.post("/api/imports/customers", tenant.adminToken(),
                "multipart/form-data; boundary=" + boundary, utf8(form));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(report.path("file").path("name").asString()).isEqualTo("lista.tsv");
        assertThat(report.path("file").path("delimiter").asString()).isEqualTo("tab");
        assertThat(report.path("mapping").toString()).isEqualTo(
                "{\"fullName\":\"Cliente\",\"email\":\"Contacto\",\"tags\":\"Etiqueta\"}");
        JsonNode luisa = findByEmail(tenant, "luisa@x.example");
        assertThat(luisa.path("firstName").asString()).isEqualTo("Luisa");
        assertThat(luisa.path("lastName").asString()).isEqualTo("Fernanda Ríos");
        assertThat(luisa.path("phone").isNull()).isTrue();
        assertThat(texts(luisa.path("tags"))).containsExactly("vip", "nuevo");

        // "Nombre" alone is the full name.
        post(tenant, "", utf8("Nombre,Correo\nPedro Pablo Pérez,pedro@x.example\n"));
        assertThat(findByEmail(tenant, "pedro@x.example").path("lastName").asString()).isEqualTo("Pablo Pérez");
    }

    @Test
    void anExportImportsBackUnchanged() {
        TenantFixture tenant = signUpBusiness("Ida y Vuelta");
        String norte = createLocation(tenant.adminToken(), "Norte", 4.7, -74.05);
        createCustomer(tenant.adminToken(), "=Ana", Map.of("lastName", "Gómez", "phone", "+57 300 123 4567",
                "tags", List.of("vip"), "preferredLocationId", norte, "birthday", "1990-04-21",
                "consents", Map.of("push", true, "marketing", false, "source", "APP")));
        byte[] exported = http.get("/api/exports/customers.csv?format=excel", tenant.adminToken()).body();
        TenantFixture other = signUpBusiness("Destino");
        createLocation(other.adminToken(), "Norte", 4.7, -74.05);
        JsonNode report = post(other, "", exported).json();
        assertThat(report.path("created").asLong()).as(report.toString()).isEqualTo(1);
        assertThat(report.path("errorRows").asLong()).isZero();
        JsonNode ana = findByPhone(other, "+573001234567");
        assertThat(ana.path("firstName").asString()).isEqualTo("=Ana");
        assertThat(ana.path("birthday").asString()).isEqualTo("1990-04-21");
        assertThat(ana.path("preferredLocation").path("name").asString()).isEqualTo("Norte");
        assertThat(texts(ana.path("tags"))).containsExactly("vip");
        assertThat(ana.path("consents").toString()).contains(
                "{\"type\":\"PUSH\",\"granted\":true,\"source\":\"IMPORT\"",
                "{\"type\":\"LOCATION\",\"granted\":null", "{\"type\":\"MARKETING\",\"granted\":false,\"source\":\"IMPORT\"");

        // A known customer's answers are never replaced by a file's.
        JsonNode again = post(other, "", utf8("Nombre,Teléfono,Acepta marketing\nAna,+573001234567,sí\n")).json();
        assertThat(again.path("unchanged").asLong()).as(again.toString()).isEqualTo(1);
        assertThat(findByPhone(other, "+573001234567").path("consents").toString())
                .contains("{\"type\":\"MARKETING\",\"granted\":false");
        JsonNode bad = post(other, "", utf8("Nombre,Correo,Acepta marketing\nEva,eva@x.example,quizás\n")).json();
        assertThat(errors(bad)).containsExactly("2 marketingConsent Acepta marketing INVALID_CONSENT");
    }

    @Test
    void wrongEncodingIsRefusedWithItsLineOrReadAsWindows1252WhenAuto() {
        TenantFixture tenant = signUpBusiness("Codificación");
        byte[] latin1 = "Nombre,Apellido,Correo\nJosé,Peña,jose@x.example\nAna,Muñoz,ana@x.example\n"
                .getBytes(Charset.forName("windows-1252"));
        CsvHttp.Answer refused = post(tenant, "charset=utf-8", latin1);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("BAD_USER_INPUT");
        JsonNode error = refused.json().path("errors").path(0);
        assertThat(error.path("extensions").path("reason").asString()).isEqualTo("ENCODING");
        assertThat(error.path("extensions").path("line").asInt()).isEqualTo(2);
        assertThat(error.path("message").asString()).contains("not valid UTF-8", "0xE9", "line 2", "windows-1252",
                "Nothing was imported");
        assertThat(count(tenant)).isZero();

        JsonNode auto = post(tenant, "", latin1).json();
        assertThat(auto.path("file").path("encoding").asString()).isEqualTo("windows-1252");
        assertThat(auto.path("file").path("encodingDetected").asBoolean()).isTrue();
        assertThat(auto.path("notes").toString()).contains("windows-1252");
        assertThat(findByEmail(tenant, "jose@x.example").path("lastName").asString()).isEqualTo("Peña");

        CsvHttp.Answer declared = http.post("/api/imports/customers", tenant.adminToken(),
                "text/csv; charset=windows-1252", latin1);
        assertThat(declared.json().path("file").path("encoding").asString()).isEqualTo("windows-1252");
        assertThat(declared.json().path("file").path("encodingDetected").asBoolean()).isFalse();
        assertThat(declared.json().path("unchanged").asLong()).isEqualTo(2);

        byte[] utf16 = "\uFEFFNombre\tCorreo\nÑoño\tnono@x.example\n".getBytes(StandardCharsets.UTF_16LE);
        JsonNode fromUtf16 = post(tenant, "", utf16).json();
        assertThat(fromUtf16.path("file").path("encoding").asString()).isEqualTo("UTF-16LE");
        assertThat(findByEmail(tenant, "nono@x.example").path("firstName").asString()).isEqualTo("Ñoño");
    }

    @Test
    void wholeFileProblemsAreClearFourHundredsAndWriteNothing() {
        TenantFixture tenant = signUpBusiness("Rechazos");
        assertRefused(tenant, "", utf8("Nombre,Ciudad\nAna,Bogotá\n"), 400, "MISSING_COLUMNS", "an email or a phone");
        assertRefused(tenant, "", utf8("Correo,Ciudad\na@x.example,Bogotá\n"), 400, "MISSING_COLUMNS", "a name");
        assertRefused(tenant, "mapping=" + enc("{\"email\":\"Mail\"}"), utf8("Nombre,Correo\nAna,a@x.example\n"), 400,
                "MISSING_COLUMNS", "'Mail'");
        assertRefused(tenant, "mapping=" + enc("{\"colour\":\"Nombre\"}"), utf8("Nombre,Correo\n"), 400,
                "BAD_MAPPING", "colour");
        assertRefused(tenant, "mapping=" + enc("[1]"), utf8("Nombre,Correo\n"), 400, "BAD_MAPPING", "JSON object");
        assertRefused(tenant, "", new byte[0], 400, "EMPTY_FILE", "empty");
        assertRefused(tenant, "", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, 400, "NOT_CSV", "xlsx");
        assertRefused(tenant, "", utf8("Nombre,Correo\nAna,a@x.example\n\"Bea,b@x.example\n"), 400, "BROKEN_CSV",
                "line 3");
        assertRefused(tenant, "", utf8("Nombre,Correo,Puntos,Sellos\nAna,a@x.example,10,2\n"), 400, null,
                "stampsProgramId");
        assertRefused(tenant, "mode=sometimes", utf8("Nombre,Correo\n"), 400, null, "keep-valid");
        assertRefused(tenant, "charset=ebcdic", utf8("Nombre,Correo\n"), 400, null, "charset");

        byte[] tooLarge = new byte[8 * 1024 * 1024 + 10];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        CsvHttp.Answer large = http.postChunked("/api/imports/customers", tenant.adminToken(), "text/csv", tooLarge);
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.code()).isEqualTo("PAYLOAD_TOO_LARGE");

        byte[] largeForm = new byte[8 * 1024 * 1024 + 200];
        java.util.Arrays.fill(largeForm, (byte) 'a');
        byte[] head = utf8("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n");
        System.arraycopy(head, 0, largeForm, 0, head.length);
        CsvHttp.Answer largeMultipart = http.postChunked("/api/imports/customers", tenant.adminToken(),
                "multipart/form-data; boundary=b", largeForm);
        assertThat(largeMultipart.status()).as(largeMultipart.text()).isEqualTo(413);
        assertThat(largeMultipart.code()).isEqualTo("PAYLOAD_TOO_LARGE");

        String place = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        String staff = addMember(tenant.adminToken(), "STAFF", List.of(place)).accessToken();
        CsvHttp.Answer forbidden = http.post("/api/imports/customers", staff, "text/csv", utf8("Nombre,Correo\n"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.code()).isEqualTo("FORBIDDEN");
        CsvHttp.Answer brokenForm = http.post("/api/imports/customers", tenant.adminToken(),
                "multipart/form-data; boundary=nothing-like-this", utf8("--other\r\nhello"));
        assertThat(brokenForm.status()).as(brokenForm.text()).isEqualTo(400);
        assertThat(brokenForm.header("Content-Type")).contains("json");
        CsvHttp.Answer noFile = http.post("/api/imports/customers", tenant.adminToken(),
                "multipart/form-data; boundary=b", utf8("--b\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\n"
                        + "keep-valid\r\n--b--\r\n"));
        assertThat(noFile.status()).as(noFile.text()).isEqualTo(400);
        assertThat(noFile.text()).contains("'file'");
        CsvHttp.Answer json = http.post("/api/imports/customers", tenant.adminToken(), "application/json", utf8("{}"));
        assertThat(json.status()).isEqualTo(415);
        assertThat(count(tenant)).isZero();
        assertThat(logged(tenant, "customers.imported")).isZero();
    }

    @Test
    void aHundredThousandBadRowsGiveACappedReport() {
        TenantFixture tenant = signUpBusiness("Cien Mil");
        StringBuilder csv = new StringBuilder("Nombre,Correo,Teléfono\n");
        for (int i = 1; i <= 100_000; i++) {
            csv.append("Cliente ").append(i).append(",correo-malo-").append(i).append(",\n");
        }
        csv.append("Válida,valida@x.example,\n");
        byte[] file = utf8(csv.toString());

        JsonNode keep = post(tenant, "", file).json();
        assertThat(keep.path("status").asString()).isEqualTo("COMPLETED_WITH_ERRORS");
        assertThat(keep.path("rows").asLong()).isEqualTo(100_001);
        assertThat(keep.path("errorRows").asLong()).isEqualTo(100_000);
        assertThat(keep.path("errorCount").asLong()).isEqualTo(100_000);
        assertThat(keep.path("errors")).hasSize(1000);
        assertThat(keep.path("errorsTruncated").asBoolean()).isTrue();
        assertThat(keep.path("errorsByCode").path("INVALID_EMAIL").asLong()).isEqualTo(100_000);
        assertThat(keep.path("errors").path(999).path("row").asLong()).isEqualTo(1001);
        assertThat(keep.path("created").asLong()).isEqualTo(1);
        assertThat(count(tenant)).isEqualTo(1);

        JsonNode none = post(tenant, "mode=all-or-nothing", file).json();
        assertThat(none.path("status").asString()).isEqualTo("ROLLED_BACK");
        assertThat(none.path("errors")).hasSize(1000);
        assertThat(count(tenant)).isEqualTo(1);
    }

    @Test
    void balancesWithoutAProgramAreRowErrorsAndThoseRowsAreNotWritten() {
        TenantFixture tenant = signUpBusiness("Sin Programa");
        JsonNode report = post(tenant, "", utf8("Nombre,Correo,Puntos\nAna,ana@x.example,120\nBea,bea@x.example,\n"
                + "Carla,carla@x.example,0\n")).json();
        assertThat(report.path("status").asString()).as(report.toString()).isEqualTo("COMPLETED_WITH_ERRORS");
        assertThat(report.path("created").asLong()).isEqualTo(2);
        assertThat(errors(report)).containsExactly("2 points Puntos NO_LOYALTY_PROGRAM");
        assertThat(report.path("notes").toString()).contains("Opening balances were not taken");
        assertThat(count(tenant)).isEqualTo(2);
    }

    private void assertRefused(TenantFixture tenant, String query, byte[] body, int status, String reason,
            String mention) {
        CsvHttp.Answer answer = post(tenant, query, body);
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).contains("json");
        if (reason != null) {
            assertThat(answer.json().path("errors").path(0).path("extensions").path("reason").asString())
                    .isEqualTo(reason);
        }
        assertThat(answer.text()).contains(mention);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static List<String> errors(JsonNode report) {
        List<String> errors = new java.util.ArrayList<>();
        report.path("errors").forEach(e -> errors.add(e.path("row").asLong() + " " + e.path("field").asString() + " "
                + e.path("column").asString() + " " + e.path("code").asString()));
        return errors;
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private JsonNode findByEmail(TenantFixture tenant, String email) {
        return find(tenant, email);
    }

    private JsonNode findByPhone(TenantFixture tenant, String phone) {
        return find(tenant, phone);
    }

    private JsonNode find(TenantFixture tenant, String search) {
        JsonNode edges = graphQl.execute(tenant.adminToken(), "query($s: String) { customers(first: 5, filter:"
                + " {search: $s}) { edges { node { " + CUSTOMER_FIELDS + " } } } }", Map.of("s", search)).ok()
                .body().path("data").path("customers").path("edges");
        assertThat(edges).as("customers matching " + search).hasSize(1);
        return edges.path(0).path("node");
    }

    private int count(TenantFixture tenant) {
        return graphQl.execute(tenant.adminToken(), "{ customers { totalCount } }").ok().body().path("data")
                .path("customers").path("totalCount").asInt();
    }

    private int logged(TenantFixture tenant, String action) {
        return TenantContext.callAs(tenant.businessId(), () -> transactions.execute(status -> jdbc.queryForObject(
                "select count(*) from activity_logs where business_id = ? and action = ?", Integer.class,
                tenant.businessId(), action)));
    }
}
