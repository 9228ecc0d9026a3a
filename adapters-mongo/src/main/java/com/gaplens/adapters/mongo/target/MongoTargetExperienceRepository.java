package com.gaplens.adapters.mongo.target;

import com.gaplens.adapters.mongo.tenancy.KeysetOrder;
import com.gaplens.adapters.mongo.tenancy.TenantScope;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.adapters.mongo.tenancy.UniqueKeyConflicts;
import com.gaplens.application.listing.Cursor;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.TargetExperienceFilter;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.target.TargetExperienceId;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Target experiences, with their draft and every published version, in the
 * {@value TargetExperienceDocument#COLLECTION} collection: one document per target experience, so a
 * publication is one atomic replace. The unique index (tenant, brandId) keeps one per brand.
 */
public final class MongoTargetExperienceRepository implements TargetExperienceRepository {

    static final String UNIQUE_BRAND = "target_experiences_tenant_brandId";

    private final TenantScopedMongo mongo;
    private final TargetDocumentMapper mapper;

    public MongoTargetExperienceRepository(TenantScopedMongo mongo, TargetDocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    /** Creates the indexes this repository's queries need; idempotent. */
    public void ensureIndexes() {
        mongo.indexes(TargetExperienceDocument.class)
                .ensure(UNIQUE_BRAND, true, TargetExperienceDocument.BRAND_ID)
                .ensure("target_experiences_tenant_id", false, KeysetOrder.ID);
    }

    @Override
    public Optional<TargetExperience> find(TenantId tenant, TargetExperienceId id) {
        return scope(tenant).findById(id.value()).map(d -> d.toDomain(mapper));
    }

    @Override
    public Optional<TargetExperience> findByBrand(TenantId tenant, BrandId brand) {
        TenantScope<TargetExperienceDocument> scope = scope(tenant);
        return scope.findOne(
                        scope.where().and(TargetExperienceDocument.BRAND_ID).is(brand.value()))
                .map(d -> d.toDomain(mapper));
    }

    @Override
    public Page<TargetExperience> list(TenantId tenant, TargetExperienceFilter filter, PageRequest page) {
        TenantScope<TargetExperienceDocument> scope = scope(tenant);
        Criteria criteria = scope.where();
        filter.brand()
                .ifPresent(
                        brand -> criteria.and(TargetExperienceDocument.BRAND_ID).is(brand.value()));
        return scope.page(criteria, KeysetOrder.byId(), page, d -> Cursor.of("", d.id()), d -> d.toDomain(mapper));
    }

    @Override
    public TargetExperience save(TenantId tenant, TargetExperience target) {
        if (!target.tenantId().equals(tenant)) {
            throw new IllegalArgumentException(
                    "a target experience of tenant " + target.tenantId() + " saved for tenant " + tenant);
        }
        TargetExperienceDocument stored =
                TargetExperienceDocument.from(target, target.version().next(), mapper);
        scope(tenant)
                .storeNextVersion(
                        target.version(),
                        stored,
                        UniqueKeyConflicts.on(
                                UNIQUE_BRAND,
                                () -> new ConflictException(
                                        "DUPLICATE_TARGET_EXPERIENCE",
                                        "brandId",
                                        "brand " + target.brandId() + " already has a target experience")));
        return stored.toDomain(mapper);
    }

    private TenantScope<TargetExperienceDocument> scope(TenantId tenant) {
        return mongo.of(tenant, TargetExperienceDocument.class);
    }
}
