package com.radartracking.mobile;

import java.time.Duration;
import java.util.UUID;

/**
 * SPI: delivers a one-time sign-in code to a customer who enrols again with a contact the business already
 * knows (a new phone, a reinstalled app). Called after the code is stored; an implementation must not log
 * the code in production. {@link LoggingVerificationCodeSender} serves development until an email or SMS
 * provider is plugged in (declare the real one {@code @Primary}).
 */
public interface VerificationCodeSender {

    enum Channel { EMAIL, SMS }

    /**
     * @param destination the customer's stored email (lower case) or phone (E.164)
     * @param validFor how long the code works, for the message ("valid for 10 minutes")
     */
    void send(UUID businessId, Channel channel, String destination, String code, Duration validFor);
}
