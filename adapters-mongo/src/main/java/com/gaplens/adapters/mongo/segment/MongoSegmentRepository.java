package com.gaplens.adapters.mongo.segment;

import com.gaplens.adapters.mongo.tenancy.KeysetOrder;
import com.gaplens.adapters.mongo.tenancy.TenantScope;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.adapters.mongo.tenancy.UniqueKeyConflicts;
import com.gaplens.application.listing.Cursor;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.SegmentFilter;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Segments in the {@value SegmentDocument#COLLECTION} collection. The unique index (tenant, brandId,
 * nameKey) keeps segment names unique per brand, whoever writes concurrently.
 */
public final class MongoSegmentRepository implements SegmentRepository {

    static final String UNIQUE_NAME = "segments_tenant_brandId_nameKey";

    private final TenantScopedMongo mongo;

    public MongoSegmentRepository(TenantScopedMongo mongo) {
        this.mongo = mongo;
    }

    /** Creates the indexes this repository's queries need; idempotent. */
    public void ensureIndexes() {
        mongo.indexes(SegmentDocument.class)
                .ensure(UNIQUE_NAME, true, SegmentDocument.BRAND_ID, SegmentDocument.NAME_KEY)
                .ensure(
                        "segments_tenant_brandId_nameKey_id",
                        false,
                        SegmentDocument.BRAND_ID,
                        SegmentDocument.NAME_KEY,
                        KeysetOrder.ID)
                .ensure("segments_tenant_nameKey_id", false, SegmentDocument.NAME_KEY, KeysetOrder.ID);
    }

    @Override
    public Optional<Segment> find(TenantId tenant, SegmentId id) {
        return scope(tenant).findById(id.value()).map(SegmentDocument::toDomain);
    }

    @Override
    public List<Segment> findAll(TenantId tenant, Set<SegmentId> ids) {
        return scope(tenant).findAllById(ids.stream().map(SegmentId::value).toList()).stream()
                .map(SegmentDocument::toDomain)
                .toList();
    }

    @Override
    public Page<Segment> list(TenantId tenant, SegmentFilter filter, PageRequest page) {
        TenantScope<SegmentDocument> scope = scope(tenant);
        Criteria criteria = scope.where();
        filter.brand().ifPresent(brand -> criteria.and(SegmentDocument.BRAND_ID).is(brand.value()));
        filter.kind().ifPresent(kind -> criteria.and(SegmentDocument.KIND).is(kind.name()));
        filter.status().ifPresent(status -> criteria.and(SegmentDocument.STATUS).is(status.name()));
        return scope.page(
                criteria,
                KeysetOrder.byKey(SegmentDocument.NAME_KEY, filter.order().descending()),
                page,
                d -> Cursor.of(d.nameKey(), d.id()),
                SegmentDocument::toDomain);
    }

    @Override
    public Segment save(TenantId tenant, Segment segment) {
        if (!segment.tenantId().equals(tenant)) {
            throw new IllegalArgumentException(
                    "a segment of tenant " + segment.tenantId() + " saved for tenant " + tenant);
        }
        SegmentDocument stored = SegmentDocument.from(segment, segment.version().next());
        scope(tenant)
                .storeNextVersion(
                        segment.version(),
                        stored,
                        UniqueKeyConflicts.on(
                                UNIQUE_NAME,
                                () -> new ConflictException(
                                        "DUPLICATE_NAME",
                                        "name",
                                        "brand " + segment.brandId() + " already has a segment named \""
                                                + segment.name() + "\"")));
        return stored.toDomain();
    }

    private TenantScope<SegmentDocument> scope(TenantId tenant) {
        return mongo.of(tenant, SegmentDocument.class);
    }
}
