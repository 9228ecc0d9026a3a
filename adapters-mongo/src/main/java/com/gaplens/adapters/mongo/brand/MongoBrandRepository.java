package com.gaplens.adapters.mongo.brand;

import com.gaplens.adapters.mongo.tenancy.KeysetOrder;
import com.gaplens.adapters.mongo.tenancy.TenantScope;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.adapters.mongo.tenancy.UniqueKeyConflicts;
import com.gaplens.application.listing.BrandFilter;
import com.gaplens.application.listing.Cursor;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Brands with their values in the {@value BrandDocument#COLLECTION} collection. The unique index
 * (tenant, nameKey) keeps brand names unique per tenant, whoever writes concurrently.
 */
public final class MongoBrandRepository implements BrandRepository {

    static final String UNIQUE_NAME = "brands_tenant_nameKey";

    private final TenantScopedMongo mongo;
    private final BrandDocumentMapper mapper;

    public MongoBrandRepository(TenantScopedMongo mongo, BrandDocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    /** Creates the indexes this repository's queries need; idempotent. */
    public void ensureIndexes() {
        mongo.indexes(BrandDocument.class)
                .ensure(UNIQUE_NAME, true, BrandDocument.NAME_KEY)
                .ensure("brands_tenant_nameKey_id", false, BrandDocument.NAME_KEY, KeysetOrder.ID)
                .ensure(
                        "brands_tenant_status_nameKey_id",
                        false,
                        BrandDocument.STATUS,
                        BrandDocument.NAME_KEY,
                        KeysetOrder.ID);
    }

    @Override
    public Optional<Brand> find(TenantId tenant, BrandId id) {
        return scope(tenant).findById(id.value()).map(d -> d.toDomain(mapper));
    }

    @Override
    public Page<Brand> list(TenantId tenant, BrandFilter filter, PageRequest page) {
        TenantScope<BrandDocument> scope = scope(tenant);
        Criteria criteria = scope.where();
        filter.status().ifPresent(status -> criteria.and(BrandDocument.STATUS).is(status.name()));
        return scope.page(
                criteria,
                KeysetOrder.byKey(BrandDocument.NAME_KEY, filter.order().descending()),
                page,
                d -> Cursor.of(d.nameKey(), d.id()),
                d -> d.toDomain(mapper));
    }

    @Override
    public Brand save(TenantId tenant, Brand brand) {
        if (!brand.tenantId().equals(tenant)) {
            throw new IllegalArgumentException("a brand of tenant " + brand.tenantId() + " saved for tenant " + tenant);
        }
        BrandDocument stored = BrandDocument.from(brand, brand.version().next(), mapper);
        scope(tenant)
                .storeNextVersion(
                        brand.version(),
                        stored,
                        UniqueKeyConflicts.on(
                                UNIQUE_NAME,
                                () -> new ConflictException(
                                        "DUPLICATE_NAME", "name", "the name \"" + brand.name() + "\" is taken")));
        return stored.toDomain(mapper);
    }

    private TenantScope<BrandDocument> scope(TenantId tenant) {
        return mongo.of(tenant, BrandDocument.class);
    }
}
