package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.measurement.Measurement;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.target.Judgement;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Measurements in memory. Counts its reads and inserts, and can play a concurrent writer that stores
 * measurements between a caller's lookup and its insert.
 */
public final class InMemoryMeasurementRepository implements MeasurementRepository {

    private record Key(TenantId tenant, ExternalId id) {}

    private final Map<Key, RecordedMeasurement> store = new LinkedHashMap<>();
    private final Set<Key> pending = new HashSet<>();
    private final Set<Key> awaitingJudgement = new HashSet<>();
    private final List<RecordedMeasurement> racingWriter = new ArrayList<>();
    private int lookups;
    private int inserts;

    @Override
    public synchronized Map<ExternalId, Measurement> findByExternalIds(TenantId tenant, Set<ExternalId> ids) {
        lookups++;
        Map<ExternalId, Measurement> found = new HashMap<>();
        for (ExternalId id : ids) {
            RecordedMeasurement stored = store.get(new Key(tenant, id));
            if (stored != null) {
                found.put(id, stored.measurement());
            }
        }
        return found;
    }

    @Override
    public synchronized InsertReport insertNew(TenantId tenant, List<RecordedMeasurement> measurements) {
        MeasurementRepository.checkedIds(tenant, measurements);
        inserts++;
        racingWriter.forEach(m -> store.putIfAbsent(new Key(m.measurement().tenant(), m.externalId()), m));
        racingWriter.clear();
        Set<ExternalId> inserted = new HashSet<>();
        Set<ExternalId> present = new HashSet<>();
        for (RecordedMeasurement measurement : measurements) {
            if (store.putIfAbsent(new Key(tenant, measurement.externalId()), measurement) == null) {
                pending.add(new Key(tenant, measurement.externalId()));
                inserted.add(measurement.externalId());
            } else {
                present.add(measurement.externalId());
            }
        }
        return new InsertReport(inserted, present);
    }

    @Override
    public synchronized long count(TenantId tenant) {
        return store.keySet().stream().filter(k -> k.tenant().equals(tenant)).count();
    }

    @Override
    public synchronized Stream<RecordedMeasurement> streamAll(TenantId tenant) {
        return store.entrySet().stream()
                .filter(e -> e.getKey().tenant().equals(tenant))
                .map(Map.Entry::getValue)
                .toList()
                .stream();
    }

    @Override
    public synchronized long markForRejudgement(
            TenantId tenant, BrandId brand, Optional<SegmentId> segment, Instant from) {
        long marked = 0;
        for (Map.Entry<Key, RecordedMeasurement> e : store.entrySet()) {
            Measurement m = e.getValue().measurement();
            if (e.getKey().tenant().equals(tenant)
                    && m.brand().equals(brand)
                    && (segment.isEmpty() || m.segment().equals(segment))
                    && !m.observedAt().isBefore(from)) {
                awaitingJudgement.add(e.getKey());
                marked++;
            }
        }
        return marked;
    }

    @Override
    public synchronized List<RecordedMeasurement> awaitingJudgement(TenantId tenant, int limit) {
        return awaitingJudgement.stream()
                .filter(k -> k.tenant().equals(tenant))
                .limit(limit)
                .map(store::get)
                .toList();
    }

    @Override
    public synchronized void storeJudgements(TenantId tenant, Map<ExternalId, Judgement> judgements) {
        judgements.forEach((id, judgement) -> {
            Key key = new Key(tenant, id);
            RecordedMeasurement stored = store.get(key);
            if (stored == null) {
                throw new IllegalArgumentException("no measurement " + id);
            }
            if (!stored.judgement().equals(judgement)) {
                store.put(key, stored.judged(judgement));
                pending.add(key);
            }
            awaitingJudgement.remove(key);
        });
    }

    @Override
    public synchronized Set<ExternalId> pendingRollups(TenantId tenant, Instant before, int limit) {
        Set<ExternalId> ids = new HashSet<>();
        for (Key key : pending) {
            if (ids.size() < limit
                    && key.tenant().equals(tenant)
                    && store.get(key).recordedAt().isBefore(before)) {
                ids.add(key.id());
            }
        }
        return ids;
    }

    @Override
    public synchronized Backlog backlog(TenantId tenant) {
        return new Backlog(
                pending.stream().filter(k -> k.tenant().equals(tenant)).count(),
                awaitingJudgement.stream()
                        .filter(k -> k.tenant().equals(tenant))
                        .count());
    }

    @Override
    public synchronized Set<TenantId> tenantsWithUnfinishedWork() {
        Set<TenantId> tenants = new HashSet<>();
        pending.forEach(k -> tenants.add(k.tenant()));
        awaitingJudgement.forEach(k -> tenants.add(k.tenant()));
        return tenants;
    }

    /** Marks these measurements' roll-ups applied (what the roll-up store does once it recomputed their cells). */
    public synchronized void markApplied(TenantId tenant, Collection<ExternalId> ids) {
        ids.forEach(id -> pending.remove(new Key(tenant, id)));
    }

    /** Whether the roll-up of this measurement is pending. */
    public synchronized boolean isPending(TenantId tenant, ExternalId id) {
        return pending.contains(new Key(tenant, id));
    }

    /** The stored measurement, as recorded and judged. */
    public synchronized Optional<RecordedMeasurement> recorded(TenantId tenant, ExternalId id) {
        return Optional.ofNullable(store.get(new Key(tenant, id)));
    }

    /** Stores {@code measurement} just before the next insert, as a concurrent writer would. */
    public synchronized void storedConcurrentlyBeforeNextInsert(RecordedMeasurement measurement) {
        racingWriter.add(measurement);
    }

    /** How many times ids were looked up. */
    public synchronized int lookups() {
        return lookups;
    }

    /** How many inserts were sent. */
    public synchronized int inserts() {
        return inserts;
    }
}
