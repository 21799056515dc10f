package com.radartracking.mobile;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Development {@link VerificationCodeSender}: sends nothing. With {@code radar.mobile.log-codes=true} (the
 * dev profile) it writes the code to the log so a developer can sign in; otherwise it logs only that a code
 * went undelivered, since codes in production logs would let whoever reads them into accounts. It keeps
 * the last codes in memory (bounded) for the integration tests. Replace it with a real provider (a
 * {@code @Primary} bean) before customers use the app.
 */
@Component
class LoggingVerificationCodeSender implements VerificationCodeSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingVerificationCodeSender.class);
    private static final int REMEMBERED = 1000;

    private final Map<String, String> lastCodes = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    private final boolean logCodes;

    LoggingVerificationCodeSender(@Value("${radar.mobile.log-codes:false}") boolean logCodes) {
        this.logCodes = logCodes;
        log.warn("Sign-in codes of the mobile app are not sent (development sender{}). Plug in an email/SMS "
                + "VerificationCodeSender for production.", logCodes ? "; codes are written to this log" : "");
    }

    @Override
    public void send(UUID businessId, Channel channel, String destination, String code, Duration validFor) {
        synchronized (lastCodes) {
            lastCodes.put(businessId + "|" + destination, code);
        }
        if (logCodes) {
            log.info("DEV ONLY - sign-in code for {} via {} (business {}): {} (valid {} min)", destination, channel,
                    businessId, code, validFor.toMinutes());
        } else {
            log.warn("No VerificationCodeSender configured: a sign-in code for {} via {} (business {}) was not "
                    + "delivered", ContactMask.mask(destination), channel, businessId);
        }
    }

    /** The last code sent to {@code destination} of {@code businessId}, if this instance sent one. */
    Optional<String> lastCode(UUID businessId, String destination) {
        synchronized (lastCodes) {
            return Optional.ofNullable(lastCodes.get(businessId + "|" + destination));
        }
    }
}
