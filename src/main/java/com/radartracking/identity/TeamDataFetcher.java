package com.radartracking.identity;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.locations.LocationView;
import com.radartracking.locations.LocationsByIdDataLoader;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.graphql.GraphQlLimits;
import com.radartracking.platform.graphql.Ids;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.security.Role;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** Team management: users, invitations, roles; location children go through a data loader. */
@DgsComponent
class TeamDataFetcher {

    private final TeamService team;
    private final UserDirectory users;
    private final InvitationDirectory invitations;
    private final GraphQlLimits limits;
    private final Clock clock;

    TeamDataFetcher(TeamService team, UserDirectory users, InvitationDirectory invitations, GraphQlLimits limits,
            Clock clock) {
        this.team = team;
        this.users = users;
        this.invitations = invitations;
        this.limits = limits;
        this.clock = clock;
    }

    @DgsQuery
    Connection<IdentityViews.UserView> users(@InputArgument Integer first, @InputArgument String after,
            @InputArgument Boolean includeInactive) {
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        UserDirectory.Page rows = users.page(page, !Boolean.FALSE.equals(includeInactive));
        return Connection.of(rows.rowsPlusOne(), page, rows.totalCount(),
                user -> PageArgs.encode(user.createdAt(), UUID.fromString(user.id())), user -> user);
    }

    @DgsQuery
    IdentityViews.UserView user(@InputArgument String id) {
        return users.get(Ids.parse("id", id));
    }

    @DgsQuery
    Connection<IdentityViews.InvitationView> invitations(@InputArgument Integer first, @InputArgument String after) {
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        InvitationDirectory.Page rows = invitations.page(page);
        return Connection.of(rows.rowsPlusOne(), page, rows.totalCount(),
                invitation -> PageArgs.encode(invitation.createdAt(), invitation.id()),
                invitation -> IdentityViews.invitation(invitation, clock));
    }

    @DgsQuery
    IdentityViews.InvitationPreviewView invitationPreview(@InputArgument String token) {
        return team.previewInvitation(token);
    }

    @DgsMutation
    IdentityViews.InvitationTicketView inviteUser(@InputArgument Map<String, Object> input) {
        TeamService.IssuedInvitation issued = team.invite((String) input.get("email"), role(input.get("role")),
                locationIds(input.get("locationIds")));
        return new IdentityViews.InvitationTicketView(issued.invitation(), issued.token(), "/invitations/accept?token=" + issued.token());
    }

    @DgsMutation
    IdentityViews.InvitationView revokeInvitation(@InputArgument String id) {
        return team.revokeInvitation(Ids.parse("id", id));
    }

    @DgsMutation
    IdentityViews.AuthPayloadView acceptInvitation(@InputArgument Map<String, String> input) {
        return team.acceptInvitation(input.get("token"), input.get("displayName"), input.get("password")).toPayload();
    }

    @DgsMutation
    IdentityViews.UserView changeUserRole(@InputArgument Map<String, Object> input) {
        return team.changeRole(Ids.parse("userId", (String) input.get("userId")), role(input.get("role")),
                locationIds(input.get("locationIds")));
    }

    @DgsMutation
    IdentityViews.UserView deactivateUser(@InputArgument String id) {
        return team.deactivate(Ids.parse("id", id));
    }

    @DgsMutation
    IdentityViews.UserView reactivateUser(@InputArgument String id) {
        return team.reactivate(Ids.parse("id", id));
    }

    /** Uses the locations data loader so a page of users costs one location query, not one per user. */
    @DgsData(parentType = "User", field = "assignedLocations")
    CompletableFuture<List<LocationView>> assignedLocations(DgsDataFetchingEnvironment environment) {
        IdentityViews.UserView user = environment.getSourceOrThrow();
        return loadLocations(environment, user.businessId(), user.locationIds());
    }

    /** Same data loader for an invitation's locations. */
    @DgsData(parentType = "Invitation", field = "locations")
    CompletableFuture<List<LocationView>> invitationLocations(DgsDataFetchingEnvironment environment) {
        IdentityViews.InvitationView invitation = environment.getSourceOrThrow();
        return loadLocations(environment, invitation.businessId(), invitation.locationIds());
    }

    private static CompletableFuture<List<LocationView>> loadLocations(DgsDataFetchingEnvironment environment,
            UUID businessId, Collection<UUID> ids) {
        DataLoader<LocationsByIdDataLoader.Key, LocationView> loader =
                environment.getDataLoader(LocationsByIdDataLoader.NAME);
        return loader.loadMany(ids.stream().map(id -> new LocationsByIdDataLoader.Key(businessId, id)).toList())
                .thenApply(views -> views.stream().filter(java.util.Objects::nonNull).toList());
    }

    private static Role role(Object value) {
        return value == null ? null : Role.valueOf(value.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<UUID> locationIds(Object value) {
        return Ids.parseAll("locationIds", (Collection<String>) value);
    }

}
