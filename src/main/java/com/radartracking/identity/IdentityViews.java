package com.radartracking.identity;

import com.radartracking.platform.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The GraphQL types of the identity module, built from entities at the edge. */
final class IdentityViews {

    private IdentityViews() {
    }

    record BusinessView(String id, String name, String timeZone, String locale, String currency,
            int locationLimit, Instant createdAt) {
    }

    /** {@code businessId} and {@code locationIds} are not schema fields: the location data loader reads them. */
    record UserView(String id, String email, String displayName, Role role, boolean active, Instant lockedUntil,
            Instant lastLoginAt, Instant createdAt, UUID businessId, Set<UUID> locationIds) {
    }

    record AuthPayloadView(String accessToken, Instant accessTokenExpiresAt, String tokenType, String refreshToken,
            Instant refreshTokenExpiresAt, UserView user, BusinessView business) {
    }

    record MeView(UserView user, BusinessView business) {
    }

    record InvitationView(String id, String email, Role role, Invitation.Status status, Instant expiresAt,
            Instant acceptedAt, Instant createdAt, UUID businessId, List<UUID> locationIds) {
    }

    record InvitationTicketView(InvitationView invitation, String token, String acceptPath) {
    }

    record InvitationPreviewView(String email, Role role, String businessName, Instant expiresAt) {
    }

    static BusinessView business(Business business, int defaultLocationLimit) {
        return new BusinessView(business.id().toString(), business.name(), business.timeZone(), business.locale(),
                business.currency(),
                business.locationLimit() == null ? defaultLocationLimit : business.locationLimit(),
                business.createdAt());
    }

    static UserView user(User user) {
        return new UserView(user.id().toString(), user.email(), user.displayName(), user.role(), user.active(),
                user.lockedUntil(), user.lastLoginAt(), user.createdAt(), user.businessId(), user.locationIds());
    }

    static InvitationView invitation(Invitation invitation, Clock clock) {
        return new InvitationView(invitation.id().toString(), invitation.email(), invitation.role(),
                invitation.status(clock.instant()), invitation.expiresAt(), invitation.acceptedAt(),
                invitation.createdAt(), invitation.businessId(), invitation.locationIds());
    }
}
