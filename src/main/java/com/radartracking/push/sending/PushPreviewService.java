package com.radartracking.push.sending;

import com.radartracking.customers.CustomerDirectory;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reach and sample of a message before sending it; reads only. */
@Service
class PushPreviewService {

    private final AudienceStats stats;
    private final PushSettingsStore settings;
    private final CustomerDirectory customers;

    PushPreviewService(AudienceStats stats, PushSettingsStore settings, CustomerDirectory customers) {
        this.stats = stats;
        this.settings = settings;
        this.customers = customers;
    }

    record MessagePreview(String title, String body, String imageUrl, String deepLink) {
    }

    record Preview(int customers, int reachableCustomers, int devices, List<PushQueries.SkipCount> skipped,
            MessagePreview sample, int payloadBytes) {
    }

    @Transactional(readOnly = true)
    Preview preview(PushAudience audience, PushMessage message) {
        Actor actor = CurrentActor.requireRole(Role.ADMIN, Role.STAFF, Role.ANALYST);
        if (actor.role() == Role.STAFF && audience.kind() != PushAudience.Kind.CUSTOMER) {
            throw PushException.forbidden("Staff may send to one customer only; " + audience.kind()
                    + " audiences need an Admin");
        }
        int unknown = 0;
        if (audience.kind() == PushAudience.Kind.CUSTOMER && customers.find(audience.customerId()).isEmpty()) {
            throw PushException.notFound("Customer", audience.customerId());
        }
        if (audience.kind() == PushAudience.Kind.CUSTOMERS) {
            Set<java.util.UUID> known = customers.findAll(audience.customerIds()).keySet();
            unknown = (int) audience.customerIds().stream().filter(id -> !known.contains(id)).count();
        }
        PushSettings current = settings.current();
        AudienceStats.Reach reach = stats.reach(audience, current.businessId());
        List<PushQueries.SkipCount> skipped = new ArrayList<>();
        reach.skipped().forEach((reason, count) -> skipped.add(new PushQueries.SkipCount(reason, count)));
        if (unknown > 0) {
            skipped.add(new PushQueries.SkipCount("UNKNOWN_CUSTOMER", unknown));
        }
        AudienceStats.Sample sample = reach.sample() == null
                ? new AudienceStats.Sample("Ana", "García", 120) : reach.sample();
        Map<String, String> values = Placeholders.values(sample.firstName(), sample.lastName(), sample.points(),
                current.businessName());
        MessagePreview rendered = new MessagePreview(Placeholders.render(message.title(), values),
                Placeholders.render(message.body(), values), message.imageUrl(), message.deepLink());
        return new Preview(reach.customers() + unknown, reach.reachable(), reach.devices(), skipped, rendered,
                stats.maxPayloadBytes(message, audience, current));
    }
}
