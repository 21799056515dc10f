package com.radartracking.mobile;

import com.radartracking.customers.ConsentSource;
import com.radartracking.customers.ConsentType;
import com.radartracking.customers.CustomerConsents;
import com.radartracking.customers.CustomerDirectory;
import com.radartracking.customers.CustomerSelfService;
import com.radartracking.customers.CustomerSummary;
import com.radartracking.loyalty.LoyaltyCards;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What the signed-in customer reads and changes about themself, through the customers and loyalty
 * modules' APIs. Always the token's customer: no endpoint takes a customer id. A customer erased since
 * the token was issued is refused as unauthenticated.
 */
@Service
class CustomerAccount {

    private final CustomerDirectory directory;
    private final CustomerConsents consents;
    private final CustomerSelfService self;
    private final ObjectProvider<LoyaltyCards> loyaltyCards;

    CustomerAccount(CustomerDirectory directory, CustomerConsents consents, CustomerSelfService self,
            ObjectProvider<LoyaltyCards> loyaltyCards) {
        this.directory = directory;
        this.consents = consents;
        this.self = self;
        this.loyaltyCards = loyaltyCards;
    }

    MeApi.Profile profile(UUID customerId) {
        CustomerSummary customer = require(customerId);
        return new MeApi.Profile(customer.id().toString(), customer.firstName(), customer.lastName(),
                customer.email(), customer.phone(), customer.birthday(), customer.createdAt(), customer.visitCount(),
                customer.firstVisitAt(), customer.lastVisitAt(), customer.totalSpent(),
                ConsentAnswers.body(consents.current(customerId)));
    }

    MeApi.Profile updateProfile(UUID customerId, CustomerSelfService.ProfileChange change) {
        require(customerId);
        self.updateProfile(customerId, change);
        return profile(customerId);
    }

    SignInApi.ConsentsBody changeConsents(UUID customerId, SignInApi.ConsentsBody body) {
        require(customerId);
        Map<ConsentType, Boolean> answers = ConsentAnswers.of(body);
        if (answers.isEmpty()) {
            throw MobileException.badInput("push", "Give at least one of push, location, marketing");
        }
        consents.changeByCustomer(customerId, answers, ConsentSource.APP);
        return ConsentAnswers.body(consents.current(customerId));
    }

    /** The customer's cards; none while no loyalty implementation is deployed. */
    MeApi.Cards cards(UUID customerId) {
        require(customerId);
        LoyaltyCards loyalty = loyaltyCards.getIfAvailable();
        List<LoyaltyCards.CardSummary> cards = loyalty == null ? List.of() : loyalty.cardsOf(customerId);
        return new MeApi.Cards(cards.stream().map(card -> new MeApi.Card(card.cardId().toString(),
                card.programId().toString(), card.programName(), card.kind().name(), card.code(), card.qrPayload(),
                card.pointsBalance(), card.stampsPerReward(),
                card.availableRewards().stream().map(reward -> new MeApi.Reward(reward.rewardId().toString(),
                        reward.name(), reward.cost())).toList(),
                card.lastActivityAt())).toList());
    }

    CustomerSummary require(UUID customerId) {
        return directory.find(customerId).orElseThrow(CustomerAccount::gone);
    }

    /** The refusal for a token whose customer no longer exists. */
    static MobileException gone() {
        return MobileException.unauthenticated("CUSTOMER_GONE", "This customer no longer exists; enrol again");
    }
}
