package com.radartracking.identity;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.security.Role;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.platform.validation.TimeZones;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up, login, refresh and logout. Each step runs in the tenant it concerns: sign-up in the new
 * business, login in the business the email belongs to (found through the one cross-tenant lookup,
 * {@code auth_find_user_by_email}), refresh in the business named by the token.
 */
@Service
class AuthService {

    private final BusinessRepository businesses;
    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordEncoder passwordEncoder;
    private final AccessTokenIssuer accessTokens;
    private final LoginRateLimiter rateLimiter;
    private final TokenRevocations revocations;
    private final ActivityLog activityLog;
    private final AuthProperties properties;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** Compared against when the email is unknown, so response time does not reveal which emails exist. */
    private final String dummyHash;
    private final int defaultLocationLimit;

    AuthService(BusinessRepository businesses, UserRepository users, RefreshTokenRepository refreshTokens,
            PasswordEncoder passwordEncoder, AccessTokenIssuer accessTokens, LoginRateLimiter rateLimiter,
            TokenRevocations revocations, ActivityLog activityLog, AuthProperties properties, JdbcTemplate jdbc, TransactionTemplate transactions,
            Clock clock, @Value("${radar.locations.default-limit:5}") int defaultLocationLimit) {
        this.businesses = businesses;
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.passwordEncoder = passwordEncoder;
        this.accessTokens = accessTokens;
        this.rateLimiter = rateLimiter;
        this.revocations = revocations;
        this.activityLog = activityLog;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.dummyHash = passwordEncoder.encode("not-a-real-password-0");
        this.defaultLocationLimit = defaultLocationLimit;
    }

    record SignUpCommand(String businessName, String timeZone, String locale, String currency, String email,
            String password, String displayName) {
    }

    /** A new session, with views built inside the transaction (entities do not leave it). */
    record Session(AccessTokenIssuer.IssuedToken accessToken, String refreshToken, Instant refreshTokenExpiresAt,
            IdentityViews.UserView user, IdentityViews.BusinessView business) {

        IdentityViews.AuthPayloadView toPayload() {
            return new IdentityViews.AuthPayloadView(accessToken.value(), accessToken.expiresAt(), "Bearer",
                    refreshToken, refreshTokenExpiresAt, user, business);
        }
    }

    Session signUp(SignUpCommand command) {
        String businessName = Credentials.requireName("businessName", command.businessName(), 120);
        String displayName = Credentials.requireName("displayName", command.displayName(), 120);
        String timeZone = TimeZones.require("timeZone", command.timeZone());
        String email = Credentials.normalizeEmail(command.email());
        Credentials.checkPasswordStrength(command.password());
        String locale = command.locale() == null ? "es-419" : BusinessSettings.requireLocale(command.locale());
        String currency = command.currency() == null ? "USD" : BusinessSettings.requireCurrency(command.currency());
        if (findUserIdentity(email) != null) {
            throw IdentityException.emailTaken(email);
        }
        String hash = passwordEncoder.encode(command.password());
        UUID businessId = UUID.randomUUID();
        try {
            return TenantContext.callAs(businessId, () -> transactions.execute(status -> {
                Business business = businesses.save(new Business(businessId, businessName, timeZone, locale, currency));
                User admin = users.save(new User(UUID.randomUUID(), email, displayName, hash, Role.ADMIN));
                activityLog.recordAs(admin.id(), "business.signed_up", "Business", businessId);
                return openSession(admin, business, UUID.randomUUID());
            }));
        } catch (DataIntegrityViolationException raceOnEmail) {
            throw IdentityException.emailTaken(email);
        }
    }

    /**
     * Every attempt is counted by the rate limiter before anything else (so attempts on unknown, locked
     * or deactivated accounts count too) and given back only on success. The user row is locked while
     * the password is checked, so concurrent wrong passwords are counted one by one and the lock falls
     * exactly at the threshold.
     */
    Session login(String rawEmail, String rawPassword, String clientIp) {
        String email = rawEmail == null ? "" : rawEmail.trim().toLowerCase(java.util.Locale.ROOT);
        String password = rawPassword == null ? "" : rawPassword;
        LoginRateLimiter.Attempt attempt = rateLimiter.reserve(email, clientIp);
        UserIdentity identity = findUserIdentity(email);
        if (identity == null) {
            passwordEncoder.matches(password, dummyHash); // same work as for a known email
            throw IdentityException.invalidCredentials();
        }
        Session session = TenantContext.callAs(identity.businessId(), () -> transactions.execute(status -> {
            User user = users.lockById(identity.userId()).orElseThrow(IdentityException::invalidCredentials);
            Instant now = clock.instant();
            if (user.isLocked(now)) {
                throw IdentityException.accountLocked(user.lockedUntil());
            }
            boolean matches = passwordEncoder.matches(password, user.passwordHash());
            // BCrypt compares only the first 72 bytes; no stored password is longer than that.
            if (!matches || !Credentials.fitsBcrypt(password)) {
                user.recordFailedLogin(now, properties.login().lockAfterFailures(), properties.login().lockDuration());
                activityLog.recordAs(user.id(), "user.login_failed", "User", user.id());
                return null;
            }
            if (!user.active()) {
                throw IdentityException.accountDeactivated();
            }
            user.recordSuccessfulLogin(now);
            activityLog.recordAs(user.id(), "user.logged_in", "User", user.id());
            return openSession(user, businesses.findById(identity.businessId()).orElseThrow(), UUID.randomUUID());
        }));
        if (session == null) {
            throw IdentityException.invalidCredentials();
        }
        attempt.succeeded();
        return session;
    }

