package com.radartracking.mobile;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** Request and response bodies of enrolment and sign-in (as the OpenAPI document shows them). */
final class SignInApi {

    private SignInApi() {
    }

    @Schema(description = "A customer joining the business's programme (or coming back on a new device)")
    record EnrolmentRequest(
            @Schema(example = "María", requiredMode = Schema.RequiredMode.REQUIRED) String firstName,
            @Schema(example = "Rodríguez") String lastName,
            @Schema(description = "Email or phone is required", example = "maria@example.com") String email,
            @Schema(description = "E.164, or national in the business's country", example = "+573005550101")
            String phone,
            @Schema(example = "1990-04-23") LocalDate birthday,
            @Schema(description = "Answers given in the app's sign-up screen; applied only to a new customer "
                    + "(an existing one changes them after signing in)") ConsentsBody consents) {
    }

    @Schema(description = "Signs an existing customer in with the code sent after enrolment answered 202")
    record SessionRequest(
            @Schema(example = "maria@example.com") String email,
            String phone,
            @Schema(example = "123456", requiredMode = Schema.RequiredMode.REQUIRED) String code) {
    }

    @Schema(description = "A customer token: send it as Authorization: Bearer <accessToken>")
    record SessionResponse(String customerId, String accessToken,
            @Schema(example = "Bearer") String tokenType, Instant expiresAt) {
    }

    @Schema(description = "The contact belongs to an existing customer: a one-time code was sent to it")
    record VerificationPending(@Schema(example = "VERIFICATION_REQUIRED") String status,
            @Schema(example = "EMAIL") VerificationCodeSender.Channel channel,
            @Schema(description = "Where the code went, partly hidden", example = "m***@example.com")
            String destination,
            Instant expiresAt) {
    }

    @Schema(description = "Consent answers; a missing member is left as it is")
    record ConsentsBody(Boolean push, Boolean location, Boolean marketing) {
    }
}
