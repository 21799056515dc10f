package com.radartracking.push.sending;

import com.radartracking.platform.tenancy.TenantKey;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.tenancy.TenantKey;
import java.util.List;

/**
 * The GraphQL {@code NotificationConnection}: a page plus what its {@code counts} field counts: a filter
 * (the notifications query, a send's notifications of one status), counted by a query of its own, or all
 * of one send's or one customer's, counted through the {@code countsLoader} with the others of the page.
 */
record NotificationConnection(List<Connection.Edge<NotificationView>> edges, Connection.PageInfo pageInfo,
        PushQueries.NotificationFilter filter, TenantKey countsOf, String countsLoader) {

    static NotificationConnection filtered(Connection<NotificationView> page, PushQueries.NotificationFilter filter) {
        return new NotificationConnection(page.edges(), page.pageInfo(), filter, null, null);
    }

    static NotificationConnection allOf(Connection<NotificationView> page, TenantKey parent, String countsLoader) {
        return new NotificationConnection(page.edges(), page.pageInfo(), null, parent, countsLoader);
    }

    static String cursor(NotificationView row) {
        return com.radartracking.platform.graphql.PageArgs.encode(row.createdAt(), row.id());
    }

    static String cursor(SkipView row) {
        return com.radartracking.platform.graphql.PageArgs.encode(row.createdAt(), row.id());
    }

}
