package com.radartracking.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions after login: refresh-token rotation and theft detection (also under concurrent use), logout
 * ending both the refresh token and the session's access tokens, and the revocation cut-off (taken at
 * commit, in milliseconds).
 */
class SessionsIT extends ApiIntegrationTest {

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private TokenRevocations revocations;

    private IdentityApi api;

    @BeforeEach
    void api() {
        api = new IdentityApi(graphQl);
    }

    @Test
    void refreshRotatesTheRefreshTokenAndIssuesAWorkingAccessToken() {
        IdentityApi.Session first = api.signUpOk("Rotation");

        IdentityApi.Session second = api.refreshOk(first.refreshToken());
        IdentityApi.Session third = api.refreshOk(second.refreshToken());

        assertThat(List.of(first.refreshToken(), second.refreshToken(), third.refreshToken())).doesNotHaveDuplicates();
        assertThat(third.userId()).isEqualTo(first.userId());
        assertThat(third.businessId()).isEqualTo(first.businessId());
        assertThat(api.me(third.accessToken()).ok().text("me.user.role")).isEqualTo("ADMIN");
        assertThat(familySize(third)).isEqualTo(3);
    }

    @Test
    void aUsedRefreshTokenIsRefusedAndItsReuseEndsTheWholeSession() {
        IdentityApi.Session stolen = api.signUpOk("Theft");
        IdentityApi.Session otherDevice = api.loginOk(stolen.email(), PASSWORD);
        IdentityApi.Session rotated = api.refreshOk(stolen.refreshToken());

        GraphQlResponse reuse = api.refresh(stolen.refreshToken()).failsWith("UNAUTHENTICATED");
        assertThat(reuse.firstError().path("extensions").path("reason").asString()).isEqualTo("INVALID_REFRESH_TOKEN");

        // The thief may hold either token of the family: both are dead now, and so are its access tokens.
        api.refresh(rotated.refreshToken()).failsWith("UNAUTHENTICATED");
        assertThat(api.me(rotated.accessToken()).status()).isEqualTo(401);
        assertThat(api.me(stolen.accessToken()).status()).isEqualTo(401);
        assertThat(auditCount(stolen, "session.refresh_token_reused")).isEqualTo(1);

        // Another session of the same person is untouched.
        api.me(otherDevice.accessToken()).ok();
        api.refreshOk(otherDevice.refreshToken());
    }

