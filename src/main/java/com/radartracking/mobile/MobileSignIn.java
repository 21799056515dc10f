package com.radartracking.mobile;

import com.radartracking.customers.ConsentSource;
import com.radartracking.customers.ConsentType;
import com.radartracking.customers.CustomerConsents;
import com.radartracking.customers.CustomerDirectory;
import com.radartracking.customers.CustomerEnrolment;
import com.radartracking.customers.CustomerSelfService;
import com.radartracking.customers.CustomerSummary;
import com.radartracking.identity.CustomerTokens;
import com.radartracking.platform.tenancy.TenantContext;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enrolment and sign-in of the app's customers. A new contact becomes a customer and gets a token at
 * once; a known contact gets a one-time code instead (whoever typed someone's email must not get into
 * their account, nor change their consents), which {@link #signIn} exchanges for a token.
 */
@Service
class MobileSignIn {

    private final CustomerSelfService self;
    private final CustomerEnrolment enrolment;
    private final CustomerConsents consents;
    private final CustomerDirectory directory;
    private final VerificationCodes codes;
    private final VerificationCodeSender sender;
    private final CustomerTokens tokens;
    private final SignInLimits limits;
    private final MobileProperties properties;
    private final TransactionTemplate transactions;

    MobileSignIn(CustomerSelfService self, CustomerEnrolment enrolment, CustomerConsents consents,
            CustomerDirectory directory, VerificationCodes codes, VerificationCodeSender sender,
            CustomerTokens tokens, SignInLimits limits, MobileProperties properties, TransactionTemplate transactions) {
        this.self = self;
        this.enrolment = enrolment;
        this.consents = consents;
        this.directory = directory;
        this.codes = codes;
        this.sender = sender;
        this.tokens = tokens;
        this.limits = limits;
        this.properties = properties;
        this.transactions = transactions;
    }

    /** Either a token (new customer) or a pending verification (known contact). */
    sealed interface Outcome permits Enrolled, Pending {
    }

    record Enrolled(SignInApi.SessionResponse session) implements Outcome {
    }

    record Pending(SignInApi.VerificationPending verification) implements Outcome {
    }

    Outcome enrol(SignInApi.EnrolmentRequest request, String clientIp) {
        if (request.firstName() == null || request.firstName().isBlank()) {
            throw MobileException.badInput("firstName", "firstName is required");
        }
        requireContact(request.email(), request.phone());
        limits.enrolment(clientIp, request.email(), request.phone());
        Optional<UUID> known = self.findByContact(request.email(), request.phone());
        if (known.isPresent()) {
            return challenge(known.get(), request.email() != null && !request.email().isBlank());
        }
        CustomerEnrolment.Enrolment result = transactions.execute(status -> {
            CustomerEnrolment.Enrolment enrolled = enrolment.enrol(new CustomerEnrolment.Applicant(
                    request.firstName(), request.lastName(), request.email(), request.phone(), request.birthday(),
                    null, Map.of(), ConsentSource.APP), "APP");
            if (enrolled.created() && request.consents() != null) {
                Map<ConsentType, Boolean> answers = ConsentAnswers.of(request.consents());
                if (!answers.isEmpty()) {
                    consents.changeByCustomer(enrolled.customerId(), answers, ConsentSource.APP);
                }
            }
            return enrolled;
        });
        if (!result.created()) {
            // Created by a concurrent request between the look-up and now: the same as known.
            return challenge(result.customerId(), request.email() != null && !request.email().isBlank());
        }
        return new Enrolled(session(result.customerId()));
    }

    SignInApi.SessionResponse signIn(SignInApi.SessionRequest request, String clientIp) {
        requireContact(request.email(), request.phone());
        if (request.code() == null || !request.code().trim().matches("\\d{6}")) {
            throw MobileException.badInput("code", "code must be the 6 digits that were sent");
        }
        limits.session(clientIp, request.email(), request.phone());
        Optional<UUID> customer = self.findByContact(request.email(), request.phone());
        if (customer.isEmpty() || !codes.consume(customer.get(), request.code().trim())) {
            throw MobileException.unauthenticated("INVALID_CODE",
                    "The code is wrong, expired or already used; enrol again to get a new one");
        }
        return session(customer.get());
    }

    private SignInApi.SessionResponse session(UUID customerId) {
        CustomerTokens.IssuedCustomerToken token = tokens.issue(TenantContext.require(), customerId);
        return new SignInApi.SessionResponse(customerId.toString(), token.value(), "Bearer", token.expiresAt());
    }

    /** Stores a new code and sends it to the contact on file: email when the customer typed one. */
    private Pending challenge(UUID customerId, boolean preferEmail) {
        CustomerSummary customer = directory.find(customerId)
                .orElseThrow(() -> new IllegalStateException("Customer vanished: " + customerId));
        boolean byEmail = customer.email() != null && (preferEmail || customer.phone() == null);
        VerificationCodeSender.Channel channel = byEmail ? VerificationCodeSender.Channel.EMAIL
                : VerificationCodeSender.Channel.SMS;
        String destination = byEmail ? customer.email() : customer.phone();
        VerificationCodes.Issued issued = codes.issue(customerId);
        sender.send(TenantContext.require(), channel, destination, issued.code(), properties.codeTtl());
        return new Pending(new SignInApi.VerificationPending("VERIFICATION_REQUIRED", channel,
                ContactMask.mask(destination), issued.expiresAt()));
    }

    private static void requireContact(String email, String phone) {
        if ((email == null || email.isBlank()) && (phone == null || phone.isBlank())) {
            throw MobileException.badInput("email", "An email or a phone number is required");
        }
    }
}
