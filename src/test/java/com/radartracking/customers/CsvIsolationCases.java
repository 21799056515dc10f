package com.radartracking.customers;

import com.radartracking.isolation.IsolationCase;
import com.radartracking.isolation.IsolationCases;
import com.radartracking.isolation.IsolationWorld;
import com.radartracking.isolation.Planted;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * CSV exports and imports across tenants: B's exports never contain A's customers or visits and refuse
 * A's ids like unknown ones; B's import never matches, completes or credits A's customers (A's stays
 * unchanged, B gets a new one); A's import records are NOT_FOUND for B and absent from B's list.
 */
public class CsvIsolationCases implements IsolationCases {

    private static final String WITNESS = """
            query($id: ID!) { customer(id: $id) { firstName lastName email phone birthday tags source updatedAt
              preferredLocation { id } } }""";

    /** A's customer with contact data, a tag, a location and a visit. */
    private static Planted customerOfA(IsolationWorld world) {
        String location = world.createLocation(world.a(), "A Export Counter");
        String email = world.uniqueEmail("ximena");
        String phone = "+57 302 000 " + (1000 + (int) (Math.random() * 8999));
        String id = world.asA("mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }",
                Map.of("i", Map.of("firstName", "Ximena", "lastName", "Zuluaga", "email", email, "phone", phone,
                        "tags", List.of("a-export-tag"), "preferredLocationId", location))).text("createCustomer.id");
        world.asA("mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }",
                Map.of("i", Map.of("customerId", id, "locationId", location, "amount", "77")));
        return Planted.of(Map.of("id", id, "email", email, "phone", phone, "location", location), id, "Ximena",
                "Zuluaga", email, "a-export-tag", location, "A Export Counter");
    }

    /** A imports one customer; the import's id is the variable. */
    private static Planted importOfA(IsolationWorld world) {
        String email = world.uniqueEmail("yolanda");
        String body = "Nombre,Apellido,Correo\nYolanda,Quiroga," + email + "\n";
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(world.graphQl().baseUrl() + "/api/imports/customers?fileName=a-secret-file.csv"))
                    .header("Authorization", "Bearer " + world.a().adminToken()).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String id = JsonMapper.builder().build().readTree(response.body()).path("id").asString();
            return Planted.id(id, "a-secret-file.csv", email, "Yolanda", "Quiroga");
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<IsolationCase> cases() {
        return List.of(
                IsolationCase.named("customers CSV export: only B's customers")
                        .plant(CsvIsolationCases::customerOfA)
                        .rest("GET", "/api/exports/customers.csv", planted -> "/api/exports/customers.csv", planted -> null, null)
                        .expectNoLeak()
                        .witness(WITNESS),
                IsolationCase.named("customers CSV export: searched and tagged like A's customer")
                        .plant(CsvIsolationCases::customerOfA)
                        .rest("GET", "/api/exports/customers.csv", planted -> "/api/exports/customers.csv?search=ximena&tag=a-export-tag&format=excel",
                                planted -> null, null)
                        .expectNoLeak(),
                IsolationCase.named("customers CSV export: filtered by A's location")
                        .plant(world -> Planted.id(world.createLocation(world.a(), "A Export Place")))
                        .rest("GET", "/api/exports/customers.csv", planted -> "/api/exports/customers.csv?visitedLocationId=" + planted.var("id"),
                                planted -> null, null)
                        .expectNotFound(),
                IsolationCase.named("visits CSV export: only B's visits")
                        .plant(CsvIsolationCases::customerOfA)
                        .rest("GET", "/api/exports/visits.csv", planted -> "/api/exports/visits.csv", planted -> null, null)
                        .expectNoLeak(),
                IsolationCase.named("visits CSV export: filtered by A's customer")
                        .plant(CsvIsolationCases::customerOfA)
                        .rest("GET", "/api/exports/visits.csv", planted -> "/api/exports/visits.csv?customerId=" + planted.var("id"),
                                planted -> null, null)
                        .expectNotFound(),
                IsolationCase.named("visits CSV export: filtered by A's location")
                        .plant(world -> Planted.id(world.createLocation(world.a(), "A Visits Export Place")))
                        .rest("GET", "/api/exports/visits.csv", planted -> "/api/exports/visits.csv?locationId=" + planted.var("id"),
                                planted -> null, null)
                        .expectNotFound(),
                IsolationCase.named("customer CSV import: A's contact data is a new customer in B, A's untouched")
                        .plant(CsvIsolationCases::customerOfA)
                        .rest("POST", "/api/imports/customers", planted -> "/api/imports/customers",
                                planted -> "Nombre,Apellido,Correo,Telefono,Fecha de nacimiento,Etiquetas,Puntos\n"
                                        + "Intrusa,Bermúdez," + planted.var("email") + "," + planted.var("phone")
                                        + ",1990-01-01,b-tag,\n", null, "text/csv")
                        .expectNoLeak()
                        .witness(WITNESS),
                IsolationCase.named("customer import record: read by id")
                        .plant(CsvIsolationCases::importOfA)
                        .attack("query($id: ID!) { customerImport(id: $id) { id fileName status rows errors { row } } }")
                        .expectNotFound(),
                IsolationCase.named("customer import records: list shows only B's")
                        .plant(CsvIsolationCases::importOfA)
                        .attack("{ customerImports(first: 50) { edges { node { id fileName rows } } } }")
                        .expectNoLeak());
    }
}
