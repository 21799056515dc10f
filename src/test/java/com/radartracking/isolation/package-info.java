/**
 * The two-tenant isolation harness: proof that one business can never see, change or use another's
 * records, through the API (GraphQL now, REST later) and through native SQL under row-level security.
 *
 * <h2>How a module adds its cases</h2>
 * <ol>
 *   <li>Write a class implementing {@link com.radartracking.isolation.IsolationCases} with a public
 *       no-argument constructor, in the module's own test package (e.g.
 *       {@code com.radartracking.customers.CustomersIsolationCases}) or here. {@link
 *       com.radartracking.isolation.TenantIsolationIT} finds every implementation under
 *       {@code com.radartracking} on the test classpath: there is no list to edit.</li>
 *   <li>For each operation the module adds, return an {@link com.radartracking.isolation.IsolationCase}:
 *       {@code plant} makes tenant A's record(s) through the API and returns the variables that point at
 *       them plus "markers" (ids, names) that must never reach tenant B; {@code attack} is the document
 *       B's Admin sends with those variables. {@code expectNotFound()} for operations taking an id
 *       (the answer must be NOT_FOUND, exactly what a random unknown id gets, with no data), {@code
 *       expectNoLeak()} for lists and operations scoped to the caller's own business (no error, no
 *       marker anywhere in the answer). {@code witness} re-reads A's record before and after the
 *       attack to prove it is unchanged.</li>
 *   <li>Operations that act for no tenant (sign-up, login, token exchange...) go in
 *       {@link com.radartracking.isolation.IsolationCases#tenantLessOperations()} with the reason.</li>
 *   <li>{@code TenantIsolationIT#everySchemaOperationHasAnIsolationCase} fails the build when a Query or
 *       Mutation field of {@code graphql-schema/} is neither attacked by a case nor listed as tenant-less.</li>
 *   <li>A new tenant table needs nothing here: {@link com.radartracking.isolation.RowLevelSecurityIT}
 *       finds every table with a {@code business_id} column and checks it under RLS (non-tenant tables
 *       must be listed there).</li>
 * </ol>
 *
 * <h2>REST (the mobile shim)</h2>
 * {@code IsolationCase.rest(method, template, pathOf, bodyOf, headersOf)} attacks a REST endpoint over plain
 * HTTP with the headers the case builds from what it planted (an app key, a customer token): {@code
 * expectNotFound()} (404 like an unknown id), {@code expectNoLeak()} (2xx without A's markers) or {@code
 * expectRefused(status)} (e.g. 401, JSON body without A's markers). {@code
 * TenantIsolationIT#everyRestEndpointHasAnIsolationCase} fails the build when an endpoint our controllers
 * map under {@code /api/} has no case (or no entry in {@code tenantLessEndpoints()}). See
 * {@code com.radartracking.mobile.MobileIsolationCases}.
 */
package com.radartracking.isolation;
