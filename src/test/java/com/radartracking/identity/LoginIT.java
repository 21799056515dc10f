package com.radartracking.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * login: one answer for a wrong password and an unknown email, the account lock and what it says, and
 * the Redis rate limits per account and per IP (RATE_LIMITED with extensions.retryAfter), including
 * under concurrent attempts. Limits come from the test configuration: lock after 5 wrong passwords,
 * 10 attempts per account per window.
 */
class LoginIT extends ApiIntegrationTest {

    @Autowired
    private AuthProperties properties;

    @Autowired
    private StringRedisTemplate redis;

    @Autowired
    private TransactionTemplate transactions;

    private IdentityApi api;

    @BeforeEach
    void api() {
        api = new IdentityApi(graphQl);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        IdentityApi.Session owner = api.signUpOk("Same Answer");

        JsonNode wrongPassword = api.login(owner.email(), PASSWORD + "x").failsWith("UNAUTHENTICATED").firstError();
        JsonNode unknownEmail = api.login(IdentityApi.uniqueEmail("nobody"), PASSWORD).failsWith("UNAUTHENTICATED")
                .firstError();

        assertThat(wrongPassword.path("message").asString()).isEqualTo("Email or password is incorrect");
        assertThat(unknownEmail.path("message")).isEqualTo(wrongPassword.path("message"));
        assertThat(unknownEmail.path("extensions")).isEqualTo(wrongPassword.path("extensions"));
    }

    @Test
    void emailIsMatchedWhateverItsCaseAndSurroundingSpaces() {
        IdentityApi.Session owner = api.signUpOk("Case Blind");
        IdentityApi.Session session = api.loginOk("  " + owner.email().toUpperCase() + " ", PASSWORD);
        assertThat(session.userId()).isEqualTo(owner.userId());
        api.me(session.accessToken()).ok();
    }

    @Test
    void anOverlongPasswordIsAWrongPasswordNotAServerError() {
        IdentityApi.Session owner = api.signUpOk("Long Password");
        // BCrypt would compare only the first 72 bytes, which here are the right password.
        String padded = PASSWORD + "#".repeat(72 - PASSWORD.length()) + "extra bytes";
        api.login(owner.email(), padded).failsWith("UNAUTHENTICATED");
        api.login(owner.email(), "ñ".repeat(500)).failsWith("UNAUTHENTICATED");
    }

    @Test
    void anAccountLocksAfterFiveWrongPasswordsAndSaysSoUntilTheLockEnds() {
        IdentityApi.Session owner = api.signUpOk("Lockable");
        for (int i = 0; i < properties.login().lockAfterFailures(); i++) {
            api.login(owner.email(), "Wrong-password-" + i).failsWith("UNAUTHENTICATED");
        }

        JsonNode locked = api.login(owner.email(), PASSWORD).failsWith("FORBIDDEN").firstError();
        assertThat(locked.path("message").asString()).contains("locked");
        assertThat(locked.path("extensions").path("reason").asString()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(locked.path("extensions").path("lockedUntil").asString()).isNotBlank();

        // The lock ends by itself: move it into the past and the right password works again.
        TenantContext.runAs(owner.businessId(), () -> transactions.executeWithoutResult(status ->
                jdbc.update("update users set locked_until = now() - interval '1 second' where id = ?",
                        owner.userId())));
        api.loginOk(owner.email(), PASSWORD);
        Integer failures = TenantContext.callAs(owner.businessId(), () -> transactions.execute(status ->
                jdbc.queryForObject("select failed_login_count from users where id = ?", Integer.class,
                        owner.userId())));
        assertThat(failures).isZero();
    }

    @Test
    void attemptsOnALockedAccountStillCountAndThenTheAccountIsRateLimited() {
        IdentityApi.Session owner = api.signUpOk("Hammered");
        int lockAfter = properties.login().lockAfterFailures();
        int maxPerAccount = properties.login().maxAttemptsPerAccount();
        for (int i = 0; i < lockAfter; i++) {
            api.login(owner.email(), "Wrong-password-" + i).failsWith("UNAUTHENTICATED");
        }
        for (int i = lockAfter; i < maxPerAccount; i++) {
            api.login(owner.email(), "Wrong-password-" + i).failsWith("FORBIDDEN");
        }

        JsonNode limited = api.login(owner.email(), PASSWORD).failsWith("RATE_LIMITED").firstError();
        long retryAfter = limited.path("extensions").path("retryAfter").asLong();
        assertThat(retryAfter).isBetween(1L, properties.login().window().toSeconds());
        assertThat(limited.path("message").asString()).contains("retry in " + retryAfter);
    }

    @Test
    void unknownEmailsAreRateLimitedLikeKnownOnes() {
        String nobody = IdentityApi.uniqueEmail("ghost");
        for (int i = 0; i < properties.login().maxAttemptsPerAccount(); i++) {
            api.login(nobody, "Wrong-password-" + i).failsWith("UNAUTHENTICATED");
        }
        api.login(nobody, PASSWORD).failsWith("RATE_LIMITED");
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() {
        IdentityApi.Session owner = api.signUpOk("Forgetful");
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < properties.login().lockAfterFailures() - 1; i++) {
                api.login(owner.email(), "Wrong-password-" + i).failsWith("UNAUTHENTICATED");
            }
            api.loginOk(owner.email(), PASSWORD);
        }
    }

