package com.radartracking.loyalty;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.graphql.GraphQlLimits;
import com.radartracking.platform.graphql.Ids;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** GraphQL entry points for cards: look-ups (by id, by code at the counter), enrolment, redemption, adjustment. */
@DgsComponent
class LoyaltyCardDataFetcher {

    private final CardStore cards;
    private final CardService cardService;
    private final RedemptionService redemptions;
    private final LedgerQueries ledger;
    private final RedemptionQueries redemptionQueries;
    private final GraphQlLimits limits;

    LoyaltyCardDataFetcher(CardStore cards, CardService cardService, RedemptionService redemptions,
            LedgerQueries ledger, RedemptionQueries redemptionQueries, GraphQlLimits limits) {
        this.cards = cards;
        this.cardService = cardService;
        this.redemptions = redemptions;
        this.ledger = ledger;
        this.redemptionQueries = redemptionQueries;
        this.limits = limits;
    }

    @DgsQuery
    CardView loyaltyCard(@InputArgument String id) {
        LoyaltyProgramDataFetcher.requireReader();
        return cards.byId(Ids.parse("id", id)).orElseThrow(() -> LoyaltyException.cardNotFound(id));
    }

    @DgsQuery
    CardView loyaltyCardByCode(@InputArgument String code) {
        LoyaltyProgramDataFetcher.requireReader();
        return cards.byCode(code).orElseThrow(() -> LoyaltyException.cardCodeNotFound(code));
    }

    /** Newest first; Staff see redemptions at their assigned locations only. */
    @DgsQuery
    Connection<RedemptionView> redemptions(@InputArgument Integer first, @InputArgument String after,
            @InputArgument Map<String, Object> filter) {
        Actor actor = CurrentActor.requireRole(Role.ADMIN, Role.STAFF, Role.ANALYST);
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        Map<String, Object> given = filter == null ? Map.of() : filter;
        RedemptionQueries.Filter criteria = new RedemptionQueries.Filter(LoyaltyInputs.id(given, "customerId"),
                LoyaltyInputs.id(given, "cardId"), LoyaltyInputs.id(given, "rewardId"),
                LoyaltyInputs.id(given, "locationId"), (Instant) given.get("from"), (Instant) given.get("to"));
        List<RedemptionView> rows = redemptionQueries.page(actor, criteria, page);
        return Connection.of(rows, page, null, row -> PageArgs.encode(row.occurredAt(), row.id()), row -> row);
    }

    @DgsMutation
    CardView issueLoyaltyCard(@InputArgument String customerId, @InputArgument String programId) {
        return cardService.issue(Ids.parse("customerId", customerId), Ids.parse("programId", programId));
    }

    @DgsMutation
    RedemptionView redeemReward(@InputArgument Map<String, Object> input) {
        return redemptions.redeem(new RedemptionService.Redeem(LoyaltyInputs.id(input, "cardId"),
                (String) input.get("cardCode"), LoyaltyInputs.id(input, "rewardId"),
                LoyaltyInputs.id(input, "locationId")));
    }

    @DgsMutation
    CardView adjustPoints(@InputArgument Map<String, Object> input) {
        Object delta = input.get("delta");
        return cardService.adjust(LoyaltyInputs.id(input, "cardId"),
                delta == null ? null : ((Number) delta).longValue(), (String) input.get("reason"));
    }

    /** A paginated field of one card (the card screen), newest movement first. */
    @DgsData(parentType = "LoyaltyCard", field = "ledger")
    Connection<LedgerEntryView> cardLedger(DgsDataFetchingEnvironment environment) {
        LoyaltyProgramDataFetcher.requireReader();
        CardView card = environment.getSourceOrThrow();
        Integer first = environment.getArgument("first");
        String after = environment.getArgument("after");
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        List<LedgerEntryView> rows = ledger.page(card.id(), page);
        return Connection.of(rows, page, null, row -> PageArgs.encode(row.occurredAt(), row.id()), row -> row);
    }
}
