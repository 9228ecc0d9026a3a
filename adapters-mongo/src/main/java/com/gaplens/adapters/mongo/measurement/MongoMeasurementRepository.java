package com.gaplens.adapters.mongo.measurement;

import com.gaplens.adapters.mongo.tenancy.TenantScope;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.measurement.Measurement;
import com.gaplens.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;

/**
 * Raw measurements in the {@value MeasurementDocument#COLLECTION} collection. The unique index (tenant,
 * externalId) makes a measurement impossible to record twice, whoever writes concurrently; lookups by
 * external id are one {@code $in} query on that index, inserts one unordered bulk write.
 */
public final class MongoMeasurementRepository implements MeasurementRepository {

    static final String UNIQUE_EXTERNAL_ID = "measurements_tenant_externalId";

    private final TenantScopedMongo mongo;

    public MongoMeasurementRepository(TenantScopedMongo mongo) {
        this.mongo = mongo;
    }

    /** Creates the indexes this repository's queries need; idempotent. */
    public void ensureIndexes() {
        mongo.indexes(MeasurementDocument.class).ensure(UNIQUE_EXTERNAL_ID, true, MeasurementDocument.EXTERNAL_ID);
    }

    @Override
    public Map<ExternalId, Measurement> findByExternalIds(TenantId tenant, Set<ExternalId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        TenantScope<MeasurementDocument> scope = scope(tenant);
        List<String> values = ids.stream().map(ExternalId::value).toList();
        Map<ExternalId, Measurement> found = new HashMap<>();
        scope.find(scope.where().and(MeasurementDocument.EXTERNAL_ID).in(values), Sort.unsorted(), values.size())
                .forEach(document -> found.put(new ExternalId(document.externalId()), document.toMeasurement()));
        return found;
    }

    @Override
    public InsertReport insertNew(TenantId tenant, List<RecordedMeasurement> measurements) {
        List<ExternalId> ids = MeasurementRepository.checkedIds(tenant, measurements);
        List<MeasurementDocument> documents =
                measurements.stream().map(MeasurementDocument::from).toList();
        Set<Integer> refused = scope(tenant).insertAllUnordered(documents);
        Set<ExternalId> inserted = new HashSet<>();
        Set<ExternalId> present = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            (refused.contains(i) ? present : inserted).add(ids.get(i));
        }
        return new InsertReport(inserted, present);
    }

    @Override
    public long count(TenantId tenant) {
        TenantScope<MeasurementDocument> scope = scope(tenant);
        return scope.count(scope.where());
    }

    @Override
    public Stream<RecordedMeasurement> streamAll(TenantId tenant) {
        TenantScope<MeasurementDocument> scope = scope(tenant);
        return scope.stream(scope.where()).map(MeasurementDocument::toRecorded);
    }

    private TenantScope<MeasurementDocument> scope(TenantId tenant) {
        return mongo.of(tenant, MeasurementDocument.class);
    }
}
