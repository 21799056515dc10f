package com.radartracking.identity;

import com.radartracking.audit.ActivityLog;
import com.radartracking.locations.LocationDirectory;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** An Admin manages the team: invitations, roles, assigned locations, deactivation. */
@Service
class TeamService {

    private final BusinessRepository businesses;
    private final UserRepository users;
    private final InvitationRepository invitations;
    private final RefreshTokenRepository refreshTokens;
    private final TokenRevocations revocations;
    private final LocationDirectory locations;
    private final PasswordEncoder passwordEncoder;
    private final ActivityLog activityLog;
    private final AuthService authService;
    private final AuthProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TeamService(BusinessRepository businesses, UserRepository users, InvitationRepository invitations, RefreshTokenRepository refreshTokens,
            TokenRevocations revocations, LocationDirectory locations, PasswordEncoder passwordEncoder,
            ActivityLog activityLog, AuthService authService, AuthProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.businesses = businesses;
        this.users = users;
        this.invitations = invitations;
        this.refreshTokens = refreshTokens;
        this.revocations = revocations;
        this.locations = locations;
        this.passwordEncoder = passwordEncoder;
        this.activityLog = activityLog;
        this.authService = authService;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    record IssuedInvitation(IdentityViews.InvitationView invitation, String token) {
    }

    @Transactional
    IssuedInvitation invite(String rawEmail, Role role, Collection<UUID> locationIds) {
        Actor admin = CurrentActor.requireRole(Role.ADMIN);
        String email = Credentials.normalizeEmail(rawEmail);
        Role invitedRole = requireBusinessRole(role);
        List<UUID> assigned = List.copyOf(checkedLocations(invitedRole, locationIds));
        if (authService.findUserIdentity(email) != null) {
            throw IdentityException.emailTaken(email);
        }
        String token = OpaqueTokens.create(admin.businessId());
        Invitation invitation = invitations.save(new Invitation(email, invitedRole, assigned,
                OpaqueTokens.hash(token), admin.userId(), clock.instant().plus(properties.invitationTtl())));
        activityLog.record("invitation.created", "Invitation", invitation.id(),
                Map.of("email", email, "role", invitedRole.name()));
        return new IssuedInvitation(IdentityViews.invitation(invitation, clock), token);
    }

    @Transactional
    IdentityViews.InvitationView revokeInvitation(UUID invitationId) {
        CurrentActor.requireRole(Role.ADMIN);
        Invitation invitation = invitations.findById(invitationId).orElseThrow(IdentityException::invalidInvitation);
        if (invitation.status(clock.instant()) != Invitation.Status.PENDING) {
            throw IdentityException.badInput("id", "Only a pending invitation can be revoked");
        }
        invitation.revoke(clock.instant());
        activityLog.record("invitation.revoked", "Invitation", invitation.id());
        return IdentityViews.invitation(invitation, clock);
    }

    /** What the accept page shows before the invitee sets a password. */
    IdentityViews.InvitationPreviewView previewInvitation(String token) {
        OpaqueTokens.Parsed parsed = OpaqueTokens.parse(token).orElseThrow(IdentityException::invalidInvitation);
        return TenantContext.callAs(parsed.businessId(), () -> transactions.execute(status -> {
            Invitation invitation = pendingInvitation(invitations.findByTokenHash(parsed.hash()));
            return new IdentityViews.InvitationPreviewView(invitation.email(), invitation.role(),
                    businesses.findById(parsed.businessId()).orElseThrow().name(), invitation.expiresAt());
        }));
    }

    /** The invitee sets their name and password; they are logged in straight away. */
    AuthService.Session acceptInvitation(String token, String displayName, String password) {
        OpaqueTokens.Parsed parsed = OpaqueTokens.parse(token).orElseThrow(IdentityException::invalidInvitation);
        String name = Credentials.requireName("displayName", displayName, 120);
        Credentials.checkPasswordStrength(password);
        String hash = passwordEncoder.encode(password);
        try {
            return TenantContext.callAs(parsed.businessId(), () -> transactions.execute(status -> {
                Invitation invitation = pendingInvitation(invitations.lockByTokenHash(parsed.hash()));
                User user = new User(UUID.randomUUID(), invitation.email(), name, hash, invitation.role());
                user.assignLocations(locations.existingIds(invitation.locationIds()));
                users.saveAndFlush(user);
                invitation.accept(clock.instant());
                activityLog.recordAs(user.id(), "invitation.accepted", "Invitation", invitation.id());
                return authService.openSession(user, businesses.findById(parsed.businessId()).orElseThrow(),
                        UUID.randomUUID());
            }));
        } catch (DataIntegrityViolationException emailTakenMeanwhile) {
            throw IdentityException.emailTaken("of this invitation");
        }
    }

    @Transactional
    IdentityViews.UserView changeRole(UUID userId, Role role, Collection<UUID> locationIds) {
        Actor admin = CurrentActor.requireRole(Role.ADMIN);
        User user = users.lockById(userId).orElseThrow(() -> IdentityException.userNotFound(userId));
        Role newRole = requireBusinessRole(role);
        if (user.id().equals(admin.userId()) && newRole != Role.ADMIN) {
            throw IdentityException.badInput("role", "You cannot remove your own Admin role");
        }
        Role previous = user.role();
        user.changeRole(newRole, checkedLocations(newRole, locationIds));
        // Tokens carry the role: void the old ones so the new role applies on the next refresh.
        revocations.revokeUserTokensAtCommit(user.id());
        activityLog.record("user.role_changed", "User", user.id(), Map.of("from", previous.name(), "to", newRole.name()));
        return IdentityViews.user(user);
    }

    @Transactional
    IdentityViews.UserView deactivate(UUID userId) {
        Actor admin = CurrentActor.requireRole(Role.ADMIN);
        // Locked: a login or refresh of this user in flight finishes first, and its tokens die with the rest.
        User user = users.lockById(userId).orElseThrow(() -> IdentityException.userNotFound(userId));
        if (user.id().equals(admin.userId())) {
            throw IdentityException.badInput("id", "You cannot deactivate yourself");
        }
        Instant now = clock.instant();
        user.deactivate();
        refreshTokens.revokeAllOfUser(user.id(), now);
        revocations.revokeUserTokensAtCommit(user.id());
        activityLog.record("user.deactivated", "User", user.id());
        return IdentityViews.user(user);
    }

    @Transactional
    IdentityViews.UserView reactivate(UUID userId) {
        CurrentActor.requireRole(Role.ADMIN);
        User user = users.findById(userId).orElseThrow(() -> IdentityException.userNotFound(userId));
        user.reactivate();
        activityLog.record("user.reactivated", "User", user.id());
        return IdentityViews.user(user);
    }

    private Invitation pendingInvitation(Optional<Invitation> found) {
        Invitation invitation = found.orElseThrow(IdentityException::invalidInvitation);
        if (invitation.status(clock.instant()) != Invitation.Status.PENDING) {
            throw IdentityException.invalidInvitation();
        }
        return invitation;
    }

    private static Role requireBusinessRole(Role role) {
        if (role == null || role == Role.SUPPORT) {
            throw IdentityException.badInput("role", "Role must be ADMIN, STAFF or ANALYST");
        }
        return role;
    }

    /**
     * Staff need at least one location of this business; other roles see all and keep none. A location
     * that is not this business's (another tenant's, or none at all) is NOT_FOUND, as everywhere.
     */
    private Set<UUID> checkedLocations(Role role, Collection<UUID> locationIds) {
        Set<UUID> requested = locationIds == null ? Set.of() : new LinkedHashSet<>(locationIds);
        if (role != Role.STAFF) {
            return Set.of();
        }
        if (requested.isEmpty()) {
            throw IdentityException.badInput("locationIds", "A Staff member needs at least one location");
        }
        Set<UUID> existing = locations.existingIds(requested);
        if (!existing.containsAll(requested)) {
            throw IdentityException.locationNotFound(requested.stream().filter(id -> !existing.contains(id)).toList());
        }
        return requested;
    }
}
