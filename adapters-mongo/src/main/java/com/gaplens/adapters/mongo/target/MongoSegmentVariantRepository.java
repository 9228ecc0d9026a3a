package com.gaplens.adapters.mongo.target;

import com.gaplens.adapters.mongo.tenancy.KeysetOrder;
import com.gaplens.adapters.mongo.tenancy.TenantScope;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.adapters.mongo.tenancy.UniqueKeyConflicts;
import com.gaplens.application.listing.Cursor;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.SegmentVariantFilter;
import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.SegmentVariantId;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Segment variants, with their draft and every published version, in the
 * {@value SegmentVariantDocument#COLLECTION} collection: one document per variant. The unique index
 * (tenant, targetExperienceId, segmentId) keeps one variant per target experience and segment.
 */
public final class MongoSegmentVariantRepository implements SegmentVariantRepository {

    static final String UNIQUE_SEGMENT = "segment_variants_tenant_targetExperienceId_segmentId";

    private final TenantScopedMongo mongo;
    private final TargetDocumentMapper mapper;

    public MongoSegmentVariantRepository(TenantScopedMongo mongo, TargetDocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    /** Creates the indexes this repository's queries need; idempotent. */
    public void ensureIndexes() {
        mongo.indexes(SegmentVariantDocument.class)
                .ensure(
                        UNIQUE_SEGMENT,
                        true,
                        SegmentVariantDocument.TARGET_EXPERIENCE_ID,
                        SegmentVariantDocument.SEGMENT_ID)
                .ensure("segment_variants_tenant_id", false, KeysetOrder.ID)
                .ensure(
                        "segment_variants_tenant_targetExperienceId_id",
                        false,
                        SegmentVariantDocument.TARGET_EXPERIENCE_ID,
                        KeysetOrder.ID)
                .ensure(
                        "segment_variants_tenant_segmentId_id",
                        false,
                        SegmentVariantDocument.SEGMENT_ID,
                        KeysetOrder.ID);
    }

    @Override
    public Optional<SegmentVariant> find(TenantId tenant, SegmentVariantId id) {
        return scope(tenant).findById(id.value()).map(d -> d.toDomain(mapper));
    }

    @Override
    public Optional<SegmentVariant> findFor(TenantId tenant, TargetExperienceId target, SegmentId segment) {
        TenantScope<SegmentVariantDocument> scope = scope(tenant);
        return scope.findOne(scope.where()
                        .and(SegmentVariantDocument.TARGET_EXPERIENCE_ID)
                        .is(target.value())
                        .and(SegmentVariantDocument.SEGMENT_ID)
                        .is(segment.value()))
                .map(d -> d.toDomain(mapper));
    }

    @Override
    public Page<SegmentVariant> list(TenantId tenant, SegmentVariantFilter filter, PageRequest page) {
        TenantScope<SegmentVariantDocument> scope = scope(tenant);
        Criteria criteria = scope.where();
        filter.targetExperience()
                .ifPresent(target -> criteria.and(SegmentVariantDocument.TARGET_EXPERIENCE_ID)
                        .is(target.value()));
        filter.segment()
                .ifPresent(segment ->
                        criteria.and(SegmentVariantDocument.SEGMENT_ID).is(segment.value()));
        return scope.page(criteria, KeysetOrder.byId(), page, d -> Cursor.of("", d.id()), d -> d.toDomain(mapper));
    }

    @Override
    public SegmentVariant save(TenantId tenant, SegmentVariant variant) {
        if (!variant.tenantId().equals(tenant)) {
            throw new IllegalArgumentException(
                    "a segment variant of tenant " + variant.tenantId() + " saved for tenant " + tenant);
        }
        SegmentVariantDocument stored =
                SegmentVariantDocument.from(variant, variant.version().next(), mapper);
        scope(tenant)
                .storeNextVersion(
                        variant.version(),
                        stored,
                        UniqueKeyConflicts.on(
                                UNIQUE_SEGMENT,
                                () -> new ConflictException(
                                        "DUPLICATE_SEGMENT_VARIANT",
                                        "segmentId",
                                        "segment " + variant.segmentId()
                                                + " already has a variant of target experience "
                                                + variant.targetExperienceId())));
        return stored.toDomain(mapper);
    }

    private TenantScope<SegmentVariantDocument> scope(TenantId tenant) {
        return mongo.of(tenant, SegmentVariantDocument.class);
    }
}
