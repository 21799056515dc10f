package com.radartracking.identity;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.web.RequestContext;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;

/** Sign-up, login, refresh, logout and {@code me}: the public doors of the API. */
@DgsComponent
class AuthDataFetcher {

    private final AuthService auth;
    private final BusinessService businessService;
    private final UserDirectory users;
    private final int defaultLocationLimit;

    AuthDataFetcher(AuthService auth, BusinessService businessService, UserDirectory users,
            @Value("${radar.locations.default-limit:5}") int defaultLocationLimit) {
        this.auth = auth;
        this.businessService = businessService;
        this.users = users;
        this.defaultLocationLimit = defaultLocationLimit;
    }

    @DgsMutation
    IdentityViews.AuthPayloadView signUp(@InputArgument Map<String, String> input) {
        return payload(auth.signUp(new AuthService.SignUpCommand(input.get("businessName"), input.get("timeZone"),
                input.get("locale"), input.get("currency"), input.get("email"), input.get("password"),
                input.get("displayName"))));
    }

    @DgsMutation
    IdentityViews.AuthPayloadView login(@InputArgument Map<String, String> input) {
        String ip = RequestContext.current().map(RequestContext::clientIp).orElse(null);
        return payload(auth.login(input.get("email"), input.get("password"), ip));
    }

    @DgsMutation
    IdentityViews.AuthPayloadView refresh(@InputArgument String refreshToken) {
        return payload(auth.refresh(refreshToken));
    }

    @DgsMutation
    boolean logout(@InputArgument String refreshToken) {
        auth.logout(refreshToken);
        return true;
    }

    @DgsQuery
    IdentityViews.MeView me() {
        Actor actor = CurrentActor.require();
        return new IdentityViews.MeView(users.view(actor.userId()),
                IdentityViews.business(businessService.current(), defaultLocationLimit));
    }

    @DgsMutation
    IdentityViews.BusinessView updateBusiness(@InputArgument Map<String, String> input) {
        Business business = businessService.update(new BusinessService.BusinessUpdate(input.get("name"),
                input.get("timeZone"), input.get("locale"), input.get("currency")));
        return IdentityViews.business(business, defaultLocationLimit);
    }

    private static IdentityViews.AuthPayloadView payload(AuthService.Session session) {
        return session.toPayload();
    }
}
