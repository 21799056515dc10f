package com.radartracking.isolation;

import com.radartracking.support.GraphQlResponse;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One attempt by tenant B on something tenant A planted. Built fluently:
 *
 * <pre>{@code
 * IsolationCase.named("location: read by id")
 *     .plant(world -> Planted.id(world.createLocation(world.a(), "Secret Norte"), "Secret Norte"))
 *     .attack("query($id: ID!) { location(id: $id) { id name } }")
 *     .expectNotFound()
 * }</pre>
 */
public final class IsolationCase {

    /** What B must get back. */
    public enum Expectation {
        /** An error with the expected code (NOT_FOUND by default), the same as for an unknown id; no data. */
        NOT_FOUND,
        /** A normal answer from B's own business that contains none of A's markers. */
        NO_LEAK,
        /** REST only: refused with the expected status and a JSON error body, free of A's markers. */
        REFUSED
    }

    /**
     * A REST request B sends, built from what was planted. {@code endpoint} is the mapping it covers
     * ({@code "GET /api/mobile/v1/me"}), null for a request that covers none; {@code headers}, when given,
     * replace the default {@code Authorization: Bearer <attacker token>}; {@code contentType} of the body
     * (JSON unless said otherwise, e.g. text/csv).
     */
    public record HttpAttack(String method, Function<Planted, String> path, Function<Planted, String> body,
            String endpoint, Function<Planted, Map<String, String>> headers, String contentType) {
    }

    private final String name;
    private Function<IsolationWorld, Planted> plant = world -> Planted.markersOnly();
    private String document;
    private HttpAttack http;
    private Expectation expectation;
    private String expectedCode = "NOT_FOUND";
    private int expectedStatus = 404;
    private Function<IsolationWorld, String> attacker = world -> world.b().adminToken();
    private String witness;
    private BiConsumer<Planted, GraphQlResponse> check = (planted, response) -> { };

    private IsolationCase(String name) {
        this.name = name;
    }

    public static IsolationCase named(String name) {
        return new IsolationCase(name);
    }

    /** Creates A's record(s) through the API; returns the attack's variables and the markers. */
    public IsolationCase plant(Function<IsolationWorld, Planted> plant) {
        this.plant = plant;
        return this;
    }

    /** The GraphQL document B sends, with the planted variables. Its root fields are what it covers. */
    public IsolationCase attack(String document) {
        this.document = document;
        return this;
    }

    /**
     * A REST request instead of a GraphQL document: with {@code expectNotFound()} it must answer 404 with
     * a JSON error body; with {@code expectNoLeak()} a 2xx whose body (JSON, CSV...) has none of A's markers.
     */
    public IsolationCase http(String method, Function<Planted, String> path, Function<Planted, String> body) {
        this.http = new HttpAttack(method, path, body, null, null, "application/json");
        return this;
    }

    /**
     * A REST request to the endpoint mapped at {@code template} (what the case covers, e.g.
     * {@code /api/mobile/v1/me/visits}); {@code path} may add ids or a query string. Sent with the
     * {@code headers} built from what was planted (an app key, a customer token...).
     */
    public IsolationCase rest(String method, String template, Function<Planted, String> path,
            Function<Planted, String> body, Function<Planted, Map<String, String>> headers) {
        this.http = new HttpAttack(method, path, body, method + " " + template, headers, "application/json");
        return this;
    }

    /** REST only: B must be refused with {@code status} (e.g. 401) and a JSON error body. */
    public IsolationCase expectRefused(int status) {
        this.expectation = Expectation.REFUSED;
        this.expectedStatus = status;
        return this;
    }

    /** {@link #rest(String, String, Function, Function, Function)} with a body of another content type (text/csv). */
    public IsolationCase rest(String method, String template, Function<Planted, String> path,
            Function<Planted, String> body, Function<Planted, Map<String, String>> headers, String contentType) {
        this.http = new HttpAttack(method, path, body, method + " " + template, headers, contentType);
        return this;
    }

    public IsolationCase expectNotFound() {
        this.expectation = Expectation.NOT_FOUND;
        return this;
    }

    /**
     * Like {@link #expectNotFound()} with another code, for inputs that reference a record (e.g. a list of
     * location ids) where the module answers BAD_USER_INPUT. Still must equal the unknown-id answer.
     */
    public IsolationCase expectRejectedAs(String code) {
        this.expectation = Expectation.NOT_FOUND;
        this.expectedCode = code;
        return this;
    }

    public IsolationCase expectNoLeak() {
        this.expectation = Expectation.NO_LEAK;
        return this;
    }

    /** Who attacks; B's Admin by default (the most privileged user of B). */
    public IsolationCase attacker(Function<IsolationWorld, String> tokenOf) {
        this.attacker = tokenOf;
        return this;
    }

    /** A document A runs (with the planted variables) before and after the attack; answers must be equal. */
    public IsolationCase witness(String document) {
        this.witness = document;
        return this;
    }

    /** An extra assertion on B's answer (e.g. a count that must not include A's rows). */
    public IsolationCase check(BiConsumer<Planted, GraphQlResponse> check) {
        this.check = check;
        return this;
    }

    IsolationCase validated() {
        Objects.requireNonNull(expectation, name + ": say expectNotFound(), expectRejectedAs() or expectNoLeak()");
        if ((document == null) == (http == null)) {
            throw new IllegalStateException(name + ": give exactly one of attack(document) or http(...)");
        }
        if (expectation == Expectation.REFUSED && http == null) {
            throw new IllegalStateException(name + ": expectRefused() is for REST attacks");
        }
        return this;
    }

    public String name() {
        return name;
    }

    Function<IsolationWorld, Planted> planter() {
        return plant;
    }

    String document() {
        return document;
    }

    HttpAttack httpAttack() {
        return http;
    }

    Expectation expectation() {
        return expectation;
    }

    String expectedCode() {
        return expectedCode;
    }

    int expectedStatus() {
        return expectedStatus;
    }

    Function<IsolationWorld, String> attackerToken() {
        return attacker;
    }

    String witnessDocument() {
        return witness;
    }

    BiConsumer<Planted, GraphQlResponse> extraCheck() {
        return check;
    }

    /** {@code "GET /api/mobile/v1/me"}: the REST endpoint the attack reaches, if any. */
    Set<String> coversEndpoints() {
        return http == null || http.endpoint() == null ? Set.of() : Set.of(http.endpoint());
    }

    /** {@code "Query.location"}, {@code "Mutation.updateLocation"}: the root fields the attack reaches. */
    Set<String> covers() {
        return document == null ? Set.of() : SchemaOperations.rootFieldsOf(document);
    }

    @Override
    public String toString() {
        return name;
    }
}
