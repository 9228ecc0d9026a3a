package com.gaplens.adapters.mongo.measurement;

import static com.gaplens.adapters.mongo.measurement.MeasurementDocument.EXTERNAL_ID;
import static com.gaplens.adapters.mongo.measurement.MeasurementDocument.LEAVING;
import static com.gaplens.adapters.mongo.measurement.MeasurementDocument.OBSERVED_AT;
import static com.gaplens.adapters.mongo.measurement.MeasurementDocument.REJUDGE_MARK;
import static com.gaplens.adapters.mongo.measurement.MeasurementDocument.ROLLUP_TOKEN;

import com.gaplens.adapters.mongo.mapping.StoredValues;
import com.gaplens.adapters.mongo.rollup.KeyFields;
import com.gaplens.adapters.mongo.tenancy.TenantCollection;
import com.gaplens.adapters.mongo.tenancy.TenantScope;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.rollup.RollupToken;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.measurement.ExternalId;
import com.gaplens.domain.measurement.Measurement;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.target.Judgement;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Raw measurements in the {@value MeasurementDocument#COLLECTION} collection. The unique index (tenant,
 * externalId) makes a measurement impossible to record twice, whoever writes concurrently; lookups by
 * external id are one {@code $in} query on that index, inserts one unordered bulk write. A change of the roll-ups
 * finds its measurements through the index (tenant, rollupToken); a rebuild reads a brand's month through
 * (tenant, brandId, observedAt).
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
                .ensure(UNIQUE_EXTERNAL_ID, true, EXTERNAL_ID)
                .ensure("measurements_tenant_rollupToken", false, ROLLUP_TOKEN)
                .ensureWherePresent("measurements_tenant_rejudgeMark", REJUDGE_MARK, REJUDGE_MARK)
                .ensure("measurements_tenant_brand_observedAt", false, KeyFields.BRAND, OBSERVED_AT);
    }

    @Override
    public Map<ExternalId, Measurement> findByExternalIds(TenantId tenant, Set<ExternalId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        TenantScope<MeasurementDocument> scope = scope(tenant);
        List<String> values = ids.stream().map(ExternalId::value).toList();
        Map<ExternalId, Measurement> found = new HashMap<>();
        scope.find(scope.where().and(EXTERNAL_ID).in(values), Sort.unsorted(), values.size())
                .forEach(document -> found.put(new ExternalId(document.externalId()), document.toMeasurement()));
        return found;
    }

    @Override
    public InsertReport insertNew(TenantId tenant, RollupToken token, List<RecordedMeasurement> measurements) {
        List<ExternalId> ids = MeasurementRepository.checkedIds(tenant, measurements);
        List<MeasurementDocument> documents = measurements.stream()
                .map(m -> MeasurementDocument.from(m, token.value()))
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
    public Map<ExternalId, RollupToken> tokens(TenantId tenant, Collection<ExternalId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        TenantCollection raw = raw(tenant);
        List<String> values = ids.stream().map(ExternalId::value).distinct().toList();
        Map<ExternalId, RollupToken> tokens = new HashMap<>();
        try (Stream<Document> found = raw.find(
                raw.filter().append(EXTERNAL_ID, new Document("$in", values)),
                new Document(EXTERNAL_ID, 1).append(ROLLUP_TOKEN, 1))) {
            found.forEach(d ->
                    tokens.put(new ExternalId(d.getString(EXTERNAL_ID)), new RollupToken(d.getString(ROLLUP_TOKEN))));
        }
        return tokens;
    }

    @Override
    public List<Changed> changedBy(TenantId tenant, RollupToken token) {
        TenantScope<MeasurementDocument> scope = scope(tenant);
        try (Stream<MeasurementDocument> found =
                scope.stream(scope.where().and(ROLLUP_TOKEN).is(token.value()))) {
            return found.map(MongoMeasurementRepository::changed).toList();
        }
    }

    @Override
    public long rename(TenantId tenant, RollupToken from, RollupToken to) {
        TenantCollection raw = raw(tenant);
        return raw.updateMany(
                raw.filter().append(ROLLUP_TOKEN, from.value()),
                new Document("$set", new Document(ROLLUP_TOKEN, to.value())));
    }

    @Override
    public long countChangedBy(TenantId tenant, Collection<RollupToken> tokens) {
        if (tokens.isEmpty()) {
            return 0;
        }
        TenantCollection raw = raw(tenant);
        List<String> values = tokens.stream().map(RollupToken::value).distinct().toList();
        return raw.count(raw.filter().append(ROLLUP_TOKEN, new Document("$in", values)));
    }

    @Override
    public long markForRejudgement(TenantId tenant, BrandId brand, Optional<SegmentId> segment, Instant from) {
        TenantScope<MeasurementDocument> scope = scope(tenant);
        Criteria criteria = scope.where()
                .and(KeyFields.BRAND)
                .is(StoredValues.brandId(brand))
                .and(OBSERVED_AT)
                .gte(from);
        segment.ifPresent(s -> criteria.and("segmentId").is(StoredValues.segmentId(s)));
        return scope.updateMulti(criteria, new Update().set(REJUDGE_MARK, new ObjectId().toHexString()));
    }

    @Override
    public void markForRejudgement(TenantId tenant, Collection<ExternalId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        TenantCollection raw = raw(tenant);
        raw.updateMany(
                raw.filter()
                        .append(
                                EXTERNAL_ID,
                                new Document(
                                        "$in",
                                        ids.stream().map(ExternalId::value).toList())),
                new Document("$set", new Document(REJUDGE_MARK, new ObjectId().toHexString())));
    }

    @Override
    public List<AwaitingJudgement> awaitingJudgement(TenantId tenant, int limit) {
        TenantScope<MeasurementDocument> scope = scope(tenant);
        return scope.find(scope.where().and(REJUDGE_MARK).exists(true), Sort.unsorted(), limit).stream()
                .map(d -> new AwaitingJudgement(d.toRecorded(), new RollupToken(d.rollupToken()), d.rejudgeMark()))
                .toList();
    }

    @Override
    public long countAwaitingJudgement(TenantId tenant) {
        TenantScope<MeasurementDocument> scope = scope(tenant);
        return scope.count(scope.where().and(REJUDGE_MARK).exists(true));
    }

    /**
     * The tenants owning measurements, found by a distinct scan of a tenant-led index (one key per tenant), then per
     * tenant one seek of the partial index of marked measurements. Asked across tenants directly, the filter leads
     * with no indexed field and scans every measurement.
     */
    @Override
    public Set<TenantId> tenantsAwaitingJudgement() {
        Set<TenantId> tenants = new HashSet<>();
        for (TenantId tenant : mongo.tenantsHaving(MeasurementDocument.COLLECTION, new Document())) {
            TenantScope<MeasurementDocument> scope = scope(tenant);
            if (scope.exists(scope.where().and(REJUDGE_MARK).exists(true))) {
                tenants.add(tenant);
            }
        }
        return tenants;
    }

    @Override
    public List<RecordedMeasurement> storeJudgements(TenantId tenant, RollupToken token, List<Rejudged> judged) {
        TenantCollection raw = raw(tenant);
        List<Document> filters = new ArrayList<>();
        List<Document> updates = new ArrayList<>();
        List<RecordedMeasurement> moving = new ArrayList<>();
        for (Rejudged one : judged) {
            RecordedMeasurement read = one.read().measurement();
            Document filter = raw.filter()
                    .append(EXTERNAL_ID, read.externalId().value())
                    .append(ROLLUP_TOKEN, one.read().token().value())
                    .append(REJUDGE_MARK, one.read().mark());
            if (one.judgement().equals(read.judgement())) {
                filters.add(filter);
                updates.add(new Document("$unset", new Document(REJUDGE_MARK, "")));
                continue;
            }
            RecordedMeasurement rejudged = read.judged(one.judgement());
            MeasurementDocument.Leaving leaving = MeasurementDocument.Leaving.of(read.judgement());
            Document set = new Document(ROLLUP_TOKEN, token.value())
                    .append(
                            LEAVING,
                            new Document()
                                    .append(MeasurementDocument.COMMITMENT, leaving.commitmentId())
                                    .append(MeasurementDocument.BRAND_VALUE, leaving.brandValueId())
                                    .append(MeasurementDocument.TARGET, leaving.target()));
            Document unset = new Document(REJUDGE_MARK, "");
            if (one.judgement() instanceof Judgement.Promised p) {
                set.append(MeasurementDocument.COMMITMENT, p.commitment().value())
                        .append(MeasurementDocument.BRAND_VALUE, p.brandValue().value())
                        .append(MeasurementDocument.TARGET, p.target().value());
            } else {
                unset.append(MeasurementDocument.COMMITMENT, "")
                        .append(MeasurementDocument.BRAND_VALUE, "")
                        .append(MeasurementDocument.TARGET, "");
            }
            filters.add(filter);
            updates.add(new Document("$set", set).append("$unset", unset));
            moving.add(rejudged);
        }
        raw.updateEach(filters, updates);
        // what moved is what now carries the token (a measurement changed since read kept its own)
        Set<ExternalId> moved = new HashSet<>();
        tokens(tenant, moving.stream().map(RecordedMeasurement::externalId).toList())
                .forEach((id, now) -> {
                    if (now.equals(token)) {
                        moved.add(id);
                    }
                });
        return moving.stream().filter(m -> moved.contains(m.externalId())).toList();
    }

    @Override
    public Stream<Stored> observedIn(TenantId tenant, BrandId brand, String month) {
        TenantScope<MeasurementDocument> scope = scope(tenant);
        YearMonth yearMonth = YearMonth.parse(month);
        Instant from = yearMonth.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to =
                yearMonth.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return scope.stream(scope.where()
                        .and(KeyFields.BRAND)
                        .is(StoredValues.brandId(brand))
                        .and(OBSERVED_AT)
                        .gte(from)
                        .lt(to))
                .map(d -> new Stored(changed(d), new RollupToken(d.rollupToken())));
    }

    @Override
    public Optional<String> nextMonth(TenantId tenant, BrandId brand, String from, String to) {
        TenantScope<MeasurementDocument> scope = scope(tenant);
        Instant start =
                YearMonth.parse(from).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = YearMonth.parse(to)
                .plusMonths(1)
                .atDay(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        return scope
                .find(
                        scope.where()
                                .and(KeyFields.BRAND)
                                .is(StoredValues.brandId(brand))
                                .and(OBSERVED_AT)
                                .gte(start)
                                .lt(end),
                        Sort.by(OBSERVED_AT),
                        1)
                .stream()
                .findFirst()
                .map(MeasurementDocument::month);
    }

    private static Changed changed(MeasurementDocument document) {
        return new Changed(
                document.toRecorded(),
                Optional.ofNullable(document.leaving()).map(MeasurementDocument.Leaving::judgement));
    }

    private TenantScope<MeasurementDocument> scope(TenantId tenant) {
        return mongo.of(tenant, MeasurementDocument.class);
    }

    private TenantCollection raw(TenantId tenant) {
        return mongo.collection(tenant, MeasurementDocument.COLLECTION);
    }
}
