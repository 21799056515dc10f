package com.radartracking.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.TenantFixture;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The clean-up job visits every business under its own tenant and removes only long-expired tokens. */
class ExpiredSessionCleanupJobIT extends ApiIntegrationTest {

    @Autowired
    private ExpiredSessionCleanupJob job;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void deletesTokensExpiredBeyondTheGracePeriodInEveryBusinessAndNothingElse() {
        TenantFixture stale = signUpBusiness("Stale Sessions");
        TenantFixture fresh = signUpBusiness("Fresh Sessions");
        inTenant(stale.businessId(), "update refresh_tokens set expires_at = now() - interval '8 days'");
        inTenant(fresh.businessId(), "update refresh_tokens set expires_at = now() - interval '6 days'");

        job.run();

        assertThat(count(stale.businessId())).isZero();
        assertThat(count(fresh.businessId())).isEqualTo(1);
    }

    private void inTenant(UUID businessId, String sql) {
        TenantContext.runAs(businessId, () -> transactions.executeWithoutResult(status -> jdbc.update(sql)));
    }

    private Integer count(UUID businessId) {
        return TenantContext.callAs(businessId, () -> transactions.execute(status ->
                jdbc.queryForObject("select count(*) from refresh_tokens", Integer.class)));
    }
}
