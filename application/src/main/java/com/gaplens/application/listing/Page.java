package com.gaplens.application.listing;

import com.gaplens.domain.shared.Require;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A page of a sorted list, Relay style: the items with their cursors, and whether more follow.
 * {@code hasPreviousPage} is true when the page was asked for after a cursor.
 */
public record Page<T>(List<Edge<T>> edges, boolean hasNextPage, boolean hasPreviousPage) {

    public Page {
        Require.noNulls(edges, "edges");
        edges = List.copyOf(edges);
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), false, false);
    }

    public List<T> items() {
        return edges.stream().map(Edge::node).toList();
    }

    public Optional<Cursor> startCursor() {
        return edges.isEmpty() ? Optional.empty() : Optional.of(edges.getFirst().cursor());
    }

    public Optional<Cursor> endCursor() {
        return edges.isEmpty() ? Optional.empty() : Optional.of(edges.getLast().cursor());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(
                edges.stream()
                        .map(e -> new Edge<>(mapper.apply(e.node()), e.cursor()))
                        .toList(),
                hasNextPage,
                hasPreviousPage);
    }
}
