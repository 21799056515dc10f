package com.radartracking.campaigns.editing;

import com.radartracking.audit.ActivityLog;
import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.CampaignStore;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns as users edit them: Admins write and move them through their lifecycle, every member of the business
 * reads them. Each change checks everything again ({@link CampaignRules}, {@link CampaignReferences}), holds the
 * campaign's row lock while it reads and changes the status (two Admins racing, or a scheduler run, cannot
 * interleave), and writes the activity log in the same transaction.
 */
@Service
class CampaignService {

    private final CampaignStore store;
    private final CampaignReferences references;
    private final ActivityLog activity;
    private final Clock clock;

    CampaignService(CampaignStore store, CampaignReferences references, ActivityLog activity, Clock clock) {
        this.store = store;
        this.references = references;
        this.activity = activity;
        this.clock = clock;
    }

    static void requireReader() {
        CurrentActor.requireRole(Role.ADMIN, Role.STAFF, Role.ANALYST);
    }

    @Transactional(readOnly = true)
    Campaign find(UUID id) {
        requireReader();
        return store.find(id).orElseThrow(() -> CampaignException.notFound(id));
    }

    @Transactional(readOnly = true)
    List<Campaign> page(PageArgs page, CampaignStore.Filter filter) {
        requireReader();
        return store.page(page, filter);
    }

    @Transactional
    Campaign create(Map<String, Object> input) {
        Actor actor = CurrentActor.requireRole(Role.ADMIN);
        Instant now = now();
        Campaign campaign = CampaignInputs.read(input, UUID.randomUUID(), TenantContext.require(),
                CampaignStatus.DRAFT, actor.userId(), now, now);
        checkAll(campaign, now);
        store.insert(campaign);
        activity.record("campaign.create", "Campaign", campaign.id(),
                Map.of("name", campaign.name(), "kind", campaign.kind().name()));
        return store.find(campaign.id()).orElseThrow();
    }

    @Transactional
    Campaign update(UUID id, Map<String, Object> input) {
        CurrentActor.requireRole(Role.ADMIN);
        Campaign current = locked(id);
        requireStatus(current, CampaignLifecycle.EDITABLE, "NOT_EDITABLE",
                "Only DRAFT and PAUSED campaigns can be changed; pause it first");
        Instant now = now();
        Campaign campaign = CampaignInputs.read(input, id, current.businessId(), current.status(),
                current.createdBy(), current.createdAt(), now);
        checkAll(campaign, now);
        store.updateSettings(campaign);
        activity.record("campaign.update", "Campaign", id, Map.of("name", campaign.name()));
        return store.find(id).orElseThrow();
    }

    @Transactional
    Campaign activate(UUID id) {
        CurrentActor.requireRole(Role.ADMIN);
        Campaign campaign = locked(id);
        requireStatus(campaign, Set.of(CampaignStatus.DRAFT), "NOT_DRAFT",
                "Only a DRAFT campaign can be activated (resume a PAUSED one)");
        return start(campaign, "campaign.activate");
    }

    @Transactional
    Campaign pause(UUID id) {
        CurrentActor.requireRole(Role.ADMIN);
        Campaign campaign = locked(id);
        requireStatus(campaign, CampaignLifecycle.PAUSABLE, "NOT_RUNNING",
                "Only SCHEDULED and ACTIVE campaigns can be paused");
        return move(campaign, CampaignStatus.PAUSED, null, "campaign.pause");
    }

    @Transactional
    Campaign resume(UUID id) {
        CurrentActor.requireRole(Role.ADMIN);
        Campaign campaign = locked(id);
        requireStatus(campaign, Set.of(CampaignStatus.PAUSED), "NOT_PAUSED", "Only a PAUSED campaign can be resumed");
        if (CampaignLifecycle.finished(campaign, now())) {
            return move(campaign, CampaignStatus.COMPLETED, null, "campaign.resume");
        }
        return start(campaign, "campaign.resume");
    }

    @Transactional
    Campaign archive(UUID id) {
        CurrentActor.requireRole(Role.ADMIN);
        Campaign campaign = locked(id);
        if (campaign.status() == CampaignStatus.ARCHIVED) {
            throw CampaignException.conflict("ARCHIVED", campaign.status().name(), "The campaign is already archived");
        }
        return move(campaign, CampaignStatus.ARCHIVED, null, "campaign.archive");
    }

    /** Activation and resume: everything checked again (time has passed, references may be gone), then started. */
    private Campaign start(Campaign campaign, String action) {
        Instant now = now();
        checkAll(campaign, now);
        CampaignLifecycle.State state = CampaignLifecycle.start(campaign, now, store.timeZone());
        return move(campaign, state.status(), state.nextRunAt(), action);
    }

    private Campaign move(Campaign campaign, CampaignStatus status, Instant nextRunAt, String action) {
        store.setStatus(campaign.id(), status, nextRunAt, now());
        activity.record(action, "Campaign", campaign.id(), Map.of("from", campaign.status().name(), "to", status.name()));
        return store.find(campaign.id()).orElseThrow();
    }

    private void checkAll(Campaign campaign, Instant now) {
        CampaignRules.check(campaign, now, store.timeZone());
        references.check(campaign);
    }

    private Campaign locked(UUID id) {
        return store.lock(id).orElseThrow(() -> CampaignException.notFound(id));
    }

    private static void requireStatus(Campaign campaign, Set<CampaignStatus> allowed, String reason, String message) {
        if (!allowed.contains(campaign.status())) {
            throw CampaignException.conflict(reason, campaign.status().name(),
                    message + " (it is " + campaign.status() + ")");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
