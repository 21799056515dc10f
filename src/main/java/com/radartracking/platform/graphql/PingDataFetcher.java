package com.radartracking.platform.graphql;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;

/** A query anyone may run, so clients and probes can check the GraphQL endpoint itself. */
@DgsComponent
class PingDataFetcher {

    @DgsQuery
    boolean ping() {
        return true;
    }
}
