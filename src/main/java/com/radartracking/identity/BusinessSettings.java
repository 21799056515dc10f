package com.radartracking.identity;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/** Allowed values for a business's locale and currency. */
final class BusinessSettings {

    /** The panel ships Spanish for Latin America (default) and English. */
    static final Set<String> LOCALES = Set.of("es-419", "es", "en", "en-US", "pt-BR");

    private BusinessSettings() {
    }

    static String requireLocale(String locale) {
        if (!LOCALES.contains(locale)) {
            throw IdentityException.badInput("locale", "Unsupported locale '" + locale + "'; use one of " + LOCALES);
        }
        return locale;
    }

    static String requireCurrency(String currency) {
        try {
            return Currency.getInstance(currency.trim().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (RuntimeException e) {
            throw IdentityException.badInput("currency", "Unknown ISO-4217 currency '" + currency + "'");
        }
    }
}
