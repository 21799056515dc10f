package com.radartracking.mobile;

import com.radartracking.platform.web.RequestContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Enrolment and sign-in: the two shim endpoints that need only the app key. */
@RestController
@RequestMapping(path = MobileSecurityConfiguration.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sign-in", description = "Enrol a customer or sign an existing one back in")
class SignInController {

    private final MobileSignIn signIn;

    SignInController(MobileSignIn signIn) {
        this.signIn = signIn;
    }

    @PostMapping(path = "/enrolments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enrol a customer", description = "A new email/phone creates the customer and returns a "
            + "customer token (201). A known one sends a one-time code to the contact on file (202): exchange it "
            + "at POST /sessions.")
    @ApiResponse(responseCode = "201", description = "Enrolled",
            content = @Content(schema = @Schema(implementation = SignInApi.SessionResponse.class)))
    @ApiResponse(responseCode = "202", description = "Known contact: verification code sent",
            content = @Content(schema = @Schema(implementation = SignInApi.VerificationPending.class)))
    ResponseEntity<Object> enrol(@RequestBody SignInApi.EnrolmentRequest body) {
        return switch (signIn.enrol(body, clientIp())) {
            case MobileSignIn.Enrolled enrolled -> ResponseEntity.status(HttpStatus.CREATED).body(enrolled.session());
            case MobileSignIn.Pending pending -> ResponseEntity.status(HttpStatus.ACCEPTED).body(pending.verification());
        };
    }

    @PostMapping(path = "/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sign in with a one-time code", description = "Exchanges the code sent after a 202 "
            + "enrolment for a customer token. A wrong, expired or used code is 401 (reason INVALID_CODE).")
    @ApiResponse(responseCode = "200", description = "Signed in")
    SignInApi.SessionResponse session(@RequestBody SignInApi.SessionRequest body) {
        return signIn.signIn(body, clientIp());
    }

    private static String clientIp() {
        return RequestContext.current().map(RequestContext::clientIp).orElse("unknown");
    }
}
