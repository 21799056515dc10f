package com.radartracking.platform.graphql;

import com.netflix.graphql.dgs.context.GraphQLContextContributor;
import com.netflix.graphql.dgs.internal.DgsRequestData;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import graphql.GraphQLContext;
import graphql.introspection.Introspection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Outside development, only authenticated admins and analysts may introspect the schema; everyone
 * else gets an error for {@code __schema}/{@code __type} (plain {@code __typename} stays allowed).
 */
@Component
class IntrospectionGuard implements GraphQLContextContributor {

    private final GraphQlLimits limits;

    IntrospectionGuard(GraphQlLimits limits) {
        this.limits = limits;
    }

    @Override
    public void contribute(GraphQLContext.Builder builder, Map<String, ?> extensions, DgsRequestData requestData) {
        boolean allowed = limits.devMode()
                || CurrentActor.find().map(actor -> actor.is(Role.ADMIN, Role.ANALYST)).orElse(false);
        if (!allowed) {
            builder.put(Introspection.INTROSPECTION_DISABLED, true);
        }
    }
}