    /**
     * The per-IP limit is far above anything a test can send (the suite logs in from 127.0.0.1 all day),
     * so this test stands for "this address already failed many times" by setting its counter just
     * below the limit, then logs in from its own loopback address.
     */
    @Test
    void anAddressWithTooManyFailuresIsRateLimitedForEveryAccount() {
        IdentityApi.Session owner = api.signUpOk("Shared Wifi");
        String ip = "127.%d.%d.%d".formatted(ThreadLocalRandom.current().nextInt(1, 255),
                ThreadLocalRandom.current().nextInt(1, 255), ThreadLocalRandom.current().nextInt(2, 255));
        String key = properties.redisKeyPrefix() + "rl:login:ip:" + ip;
        int max = properties.login().maxAttemptsPerIp();
        redis.opsForValue().set(key, Integer.toString(max - 2), Duration.ofMinutes(10));

        api.loginFrom(ip, owner.email(), PASSWORD).ok();
        assertThat(redis.opsForValue().get(key)).as("a success uses up nothing").isEqualTo(Integer.toString(max - 2));

        api.loginFrom(ip, IdentityApi.uniqueEmail("guess"), PASSWORD).failsWith("UNAUTHENTICATED");
        api.loginFrom(ip, IdentityApi.uniqueEmail("guess"), PASSWORD).failsWith("UNAUTHENTICATED");
        assertThat(redis.opsForValue().get(key)).isEqualTo(Integer.toString(max));

        JsonNode limited = api.loginFrom(ip, owner.email(), PASSWORD).failsWith("RATE_LIMITED").firstError();
        assertThat(limited.path("extensions").path("retryAfter").asLong()).isBetween(1L, 600L);
        // Per address, not per account: the same person elsewhere gets in, and the refusal cost them nothing.
        api.loginOk(owner.email(), PASSWORD);
    }

    /**
     * Concurrent wrong passwords are counted exactly: the rate limiter reserves attempts atomically and
     * the user row is locked while a password is checked, so 14 simultaneous attempts give 5 wrong
     * passwords (the 5th locks), 5 "locked" answers, and 4 RATE_LIMITED, whatever the interleaving.
     */
    @Test
    void concurrentWrongPasswordsNeverExceedTheLockThresholdOrTheRateLimit() throws Exception {
        IdentityApi.Session owner = api.signUpOk("Botnet Target");
        int attempts = properties.login().maxAttemptsPerAccount() + 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(attempts)) {
            for (int i = 0; i < attempts; i++) {
                String password = "Wrong-password-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    GraphQlResponse response = api.login(owner.email(), password);
                    return response.errorCodes().getFirst() + "/"
                            + response.firstError().path("extensions").path("reason").asString("");
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> answer : answers) {
                outcomes.add(answer.get());
            }
            Map<String, Long> counts = outcomes.stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "UNAUTHENTICATED/INVALID_CREDENTIALS", (long) properties.login().lockAfterFailures(),
                    "FORBIDDEN/ACCOUNT_LOCKED", (long) (properties.login().maxAttemptsPerAccount()
                            - properties.login().lockAfterFailures()),
                    "RATE_LIMITED/", 4L));
        }
        Integer auditedFailures = TenantContext.callAs(owner.businessId(), () -> transactions.execute(status ->
                jdbc.queryForObject("select count(*) from activity_logs where action = 'user.login_failed'",
                        Integer.class)));
        assertThat(auditedFailures).isEqualTo(properties.login().lockAfterFailures());
    }
}
