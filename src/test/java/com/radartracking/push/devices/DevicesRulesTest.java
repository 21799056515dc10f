package com.radartracking.push.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.platform.errors.DomainException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DevicesRulesTest {

    private static final String FCM = "dXyZ12ab:APA91bHPRgkFLJu6zHk_dXyZ12ab-APA91bHPRgkF";

    private static DeviceRegistration registration(String token, String kind, String platform, String version,
            String locale, String zone) {
        return new DeviceRegistration(token, kind, platform, version, locale, zone);
    }

    private static void assertRefused(DeviceRegistration registration, String field) {
        assertThatThrownBy(() -> DeviceRules.validate(registration)).isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException domain = (DomainException) e;
                    assertThat(domain.code().name()).isEqualTo("BAD_USER_INPUT");
                    assertThat(domain.extensions()).containsEntry("field", field);
                });
    }

    @Test
    void aFullRegistrationIsNormalised() {
        DeviceRules.Valid valid = DeviceRules.validate(registration(FCM, "FID", "IOS", " 3.4.1 ", "es-co",
                "america/bogota"));
        assertThat(valid.token()).isEqualTo(FCM);
        assertThat(valid.tokenKind()).isEqualTo(DeviceTokenKind.FID);
        assertThat(valid.platform()).isEqualTo(DevicePlatform.IOS);
        assertThat(valid.appVersion()).isEqualTo("3.4.1");
        assertThat(valid.locale()).isEqualTo("es-CO");
        assertThat(valid.timeZone()).isEqualTo("America/Bogota");
    }

    @Test
    void onlyTokenAndPlatformAreRequiredAndTheKindDefaultsToFcmToken() {
        DeviceRules.Valid valid = DeviceRules.validate(registration(FCM, null, "ANDROID", null, null, null));
        assertThat(valid.tokenKind()).isEqualTo(DeviceTokenKind.FCM_TOKEN);
        assertThat(valid.appVersion()).isNull();
        assertThat(valid.locale()).isNull();
        assertThat(valid.timeZone()).isNull();
        assertThat(DeviceRules.validate(registration(FCM, null, "WEB", "   ", null, null)).appVersion()).isNull();
    }

    @Test
    void malformedTokensAreRefused() {
        assertRefused(registration(null, null, "ANDROID", null, null, null), "token");
        assertRefused(registration("", null, "ANDROID", null, null, null), "token");
        assertRefused(registration("a".repeat(4097), null, "ANDROID", null, null, null), "token");
        assertRefused(registration("abc def", null, "ANDROID", null, null, null), "token");
        assertRefused(registration(FCM + "\n", null, "ANDROID", null, null, null), "token");
        assertRefused(registration("abc\u0000def", null, "ANDROID", null, null, null), "token");
        assertRefused(registration("abc\tdef", null, "ANDROID", null, null, null), "token");
        assertRefused(registration("tókén", null, "ANDROID", null, null, null), "token");
        assertThat(DeviceRules.validate(registration("a".repeat(4096), null, "ANDROID", null, null, null)).token())
                .hasSize(4096);
    }

    @Test
    void unknownPlatformsAndKindsAreRefused() {
        assertRefused(registration(FCM, null, null, null, null, null), "platform");
        assertRefused(registration(FCM, null, "android", null, null, null), "platform");
        assertRefused(registration(FCM, null, "WINDOWS", null, null, null), "platform");
        assertRefused(registration(FCM, "APNS", "IOS", null, null, null), "tokenKind");
        assertRefused(registration(FCM, "", "IOS", null, null, null), "tokenKind");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es_CO", "", "   ", "x-private", "español", "e", "toolonglanguage", "es-CO-"})
    void malformedLocalesAreRefused(String locale) {
        assertRefused(registration(FCM, null, "ANDROID", null, locale, null), "locale");
    }

    @Test
    void wellFormedLocalesAreKeptCanonical() {
        assertThat(DeviceRules.locale("en")).isEqualTo("en");
        assertThat(DeviceRules.locale("pt-br")).isEqualTo("pt-BR");
        assertThat(DeviceRules.locale("zh-Hant-TW")).isEqualTo("zh-Hant-TW");
        assertThat(DeviceRules.locale("es-419")).isEqualTo("es-419");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus", "+05:00", "UTC+5", "", "Bogota"})
    void badTimeZonesAreRefused(String zone) {
        assertRefused(registration(FCM, null, "ANDROID", null, null, zone), "timeZone");
    }

    @Test
    void longOrControlledAppVersionsAreRefused() {
        assertRefused(registration(FCM, null, "ANDROID", "1".repeat(41), null, null), "appVersion");
        assertRefused(registration(FCM, null, "ANDROID", "1.0\u0007", null, null), "appVersion");
    }

    @Test
    void aDeviceIsStaleOnceNotRefreshedWithinTheWindow() {
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        Duration window = Duration.ofDays(30);
        assertThat(DeviceRules.freshSince(now, window)).isEqualTo(Instant.parse("2026-10-30T12:00:00Z"));
        assertThat(DeviceRules.isStale(now.minus(Duration.ofDays(29)), now, window)).isFalse();
        assertThat(DeviceRules.isStale(now.minus(window), now, window)).as("exactly at the edge is fresh").isFalse();
        assertThat(DeviceRules.isStale(now.minus(window).minusMillis(1), now, window)).isTrue();
    }

    @Test
    void propertiesRefuseNonsense() {
        assertThatThrownBy(() -> new DeviceProperties(Duration.ZERO, 10, 60, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeviceProperties(Duration.ofDays(30), 0, 60, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeviceProperties(Duration.ofDays(30), 10, 0, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