    /**
     * The user's row and then the token's row are locked (SELECT ... FOR UPDATE; the same order as
     * deactivation, so the two cannot deadlock) while the token is rotated: two concurrent uses of one
     * token take turns, the first rotates it and the second sees a reuse, and a concurrent deactivation
     * is either waited for or waits. A reused token ends its whole session family, access tokens
     * included; the reuse is audited, so that transaction commits and the caller is told
     * INVALID_REFRESH_TOKEN afterwards.
     */
    Session refresh(String refreshToken) {
        OpaqueTokens.Parsed parsed = OpaqueTokens.parse(refreshToken).orElseThrow(IdentityException::invalidRefreshToken);
        Session session = TenantContext.callAs(parsed.businessId(), () -> transactions.execute(status -> {
            UUID userId = refreshTokens.findUserIdByTokenHash(parsed.hash()).orElse(null);
            User user = userId == null ? null : users.lockById(userId).orElse(null);
            RefreshToken stored = user == null ? null : refreshTokens.lockByTokenHash(parsed.hash()).orElse(null);
            Instant now = clock.instant();
            if (stored == null) {
                return null;
            }
            if (stored.wasRotated()) {
                // A token used twice was copied: end every session of this family.
                refreshTokens.revokeFamily(stored.familyId(), now);
                revocations.revokeSessionAtCommit(stored.familyId());
                activityLog.recordAs(stored.userId(), "session.refresh_token_reused", "User", stored.userId());
                return null;
            }
            if (!stored.usable(now) || !user.active()) {
                return null;
            }
            stored.rotate(now);
            activityLog.recordAs(user.id(), "session.refreshed", "User", user.id());
            return openSession(user, businesses.findById(parsed.businessId()).orElseThrow(), stored.familyId());
        }));
        if (session == null) {
            throw IdentityException.invalidRefreshToken();
        }
        return session;
    }

    /**
     * Ends the session family of this refresh token: its refresh tokens and its access tokens. Unknown
     * tokens are ignored: logout always succeeds. Locks the user row first, like refresh and deactivation.
     */
    void logout(String refreshToken) {
        OpaqueTokens.parse(refreshToken).ifPresent(parsed -> TenantContext.runAs(parsed.businessId(), () ->
                transactions.executeWithoutResult(status -> refreshTokens.findUserIdByTokenHash(parsed.hash())
                        .flatMap(users::lockById)
                        .flatMap(user -> refreshTokens.lockByTokenHash(parsed.hash()))
                        .ifPresent(stored -> {
                            refreshTokens.revokeFamily(stored.familyId(), clock.instant());
                            revocations.revokeSessionAtCommit(stored.familyId());
                            activityLog.recordAs(stored.userId(), "session.logged_out", "User", stored.userId());
                        }))));
    }

    /** Issues an access token and a new refresh token; call inside the tenant's transaction. */
    Session openSession(User user, Business business, UUID familyId) {
        String refreshToken = OpaqueTokens.create(user.businessId());
        Instant refreshExpiresAt = clock.instant().plus(properties.refreshTokenTtl());
        refreshTokens.save(new RefreshToken(user.id(), familyId, OpaqueTokens.hash(refreshToken), refreshExpiresAt));
        return new Session(accessTokens.issue(user, familyId), refreshToken, refreshExpiresAt, IdentityViews.user(user),
                IdentityViews.business(business, defaultLocationLimit));
    }

    record UserIdentity(UUID userId, UUID businessId) {
    }

    /** The one cross-tenant read: which business an email belongs to (a narrow definer function). */
    UserIdentity findUserIdentity(String email) {
        List<UserIdentity> found = jdbc.query("select user_id, business_id from auth_find_user_by_email(?)",
                (row, i) -> new UserIdentity(row.getObject(1, UUID.class), row.getObject(2, UUID.class)), email);
        return found.isEmpty() ? null : found.getFirst();
    }

}
