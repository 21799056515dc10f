package com.radartracking.loyalty;

import com.radartracking.customers.ImportedBalances;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Connects the customers CSV import's {@link ImportedBalances} SPI to {@link OpeningBalances}, so the
 * dependency runs loyalty to customers only (customers importing a loyalty type would make a cycle).
 */
@Component
class ImportedBalancesAdapter implements ImportedBalances {

    private final ObjectProvider<OpeningBalances> openingBalances;

    ImportedBalancesAdapter(ObjectProvider<OpeningBalances> openingBalances) {
        this.openingBalances = openingBalances;
    }

    @Override
    public boolean credit(UUID customerId, Kind kind, UUID programId, long amount, String reference) {
        OpeningBalances balances = openingBalances.getIfAvailable();
        if (balances == null) {
            throw LoyaltyException.badInput(kind == Kind.POINTS ? "points" : "stamps",
                    "No loyalty program can take opening balances yet");
        }
        return balances.credit(customerId, programId, amount, reference);
    }
}
