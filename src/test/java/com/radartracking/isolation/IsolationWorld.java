package com.radartracking.isolation;

import com.radartracking.support.ApiIntegrationTest.Member;
import com.radartracking.support.GraphQlClient;
import com.radartracking.support.GraphQlResponse;
import com.radartracking.support.TenantFixture;
import java.util.List;
import java.util.Map;

/**
 * Two freshly signed-up businesses, A (the victim, whose records cases plant) and B (the attacker),
 * and helpers to plant records through the public API. Each case gets a new world.
 */
public interface IsolationWorld {

    TenantFixture a();

    TenantFixture b();

    /** A's business name: unique per world, so it doubles as a marker. */
    String aName();

    GraphQlClient graphQl();

    /** Runs {@code document} as A's Admin and asserts it succeeded. */
    GraphQlResponse asA(String document, Map<String, ?> variables);

    /** Runs {@code document} as B's Admin and asserts it succeeded. */
    GraphQlResponse asB(String document, Map<String, ?> variables);

    /** Creates a location in {@code tenant}; returns its id. */
    String createLocation(TenantFixture tenant, String name);

    /** Invites and accepts a member of {@code tenant}. */
    Member addMember(TenantFixture tenant, String role, List<String> locationIds);

    String uniqueEmail(String who);

    /** A bean of the application under test (e.g. a development stand-in that remembers what it sent). */
    <T> T bean(Class<T> type);
}
