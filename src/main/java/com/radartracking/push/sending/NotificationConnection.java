package com.radartracking.push.sending;

import com.radartracking.platform.graphql.Connection;
import java.util.List;

/**
 * The GraphQL {@code NotificationConnection}: a page plus what its {@code counts} field counts, either a
 * filter (the notifications query, a send's notifications) or one customer (through a loader).
 */
record NotificationConnection(List<Connection.Edge<NotificationView>> edges, Connection.PageInfo pageInfo,
        PushQueries.NotificationFilter filter, PushLoaders.Key customer) {

    static NotificationConnection of(Connection<NotificationView> page, PushQueries.NotificationFilter filter,
            PushLoaders.Key customer) {
        return new NotificationConnection(page.edges(), page.pageInfo(), filter, customer);
    }

    static String cursor(NotificationView row) {
        return com.radartracking.platform.graphql.PageArgs.encode(row.createdAt(), row.id());
    }

    static String cursor(SkipView row) {
        return com.radartracking.platform.graphql.PageArgs.encode(row.createdAt(), row.id());
    }

}
