package com.radartracking.identity;

import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the team: listing and looking up users of the current business. */
@Service
class UserDirectory {

    private final UserRepository users;

    UserDirectory(UserRepository users) {
        this.users = users;
    }

    record Page(List<IdentityViews.UserView> rowsPlusOne, int totalCount) {
    }

    @Transactional(readOnly = true)
    Page page(PageArgs args, boolean includeInactive) {
        CurrentActor.requireRole(Role.ADMIN, Role.ANALYST);
        PageArgs.Position after = args.position();
        List<IdentityViews.UserView> rows = users.page(includeInactive,
                        after == null ? null : after.createdAt(), after == null ? null : after.id(),
                        Limit.of(args.first() + 1))
                .stream().map(IdentityViews::user).toList();
        return new Page(rows, (int) users.countVisible(includeInactive));
    }

    /** A user of this business; Staff may look up only themselves. */
    @Transactional(readOnly = true)
    IdentityViews.UserView get(UUID id) {
        Actor actor = CurrentActor.require();
        if (actor.role() == Role.STAFF && !actor.userId().equals(id)) {
            throw IdentityException.forbidden("Staff may only view their own profile");
        }
        return view(id);
    }

    @Transactional(readOnly = true)
    IdentityViews.UserView view(UUID id) {
        return users.findById(id).map(IdentityViews::user).orElseThrow(() -> IdentityException.userNotFound(id));
    }
}
