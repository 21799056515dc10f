package com.radartracking.mobile;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Development {@link VerificationCodeSender}: writes the code to the log instead of sending it, and says
 * so, and keeps the last codes in memory (bounded) so the local demo and the integration tests can read
 * them. Replace it with a real provider (a {@code @Primary} bean) before customers use the app.
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

    LoggingVerificationCodeSender() {
        log.warn("Sign-in codes of the mobile app are written to the log, not sent (development sender). "
                + "Plug in an email/SMS VerificationCodeSender for production.");
    }

    @Override
    public void send(UUID businessId, Channel channel, String destination, String code, Duration validFor) {
        synchronized (lastCodes) {
            lastCodes.put(businessId + "|" + destination, code);
        }
        log.info("DEV ONLY - sign-in code for {} via {} (business {}): {} (valid {} min)", destination, channel,
                businessId, code, validFor.toMinutes());
    }

    /** The last code sent to {@code destination} of {@code businessId}, if this instance sent one. */
    Optional<String> lastCode(UUID businessId, String destination) {
        synchronized (lastCodes) {
            return Optional.ofNullable(lastCodes.get(businessId + "|" + destination));
        }
    }
}
