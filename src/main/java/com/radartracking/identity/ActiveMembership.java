package com.radartracking.identity;

import com.radartracking.platform.tenancy.TenantContext;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether a user id is an active user of a business, read under that business's tenant (so a user of
 * another business is simply not found). Used for tokens of an external issuer, which we did not mint
 * and therefore cannot revoke: they are honoured only while the person they name still works here.
 */
@Component
class ActiveMembership {

    private final UserRepository users;
    private final TransactionTemplate readOnly;

    ActiveMembership(UserRepository users, PlatformTransactionManager transactionManager) {
        this.users = users;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    boolean isActiveUserOf(UUID userId, UUID businessId) {
        return Boolean.TRUE.equals(TenantContext.callAs(businessId, () -> readOnly.execute(status ->
                users.findById(userId).map(User::active).orElse(false))));
    }
}
