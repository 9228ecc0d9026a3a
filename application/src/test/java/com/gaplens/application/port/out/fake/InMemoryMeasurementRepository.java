package com.gaplens.application.port.out.fake;

import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.gap.TimeBucket;
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
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Measurements in memory, each with its change of the roll-ups, the judgement a change moved it from, and its mark
 * awaiting judgement. Counts its reads and inserts, and can play a concurrent writer that stores measurements between
 * a caller's lookup and its insert.
 */
public final class InMemoryMeasurementRepository implements MeasurementRepository {

    private record Key(TenantId tenant, ExternalId id) {}

    /** A stored measurement: as judged now, the judgement its change moved it from, its change and its mark. */
    private record Row(RecordedMeasurement measurement, Optional<Judgement> leaving, RollupToken token, String mark) {}

    private final Map<Key, Row> store = new LinkedHashMap<>();
    private final List<RecordedMeasurement> racingWriter = new ArrayList<>();
    private int lookups;
    private int inserts;

    @Override
    public synchronized Map<ExternalId, Measurement> findByExternalIds(TenantId tenant, Set<ExternalId> ids) {
        lookups++;
        Map<ExternalId, Measurement> found = new HashMap<>();
        for (ExternalId id : ids) {
            Row stored = store.get(new Key(tenant, id));
            if (stored != null) {
                found.put(id, stored.measurement().measurement());
            }
        }
        return found;
    }

