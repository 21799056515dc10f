package com.radartracking.mobile;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Registering and revoking the business's apps; Admins only, every change in the activity log. */
@Service
class MobileAppService {

    static final String KEY_PREFIX = "pk_live_";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MobileAppRepository apps;
    private final AppKeys appKeys;
    private final ActivityLog activityLog;
    private final Clock clock;

    MobileAppService(MobileAppRepository apps, AppKeys appKeys, ActivityLog activityLog, Clock clock) {
        this.apps = apps;
        this.appKeys = appKeys;
        this.activityLog = activityLog;
        this.clock = clock;
    }

    record Page(List<MobileApp> rowsPlusOne, int totalCount) {
    }

    @Transactional(readOnly = true)
    Page page(PageArgs args, boolean includeRevoked) {
        CurrentActor.requireRole(Role.ADMIN);
        PageArgs.Position after = args.position();
        List<MobileApp> rows = apps.page(includeRevoked, after == null ? null : after.createdAt(),
                after == null ? null : after.id(), Limit.of(args.first() + 1));
        return new Page(rows, (int) apps.countVisible(includeRevoked));
    }

    @Transactional
    MobileApp create(String rawName) {
        CurrentActor.requireRole(Role.ADMIN);
        String name = rawName == null ? "" : rawName.trim().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > 80) {
            throw MobileException.badInput("name", "The app's name must be 1 to 80 characters");
        }
        MobileApp app = apps.saveAndFlush(new MobileApp(name, newKey(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        activityLog.record("mobile_app.created", "MobileApp", app.id(), Map.of("name", name));
        return app;
    }

    @Transactional
    MobileApp revoke(UUID id) {
        CurrentActor.requireRole(Role.ADMIN);
        MobileApp app = apps.findById(id).orElseThrow(() -> MobileException.appNotFound(id));
        if (app.revokedAt() == null) {
            app.revoke(clock.instant().truncatedTo(ChronoUnit.MICROS));
            apps.flush();
            activityLog.record("mobile_app.revoked", "MobileApp", id);
            String key = app.publicKey();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    appKeys.forget(key);
                }
            });
        }
        return app;
    }

    /** pk_live_ and 32 base-62 characters (about 190 bits): unguessable, though not secret. */
    static String newKey() {
        StringBuilder key = new StringBuilder(KEY_PREFIX);
        for (int i = 0; i < 32; i++) {
            key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return key.toString();
    }
}
