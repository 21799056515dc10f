/**
 * Push pipeline (DESIGN.md §5): device tokens registered through the mobile shim ({@code devices}), send
 * requests and their fan-out into the notification outbox ({@code sending}), the dispatcher that claims due
 * rows with {@code FOR UPDATE SKIP LOCKED} and delivers them ({@code dispatch}), and the providers behind
 * {@link com.radartracking.push.gateway.PushGateway} (FCM through the Firebase Admin SDK, or the sandbox).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Push")
package com.radartracking.push;