    /** Two requests racing with one refresh token: the row lock lets exactly one of them rotate it. */
    @Test
    void concurrentUsesOfOneRefreshTokenMintAtMostOneSession() throws Exception {
        for (int round = 0; round < 3; round++) {
            IdentityApi.Session session = api.signUpOk("Race " + round);
            CountDownLatch start = new CountDownLatch(1);
            List<GraphQlResponse> responses = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                List<Future<GraphQlResponse>> futures = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return api.refresh(session.refreshToken());
                    }));
                }
                start.countDown();
                for (Future<GraphQlResponse> future : futures) {
                    responses.add(future.get());
                }
            }
            List<GraphQlResponse> succeeded = responses.stream().filter(r -> r.errorCodes().isEmpty()).toList();
            assertThat(succeeded).as("successful refreshes in round %d", round).hasSize(1);
            assertThat(responses.stream().filter(r -> !r.errorCodes().isEmpty()).findFirst().orElseThrow()
                    .errorCodes()).containsExactly("UNAUTHENTICATED");
            assertThat(familySize(session)).as("tokens minted in the family").isEqualTo(2);
            // The loser presented a used token: a reuse, so the winner's new token was revoked with the family.
            api.refresh(succeeded.getFirst().text("refresh.refreshToken")).failsWith("UNAUTHENTICATED");
        }
    }

    @Test
    void anExpiredRefreshTokenIsRefused() {
        IdentityApi.Session session = api.signUpOk("Expiry");
        TenantContext.runAs(session.businessId(), () -> transactions.executeWithoutResult(status ->
                jdbc.update("update refresh_tokens set expires_at = now() - interval '1 second'")));
        api.refresh(session.refreshToken()).failsWith("UNAUTHENTICATED");
    }

    @Test
    void malformedOrUnknownRefreshTokensAreUnauthenticatedNeverAServerError() {
        IdentityApi.Session session = api.signUpOk("Junk Tokens");
        for (String junk : new String[] {"", "garbage", UUID.randomUUID().toString(),
                UUID.randomUUID() + ".abc", session.businessId() + ".not-issued", "not-a-uuid-at-all-but-36-chars-long.x",
                session.refreshToken() + "x", "x".repeat(5000)}) {
            GraphQlResponse response = api.refresh(junk);
            assertThat(response.status()).as("status for %s", junk).isLessThan(500);
            assertThat(response.errorCodes()).as("codes for %s", junk).containsExactly("UNAUTHENTICATED");
        }
        api.refreshOk(session.refreshToken());
    }

    @Test
    void logoutKillsTheRefreshTokenAndTheSessionsAccessTokensButNotOtherSessions() {
        IdentityApi.Session session = api.signUpOk("Logout");
        IdentityApi.Session otherDevice = api.loginOk(session.email(), PASSWORD);
        IdentityApi.Session refreshed = api.refreshOk(session.refreshToken());
        api.me(refreshed.accessToken()).ok();

        assertThat(api.logout(refreshed.refreshToken()).ok().data("logout").asBoolean()).isTrue();

        api.refresh(refreshed.refreshToken()).failsWith("UNAUTHENTICATED");
        GraphQlResponse afterLogout = api.me(refreshed.accessToken());
        assertThat(afterLogout.status()).isEqualTo(401);
        assertThat(afterLogout.errorCodes()).containsExactly("UNAUTHENTICATED");
        assertThat(api.me(session.accessToken()).status()).as("earlier token of the same session").isEqualTo(401);
        api.me(otherDevice.accessToken()).ok();
        api.refreshOk(otherDevice.refreshToken());
        assertThat(auditCount(session, "session.logged_out")).isEqualTo(1);
    }

    @Test
    void logoutWithAnUnknownOrMalformedTokenStillSucceeds() {
        for (String token : new String[] {"garbage", UUID.randomUUID() + ".abc", ""}) {
            assertThat(api.logout(token).ok().data("logout").asBoolean()).isTrue();
        }
    }

    @Test
    void meAnswersWhoIsCallingAndForWhichBusiness() {
        IdentityApi.Session owner = api.signUpOk("Who Am I");
        GraphQlResponse me = api.me(owner.accessToken()).ok();
        assertThat(me.text("me.user.id")).isEqualTo(owner.userId().toString());
        assertThat(me.text("me.user.email")).isEqualTo(owner.email());
        assertThat(me.text("me.business.id")).isEqualTo(owner.businessId().toString());
        assertThat(me.data("me.user.assignedLocations")).isEmpty();
    }

    /**
     * The per-user cut-off is written when the deciding transaction commits (not before, not at all on
     * rollback) and has millisecond precision: a token issued before the commit is void, one issued a
     * few milliseconds after it (within the same second) is not.
     */
    @Test
    void revocationCutOffIsTakenAtCommitInMilliseconds() throws InterruptedException {
        UUID user = UUID.randomUUID();
        Instant[] issuedInsideTransaction = new Instant[1];
        transactions.executeWithoutResult(status -> {
            revocations.revokeUserTokensAtCommit(user);
            assertThat(revocations.isRevoked(user, null, Instant.EPOCH)).as("nothing recorded before commit").isFalse();
            issuedInsideTransaction[0] = Instant.now();
            pause();
        });
        pause();
        Instant issuedAfterCommit = Instant.now();

        assertThat(revocations.isRevoked(user, null, issuedInsideTransaction[0])).isTrue();
        assertThat(revocations.isRevoked(user, null, issuedAfterCommit)).isFalse();

        UUID rolledBack = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            revocations.revokeUserTokensAtCommit(rolledBack);
            status.setRollbackOnly();
        });
        assertThat(revocations.isRevoked(rolledBack, null, Instant.EPOCH)).isFalse();
    }

    /** Lets the clock move on by a few milliseconds (ordering only; nothing is timed). */
    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many refresh tokens share the family (session) of this session's refresh token. */
    private Integer familySize(IdentityApi.Session session) {
        return TenantContext.callAs(session.businessId(), () -> transactions.execute(status -> jdbc.queryForObject("""
                select count(*) from refresh_tokens
                 where family_id = (select family_id from refresh_tokens where user_id = ?
                                     order by created_at limit 1)
                   and user_id = ?""", Integer.class, session.userId(), session.userId())));
    }

    private Integer auditCount(IdentityApi.Session session, String action) {
        return TenantContext.callAs(session.businessId(), () -> transactions.execute(status -> jdbc.queryForObject(
                "select count(*) from activity_logs where action = ?", Integer.class, action)));
    }
}
