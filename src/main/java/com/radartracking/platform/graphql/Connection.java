package com.radartracking.platform.graphql;

import java.util.List;
import java.util.function.Function;

/** A Relay connection as returned to GraphQL: edges, page info and the total count. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Integer totalCount) {

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /**
     * Builds a forward page from rows fetched with {@code limit = first + 1}: the extra row, if present,
     * only tells that a next page exists.
     */
    public static <R, T> Connection<T> of(List<R> rowsPlusOne, PageArgs page, Integer totalCount,
            Function<R, String> cursorOf, Function<R, T> toNode) {
        boolean hasNext = rowsPlusOne.size() > page.first();
        List<R> rows = hasNext ? rowsPlusOne.subList(0, page.first()) : rowsPlusOne;
        List<Edge<T>> edges = rows.stream().map(row -> new Edge<>(cursorOf.apply(row), toNode.apply(row))).toList();
        PageInfo info = new PageInfo(hasNext, page.after() != null,
                edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor());
        return new Connection<>(edges, info, totalCount);
    }
}
