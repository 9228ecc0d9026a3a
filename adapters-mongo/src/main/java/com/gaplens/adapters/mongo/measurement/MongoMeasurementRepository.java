package com.gaplens.adapters.mongo.measurement;

import com.gaplens.adapters.mongo.mapping.StoredValues;
import com.gaplens.adapters.mongo.rollup.CellKey;
import com.gaplens.adapters.mongo.tenancy.TenantCollection;
import com.gaplens.adapters.mongo.tenancy.TenantScope;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.measurement.Measurement;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.target.Judgement;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

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
        mongo.indexes(MeasurementDocument.class)
                .ensure(UNIQUE_EXTERNAL_ID, true, MeasurementDocument.EXTERNAL_ID)
                .ensure("measurements_tenant_dayCell", false, MeasurementDocument.DAY_CELL)
                .ensure(
                        "measurements_tenant_rollupState_recordedAt",
                        false,
                        MeasurementDocument.ROLLUP_STATE,
                        MeasurementDocument.RECORDED_AT)
                .ensure("measurements_tenant_judgementState", false, MeasurementDocument.JUDGEMENT_STATE)
                .ensure("measurements_tenant_brand_observedAt", false, CellKey.BRAND, MeasurementDocument.OBSERVED_AT);
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
        String token = new ObjectId().toHexString();
        List<MeasurementDocument> documents = measurements.stream()
                .map(m -> MeasurementDocument.from(m, token))
                .toList();
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

    @Override
    public long markForRejudgement(TenantId tenant, BrandId brand, Optional<SegmentId> segment, Instant from) {
        TenantScope<MeasurementDocument> scope = scope(tenant);
        Criteria criteria = scope.where()
                .and(CellKey.BRAND)
                .is(StoredValues.brandId(brand))
                .and(MeasurementDocument.OBSERVED_AT)
                .gte(from);
        segment.ifPresent(s -> criteria.and(CellKey.SEGMENT).is(StoredValues.segmentId(s)));
        return scope.updateMulti(
                criteria, new Update().set(MeasurementDocument.JUDGEMENT_STATE, MeasurementDocument.STALE));
    }

    @Override
    public List<RecordedMeasurement> awaitingJudgement(TenantId tenant, int limit) {
        TenantScope<MeasurementDocument> scope = scope(tenant);
        return scope
                .find(
                        scope.where().and(MeasurementDocument.JUDGEMENT_STATE).is(MeasurementDocument.STALE),
                        Sort.unsorted(),
                        limit)
                .stream()
                .map(MeasurementDocument::toRecorded)
                .toList();
    }

    @Override
    public void storeJudgements(TenantId tenant, Map<ExternalId, Judgement> judgements) {
        if (judgements.isEmpty()) {
            return;
        }
        TenantScope<MeasurementDocument> scope = scope(tenant);
        List<String> ids = judgements.keySet().stream().map(ExternalId::value).toList();
        List<MeasurementDocument> stored =
                scope.find(scope.where().and(MeasurementDocument.EXTERNAL_ID).in(ids), Sort.unsorted(), ids.size());
        String token = new ObjectId().toHexString();
        TenantCollection raw = mongo.collection(tenant, MeasurementDocument.COLLECTION);
        List<Document> filters = new ArrayList<>();
        List<Document> updates = new ArrayList<>();
        for (MeasurementDocument document : stored) {
            Judgement judgement = judgements.get(new ExternalId(document.externalId()));
            Document filter = raw.filter().append(MeasurementDocument.EXTERNAL_ID, document.externalId());
            if (judgement.equals(document.judgement())) {
                updates.add(new Document("$unset", new Document(MeasurementDocument.JUDGEMENT_STATE, "")));
            } else {
                RecordedMeasurement rejudged = document.toRecorded().judged(judgement);
                MeasurementDocument next = MeasurementDocument.from(rejudged, token);
                Document set = new Document(MeasurementDocument.ROLLUP_STATE, MeasurementDocument.PENDING)
                        .append(MeasurementDocument.ROLLUP_TOKEN, token)
                        .append(MeasurementDocument.DAY_CELL, next.dayCell());
                Document unset = new Document(MeasurementDocument.JUDGEMENT_STATE, "");
                putOrUnset(set, unset, CellKey.COMMITMENT, next.commitmentId());
                putOrUnset(set, unset, CellKey.BRAND_VALUE, next.brandValueId());
                putOrUnset(set, unset, "target", next.target());
                updates.add(new Document("$set", set)
                        .append("$unset", unset)
                        .append("$addToSet", new Document(MeasurementDocument.STALE_CELLS, document.dayCell())));
            }
            filters.add(filter);
        }
        raw.updateEach(filters, updates);
    }

    private static void putOrUnset(Document set, Document unset, String field, Object value) {
        if (value == null) {
            unset.append(field, "");
        } else {
            set.append(field, value);
        }
    }

    @Override
    public Set<ExternalId> pendingRollups(TenantId tenant, Instant before, int limit) {
        TenantCollection raw = mongo.collection(tenant, MeasurementDocument.COLLECTION);
        Document filter = raw.filter()
                .append(MeasurementDocument.ROLLUP_STATE, MeasurementDocument.PENDING)
                .append(MeasurementDocument.RECORDED_AT, new Document("$lt", Date.from(before)));
        try (Stream<Document> pending = raw.find(filter, new Document(MeasurementDocument.EXTERNAL_ID, 1))
                .limit(limit)) {
            return pending.map(d -> new ExternalId(d.getString(MeasurementDocument.EXTERNAL_ID)))
                    .collect(Collectors.toSet());
        }
    }

    @Override
    public Backlog backlog(TenantId tenant) {
        TenantScope<MeasurementDocument> scope = scope(tenant);
        return new Backlog(
                scope.count(scope.where().and(MeasurementDocument.ROLLUP_STATE).is(MeasurementDocument.PENDING)),
                scope.count(
                        scope.where().and(MeasurementDocument.JUDGEMENT_STATE).is(MeasurementDocument.STALE)));
    }

    /**
     * The tenants owning measurements, found by a distinct scan of a tenant-led index (one key per tenant), then per
     * tenant two index seeks: {@code (tenant, rollupState, …)} and {@code (tenant, judgementState)}. Asked across
     * tenants directly, the same filters lead with no indexed field and scan every measurement: 28 s on 10 million,
     * every repair round of every instance.
     */
    @Override
    public Set<TenantId> tenantsWithUnfinishedWork() {
        Set<TenantId> tenants = new HashSet<>();
        for (TenantId tenant : mongo.tenantsHaving(MeasurementDocument.COLLECTION, new Document())) {
            TenantScope<MeasurementDocument> scope = scope(tenant);
            if (scope.exists(scope.where().and(MeasurementDocument.ROLLUP_STATE).is(MeasurementDocument.PENDING))
                    || scope.exists(scope.where()
                            .and(MeasurementDocument.JUDGEMENT_STATE)
                            .is(MeasurementDocument.STALE))) {
                tenants.add(tenant);
            }
        }
        return tenants;
    }

    private TenantScope<MeasurementDocument> scope(TenantId tenant) {
        return mongo.of(tenant, MeasurementDocument.class);
    }
}
