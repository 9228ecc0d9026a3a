package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.RollupJournal;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The journal of roll-up changes in memory: entries per tenant, and the watermarks. */
public final class InMemoryRollupJournal implements RollupJournal {

    private record Key(TenantId tenant, RollupToken token) {}

    private final Map<Key, Entry> entries = new HashMap<>();
    private final Map<TenantId, RollupToken> barriers = new HashMap<>();
    private final Map<TenantId, RollupToken> safes = new HashMap<>();

    @Override
    public synchronized void open(TenantId tenant, RollupToken token, Instant at) {
        if (entries.putIfAbsent(
                        new Key(tenant, token), new Entry(token, State.OPEN, at, Optional.empty(), Optional.empty()))
                != null) {
            throw new IllegalStateException("token " + token + " registered twice");
        }
    }

    @Override
    public synchronized boolean seal(TenantId tenant, RollupToken token) {
        Entry entry = entries.get(new Key(tenant, token));
        if (entry == null || entry.state() != State.OPEN) {
            return false;
        }
        entries.put(
                new Key(tenant, token),
                new Entry(token, State.SEALED, entry.openedAt(), Optional.empty(), Optional.empty()));
        return true;
    }

    @Override
    public synchronized boolean takeOver(TenantId tenant, RollupToken token, RollupToken successor, Instant at) {
        Entry entry = entries.get(new Key(tenant, token));
        if (entry == null || entry.state() != State.OPEN) {
            return false;
        }
        entries.put(
                new Key(tenant, token),
                new Entry(token, State.TAKEN, entry.openedAt(), Optional.of(successor), Optional.of(at)));
        return true;
    }

    @Override
    public synchronized void close(TenantId tenant, RollupToken token) {
        entries.remove(new Key(tenant, token));
    }

    @Override
    public synchronized Map<RollupToken, Entry> find(TenantId tenant, Collection<RollupToken> tokens) {
        Map<RollupToken, Entry> found = new HashMap<>();
        for (RollupToken token : tokens) {
            Entry entry = entries.get(new Key(tenant, token));
            if (entry != null) {
                found.put(token, entry);
            }
        }
        return found;
    }

    @Override
    public synchronized List<Entry> openedBefore(TenantId tenant, Instant before, int limit) {
        return ofTenant(tenant).values().stream()
                .filter(entry -> entry.openedAt().isBefore(before))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Entry> sealed(TenantId tenant, int limit) {
        return ofTenant(tenant).values().stream()
                .filter(entry -> entry.state() == State.SEALED)
                .sorted(Comparator.comparing(Entry::token))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized Optional<RollupToken> lowestUnfinished(TenantId tenant) {
        return ofTenant(tenant).values().stream()
                .filter(entry -> entry.state() != State.TAKEN)
                .map(Entry::token)
                .min(Comparator.naturalOrder());
    }

    @Override
    public synchronized long count(TenantId tenant) {
        return ofTenant(tenant).size();
    }

    @Override
    public synchronized Set<TenantId> tenants() {
        Set<TenantId> tenants = new HashSet<>();
        entries.keySet().forEach(key -> tenants.add(key.tenant()));
        return tenants;
    }

    @Override
    public synchronized Watermarks watermarks(TenantId tenant) {
        return new Watermarks(
                barriers.getOrDefault(tenant, RollupToken.lowest()), safes.getOrDefault(tenant, RollupToken.lowest()));
    }

    @Override
    public synchronized void raiseBarrier(TenantId tenant, RollupToken token) {
        barriers.merge(tenant, token, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    @Override
    public synchronized void raiseSafe(TenantId tenant, RollupToken token) {
        safes.merge(tenant, token, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    private TreeMap<RollupToken, Entry> ofTenant(TenantId tenant) {
        TreeMap<RollupToken, Entry> sorted = new TreeMap<>();
        entries.forEach((key, entry) -> {
            if (key.tenant().equals(tenant)) {
                sorted.put(key.token(), entry);
            }
        });
        return sorted;
    }
}
