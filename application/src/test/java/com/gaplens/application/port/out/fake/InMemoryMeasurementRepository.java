package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.measurement.Measurement;
import com.gaplens.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Measurements in memory. Counts its reads and inserts, and can play a concurrent writer that stores
 * measurements between a caller's lookup and its insert.
 */
public final class InMemoryMeasurementRepository implements MeasurementRepository {

    private record Key(TenantId tenant, ExternalId id) {}

    private final Map<Key, RecordedMeasurement> store = new LinkedHashMap<>();
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
