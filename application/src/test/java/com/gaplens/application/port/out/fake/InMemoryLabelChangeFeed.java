package com.gaplens.application.port.out.fake;

import com.gaplens.application.bi.LabelSource;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.LabelChangeFeed;
import com.gaplens.application.port.out.MonthCellFeed.Backlog;
import com.gaplens.domain.tenant.TenantId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Label change marks in memory, stamped by a counter and dated by a {@link Clock}. */
public final class InMemoryLabelChangeFeed implements LabelChangeFeed {

    private final Clock clock;
    private final Map<TenantId, Map<String, LabelChange>> marks = new LinkedHashMap<>();
    private long stamps;

    public InMemoryLabelChangeFeed(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void markChanged(TenantId tenant, LabelSource source, long version) {
        Map<String, LabelChange> ofTenant = marks.computeIfAbsent(tenant, t -> new LinkedHashMap<>());
        LabelChange known = ofTenant.get(source.key());
        var now = clock.now();
        ofTenant.put(
                source.key(),
                known == null
                        ? new LabelChange(source, version, ++stamps, now, now)
                        : new LabelChange(source, Math.max(version, known.version()), ++stamps, known.since(), now));
    }

    @Override
    public synchronized List<LabelChange> changedLabels(TenantId tenant, int limit) {
        return marks.getOrDefault(tenant, Map.of()).values().stream()
                .sorted(Comparator.comparing(LabelChange::since)
                        .thenComparing(c -> c.source().key()))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void markPublished(TenantId tenant, Collection<LabelChange> changes) {
        Map<String, LabelChange> ofTenant = marks.getOrDefault(tenant, new LinkedHashMap<>());
        for (LabelChange change : changes) {
            LabelChange known = ofTenant.get(change.source().key());
            if (known != null && known.stamp() == change.stamp()) {
                ofTenant.remove(change.source().key());
            }
        }
    }

    @Override
    public synchronized Set<TenantId> tenantsWithChangedLabels() {
        return marks.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized Backlog backlog(TenantId tenant) {
        Collection<LabelChange> ofTenant = marks.getOrDefault(tenant, Map.of()).values();
        return new Backlog(
                ofTenant.size(), ofTenant.stream().map(LabelChange::since).min(Comparator.naturalOrder()));
    }
}
