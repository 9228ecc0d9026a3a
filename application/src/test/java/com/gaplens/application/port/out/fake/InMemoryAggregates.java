package com.gaplens.application.port.out.fake;

import com.gaplens.application.listing.Cursor;
import com.gaplens.application.listing.Edge;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The storage shared by the in-memory repositories: per tenant, aggregates by id, stored and handed out
 * as copies (rebuilt through {@code restore}) so that nothing outside can change what is stored, with the
 * optimistic-concurrency and tenant rules of the outbound ports.
 */
public final class InMemoryAggregates<A> {

    private final Map<TenantId, Map<String, A>> byTenant = new HashMap<>();
    private final Function<A, TenantId> tenantOf;
    private final Function<A, String> idOf;
    private final Function<A, Version> versionOf;
    private final BiFunction<A, Version, A> copyAt;

    public InMemoryAggregates(
            Function<A, TenantId> tenantOf,
            Function<A, String> idOf,
            Function<A, Version> versionOf,
            BiFunction<A, Version, A> copyAt) {
        this.tenantOf = tenantOf;
        this.idOf = idOf;
        this.versionOf = versionOf;
        this.copyAt = copyAt;
    }

    public synchronized Optional<A> find(TenantId tenant, String id) {
        return Optional.ofNullable(of(tenant).get(id)).map(this::copy);
    }

    public synchronized List<A> all(TenantId tenant, Predicate<A> filter) {
        return of(tenant).values().stream().filter(filter).map(this::copy).toList();
    }

    /**
     * Stores {@code aggregate} at its next version if the stored version is its version, after
     * {@code uniqueness} accepted it among the tenant's other aggregates; returns the stored copy.
     */
    public synchronized A save(TenantId tenant, A aggregate, BiConsumer<A, List<A>> uniqueness) {
        if (!tenantOf.apply(aggregate).equals(tenant)) {
            throw new IllegalArgumentException(
                    "an aggregate of tenant " + tenantOf.apply(aggregate) + " saved for tenant " + tenant);
        }
        Map<String, A> stored = of(tenant);
        String id = idOf.apply(aggregate);
        Version current = Optional.ofNullable(stored.get(id)).map(versionOf).orElse(Version.NEW);
        Version expected = versionOf.apply(aggregate);
        if (!current.equals(expected) || (expected.isNew() && stored.containsKey(id))) {
            throw Version.stale(expected, current);
        }
        List<A> others =
                stored.values().stream().filter(a -> !idOf.apply(a).equals(id)).toList();
        uniqueness.accept(aggregate, others);
        A saved = copyAt.apply(aggregate, expected.next());
        stored.put(id, saved);
        return copy(saved);
    }

    /** A page of {@code items} ordered by (sort key, id), ascending or descending, after the request's cursor. */
    public static <T> Page<T> page(
            List<T> items,
            Function<T, String> sortKey,
            Function<T, String> id,
            boolean descending,
            PageRequest request) {
        Comparator<Cursor> order = descending ? Cursor.ORDER.reversed() : Cursor.ORDER;
        List<Edge<T>> sorted = new ArrayList<>(items.stream()
                .map(item -> new Edge<>(item, Cursor.of(sortKey.apply(item), id.apply(item))))
                .sorted(Comparator.comparing(Edge::cursor, order))
                .filter(edge -> request.after()
                        .map(after -> order.compare(edge.cursor(), after) > 0)
                        .orElse(true))
                .toList());
        boolean hasNext = sorted.size() > request.first();
        return new Page<>(
                sorted.subList(0, Math.min(request.first(), sorted.size())),
                hasNext,
                request.after().isPresent());
    }

    private Map<String, A> of(TenantId tenant) {
        return byTenant.computeIfAbsent(tenant, t -> new LinkedHashMap<>());
    }

    private A copy(A aggregate) {
        return copyAt.apply(aggregate, versionOf.apply(aggregate));
    }
}
