package com.radartracking.push.sending;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import java.util.Map;

/** GraphQL entry points of the push settings. */
@DgsComponent
class PushSettingsDataFetcher {

    private final PushSettingsService settings;

    PushSettingsDataFetcher(PushSettingsService settings) {
        this.settings = settings;
    }

    @DgsQuery
    PushSettings.View pushSettings() {
        return settings.current();
    }

    @DgsMutation
    PushSettings.View updatePushSettings(@InputArgument Map<String, Object> input) {
        return settings.update(input);
    }

    @DgsMutation
    PushSettings.View clearPushBlock() {
        return settings.clearBlock();
    }
}
