package com.radartracking.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.ApiIntegrationTest.Member;
import java.util.List;
import java.util.Map;

/**
 * Identity: users, invitations, the business. Lives here until the identity module keeps its own
 * copy in its test package (then delete this one, keeping the cases).
 */
public class IdentityIsolationCases implements IsolationCases {

    private static final String USER_WITNESS = "query($id: ID!) { user(id: $id) { role active assignedLocations { id } } }";

    @Override
    public List<IsolationCase> cases() {
        return List.of(
                IsolationCase.named("identity: me shows only B")
                        .plant(IdentityIsolationCases::staffOfA)
                        .attack("{ me { user { id email assignedLocations { id } } business { id name } } }")
                        .expectNoLeak(),
                IsolationCase.named("identity: users lists only B's team")
                        .plant(IdentityIsolationCases::staffOfA)
                        .attack("""
                                { users(first: 100) { totalCount edges { node { id email displayName
                                  assignedLocations { id name } } } } }""")
                        .expectNoLeak()
                        .check((planted, response) -> assertThat(response.data("users.totalCount").asInt()).isEqualTo(1)),
                IsolationCase.named("identity: user by id")
                        .plant(IdentityIsolationCases::staffOfA)
                        .attack("query($id: ID!) { user(id: $id) { id email } }")
                        .expectNotFound()
                        .witness(USER_WITNESS),
                IsolationCase.named("identity: invitations lists only B's")
                        .plant(world -> invitationOfA(world))
                        .attack("{ invitations(first: 100) { totalCount edges { node { id email locations { id } } } } }")
                        .expectNoLeak()
                        .check((planted, response) -> assertThat(response.data("invitations.totalCount").asInt()).isZero()),
                IsolationCase.named("identity: revokeInvitation of A's invitation")
                        .plant(world -> invitationOfA(world))
                        .attack("mutation($id: ID!) { revokeInvitation(id: $id) { id status } }")
                        .expectNotFound()
                        .witness("{ invitations(first: 10) { edges { node { id status } } } }"),
                IsolationCase.named("identity: updateBusiness changes only B's business")
                        .attack("mutation { updateBusiness(input: {name: \"B Renamed\", timeZone: \"Europe/Madrid\"}) { id name } }")
                        .expectNoLeak()
                        .witness("{ me { business { id name timeZone locale currency } } }"),
                IsolationCase.named("identity: inviteUser with A's location")
                        .plant(world -> {
                            String location = world.createLocation(world.a(), "Invite Target");
                            return Planted.of(Map.of("loc", location, "email", world.uniqueEmail("victim")), location);
                        })
                        .attack("""
                                mutation($loc: ID!, $email: String!) {
                                  inviteUser(input: {email: $email, role: STAFF, locationIds: [$loc]}) { token } }""")
                        // A's location in the input list is answered exactly like an unknown one.
                        .expectNotFound(),
                IsolationCase.named("identity: changeUserRole of A's user")
                        .plant(IdentityIsolationCases::staffOfA)
                        .attack("mutation($id: ID!) { changeUserRole(input: {userId: $id, role: ADMIN}) { id role } }")
                        .expectNotFound()
                        .witness(USER_WITNESS),
                IsolationCase.named("identity: changeUserRole of B's user onto A's location")
                        .plant(world -> {
                            String location = world.createLocation(world.a(), "Role Target");
                            String own = world.createLocation(world.b(), "B Own");
                            Member staff = world.addMember(world.b(), "STAFF", List.of(own));
                            return Planted.of(Map.of("user", staff.userId().toString(), "loc", location), location);
                        })
                        .attack("""
                                mutation($user: ID!, $loc: ID!) {
                                  changeUserRole(input: {userId: $user, role: STAFF, locationIds: [$loc]}) { id } }""")
                        .expectNotFound(),
                IsolationCase.named("identity: deactivateUser of A's user")
                        .plant(IdentityIsolationCases::staffOfA)
                        .attack("mutation($id: ID!) { deactivateUser(id: $id) { id active } }")
                        .expectNotFound()
                        .witness(USER_WITNESS),
                IsolationCase.named("identity: reactivateUser of A's user")
                        .plant(world -> {
                            Planted planted = staffOfA(world);
                            world.asA("mutation($id: ID!) { deactivateUser(id: $id) { id } }", planted.variables());
                            return planted;
                        })
                        .attack("mutation($id: ID!) { reactivateUser(id: $id) { id active } }")
                        .expectNotFound()
                        .witness(USER_WITNESS));
    }

    @Override
    public Map<String, String> tenantLessOperations() {
        return Map.of(
                "Mutation.signUp", "creates a new business; acts for no existing tenant",
                "Mutation.login", "email + password; the business follows from the credentials",
                "Mutation.refresh", "the refresh token is the credential and names its own business",
                "Mutation.logout", "the refresh token is the credential and names its own business",
                "Mutation.acceptInvitation", "the invitation token is the credential and names its business",
                "Query.invitationPreview", "the invitation token is the credential and names its business");
    }

    /** A Staff member of A assigned to one of A's locations. */
    private static Planted staffOfA(IsolationWorld world) {
        String location = world.createLocation(world.a(), "Staff Post");
        Member staff = world.addMember(world.a(), "STAFF", List.of(location));
        return Planted.id(staff.userId().toString(), staff.email(), location);
    }

    private static Planted invitationOfA(IsolationWorld world) {
        String location = world.createLocation(world.a(), "Invited Post");
        String email = world.uniqueEmail("invitee");
        String id = world.asA("""
                mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitation { id } } }""",
                Map.of("input", Map.of("email", email, "role", "STAFF", "locationIds", List.of(location))))
                .text("inviteUser.invitation.id");
        return Planted.id(id, email, location);
    }
}