    @Override
    public synchronized InsertReport insertNew(
            TenantId tenant, RollupToken token, List<RecordedMeasurement> measurements) {
        MeasurementRepository.checkedIds(tenant, measurements);
        inserts++;
        racingWriter.forEach(m -> store.putIfAbsent(
                new Key(m.measurement().tenant(), m.externalId()),
                new Row(m, Optional.empty(), RollupToken.lowest(), null)));
        racingWriter.clear();
        Set<ExternalId> inserted = new HashSet<>();
        Set<ExternalId> present = new HashSet<>();
        for (RecordedMeasurement measurement : measurements) {
            Row row = new Row(measurement, Optional.empty(), token, null);
            if (store.putIfAbsent(new Key(tenant, measurement.externalId()), row) == null) {
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
        return rows(tenant).map(Row::measurement).toList().stream();
    }

    @Override
    public synchronized Map<ExternalId, RollupToken> tokens(TenantId tenant, Collection<ExternalId> ids) {
        Map<ExternalId, RollupToken> tokens = new HashMap<>();
        for (ExternalId id : ids) {
            Row row = store.get(new Key(tenant, id));
            if (row != null) {
                tokens.put(id, row.token());
            }
        }
        return tokens;
    }

    @Override
    public synchronized List<Changed> changedBy(TenantId tenant, RollupToken token) {
        return rows(tenant)
                .filter(row -> row.token().equals(token))
                .map(row -> new Changed(row.measurement(), row.leaving()))
                .toList();
    }

    @Override
    public synchronized long rename(TenantId tenant, RollupToken from, RollupToken to) {
        long renamed = 0;
        for (Map.Entry<Key, Row> entry : store.entrySet()) {
            Row row = entry.getValue();
            if (entry.getKey().tenant().equals(tenant) && row.token().equals(from)) {
                entry.setValue(new Row(row.measurement(), row.leaving(), to, row.mark()));
                renamed++;
            }
        }
        return renamed;
    }

    @Override
    public synchronized long countChangedBy(TenantId tenant, Collection<RollupToken> tokens) {
        Set<RollupToken> named = Set.copyOf(tokens);
        return rows(tenant).filter(row -> named.contains(row.token())).count();
    }

    @Override
    public synchronized long markForRejudgement(
            TenantId tenant, BrandId brand, Optional<SegmentId> segment, Instant from) {
        String mark = UUID.randomUUID().toString();
        long marked = 0;
        for (Map.Entry<Key, Row> e : store.entrySet()) {
            Measurement m = e.getValue().measurement().measurement();
            if (e.getKey().tenant().equals(tenant)
                    && m.brand().equals(brand)
                    && (segment.isEmpty() || m.segment().equals(segment))
                    && !m.observedAt().isBefore(from)) {
                e.setValue(marked(e.getValue(), mark));
                marked++;
            }
        }
        return marked;
    }

    @Override
    public synchronized void markForRejudgement(TenantId tenant, Collection<ExternalId> ids) {
        String mark = UUID.randomUUID().toString();
        for (ExternalId id : ids) {
            store.computeIfPresent(new Key(tenant, id), (key, row) -> marked(row, mark));
        }
    }

    private static Row marked(Row row, String mark) {
        return new Row(row.measurement(), row.leaving(), row.token(), mark);
    }

    @Override
    public synchronized List<AwaitingJudgement> awaitingJudgement(TenantId tenant, int limit) {
        return rows(tenant)
                .filter(row -> row.mark() != null)
                .limit(limit)
                .map(row -> new AwaitingJudgement(row.measurement(), row.token(), row.mark()))
                .toList();
    }

    @Override
    public synchronized long countAwaitingJudgement(TenantId tenant) {
        return rows(tenant).filter(row -> row.mark() != null).count();
    }

    @Override
    public synchronized Set<TenantId> tenantsAwaitingJudgement() {
        Set<TenantId> tenants = new HashSet<>();
        store.forEach((key, row) -> {
            if (row.mark() != null) {
                tenants.add(key.tenant());
            }
        });
        return tenants;
    }

    @Override
    public synchronized List<RecordedMeasurement> storeJudgements(
            TenantId tenant, RollupToken token, List<Rejudged> judged) {
        List<RecordedMeasurement> moved = new ArrayList<>();
        for (Rejudged one : judged) {
            Key key = new Key(tenant, one.read().measurement().externalId());
            Row row = store.get(key);
            if (row == null
                    || !row.token().equals(one.read().token())
                    || !one.read().mark().equals(row.mark())) {
                continue;
            }
            RecordedMeasurement now = row.measurement();
            if (now.judgement().equals(one.judgement())) {
                store.put(key, new Row(now, row.leaving(), row.token(), null));
            } else {
                RecordedMeasurement rejudged = now.judged(one.judgement());
                store.put(key, new Row(rejudged, Optional.of(now.judgement()), token, null));
                moved.add(rejudged);
            }
        }
        return moved;
    }

    @Override
    public synchronized Stream<Stored> observedIn(TenantId tenant, BrandId brand, String month) {
        return rows(tenant)
                .filter(row -> row.measurement().measurement().brand().equals(brand))
                .filter(row -> TimeBucket.MONTH
                        .keyOf(row.measurement().measurement().observedAt())
                        .equals(month))
                .map(row -> new Stored(new Changed(row.measurement(), row.leaving()), row.token()))
                .toList()
                .stream();
    }

    @Override
    public synchronized Optional<String> nextMonth(TenantId tenant, BrandId brand, String from, String to) {
        return rows(tenant)
                .filter(row -> row.measurement().measurement().brand().equals(brand))
                .map(row ->
                        TimeBucket.MONTH.keyOf(row.measurement().measurement().observedAt()))
                .filter(month -> month.compareTo(from) >= 0 && month.compareTo(to) <= 0)
                .min(String::compareTo);
    }

    private Stream<Row> rows(TenantId tenant) {
        return store.entrySet().stream()
                .filter(e -> e.getKey().tenant().equals(tenant))
                .map(Map.Entry::getValue);
    }

    /** The stored measurement, as recorded and judged. */
    public synchronized Optional<RecordedMeasurement> recorded(TenantId tenant, ExternalId id) {
        return Optional.ofNullable(store.get(new Key(tenant, id))).map(Row::measurement);
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
