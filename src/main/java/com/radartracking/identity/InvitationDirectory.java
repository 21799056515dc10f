package com.radartracking.identity;

import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of invitations, newest first. Admin only. */
@Service
class InvitationDirectory {

    private final InvitationRepository invitations;

    InvitationDirectory(InvitationRepository invitations) {
        this.invitations = invitations;
    }

    record Page(List<Invitation> rowsPlusOne, int totalCount) {
    }

    @Transactional(readOnly = true)
    Page page(PageArgs args) {
        CurrentActor.requireRole(Role.ADMIN);
        PageArgs.Position after = args.position();
        return new Page(invitations.pageNewestFirst(after == null ? null : after.createdAt(),
                after == null ? null : after.id(), Limit.of(args.first() + 1)), (int) invitations.count());
    }
}
