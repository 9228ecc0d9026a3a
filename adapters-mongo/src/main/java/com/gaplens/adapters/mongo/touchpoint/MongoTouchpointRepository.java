package com.gaplens.adapters.mongo.touchpoint;

import com.gaplens.adapters.mongo.tenancy.KeysetOrder;
import com.gaplens.adapters.mongo.tenancy.TenantScope;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.adapters.mongo.tenancy.UniqueKeyConflicts;
import com.gaplens.application.listing.Cursor;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.listing.TouchpointFilter;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Touchpoints in the {@value TouchpointDocument#COLLECTION} collection. The unique index (tenant,
 * brandId, nameKey) keeps touchpoint names unique per brand, whoever writes concurrently.
 */
public final class MongoTouchpointRepository implements TouchpointRepository {

    static final String UNIQUE_NAME = "touchpoints_tenant_brandId_nameKey";

    private final TenantScopedMongo mongo;

    public MongoTouchpointRepository(TenantScopedMongo mongo) {
        this.mongo = mongo;
    }

    /** Creates the indexes this repository's queries need; idempotent. */
    public void ensureIndexes() {
        mongo.indexes(TouchpointDocument.class)
                .ensure(UNIQUE_NAME, true, TouchpointDocument.BRAND_ID, TouchpointDocument.NAME_KEY)
                .ensure(
                        "touchpoints_tenant_brandId_nameKey_id",
                        false,
                        TouchpointDocument.BRAND_ID,
                        TouchpointDocument.NAME_KEY,
                        KeysetOrder.ID)
                .ensure("touchpoints_tenant_nameKey_id", false, TouchpointDocument.NAME_KEY, KeysetOrder.ID);
    }

    @Override
    public Optional<Touchpoint> find(TenantId tenant, TouchpointId id) {
        return scope(tenant).findById(id.value()).map(TouchpointDocument::toDomain);
    }

    @Override
    public List<Touchpoint> findAll(TenantId tenant, Set<TouchpointId> ids) {
        return scope(tenant).findAllById(ids.stream().map(TouchpointId::value).toList()).stream()
                .map(TouchpointDocument::toDomain)
                .toList();
    }

    @Override
    public Page<Touchpoint> list(TenantId tenant, TouchpointFilter filter, PageRequest page) {
        TenantScope<TouchpointDocument> scope = scope(tenant);
        Criteria criteria = scope.where();
        filter.brand()
                .ifPresent(brand -> criteria.and(TouchpointDocument.BRAND_ID).is(brand.value()));
        filter.phase().ifPresent(phase -> criteria.and(TouchpointDocument.PHASE).is(phase.name()));
        filter.channel()
                .ifPresent(channel -> criteria.and(TouchpointDocument.CHANNEL).is(channel.name()));
        filter.status()
                .ifPresent(status -> criteria.and(TouchpointDocument.STATUS).is(status.name()));
        return scope.page(
                criteria,
                KeysetOrder.byKey(TouchpointDocument.NAME_KEY, filter.order().descending()),
                page,
                d -> Cursor.of(d.nameKey(), d.id()),
                TouchpointDocument::toDomain);
    }

    @Override
    public Touchpoint save(TenantId tenant, Touchpoint touchpoint) {
        if (!touchpoint.tenantId().equals(tenant)) {
            throw new IllegalArgumentException(
                    "a touchpoint of tenant " + touchpoint.tenantId() + " saved for tenant " + tenant);
        }
        TouchpointDocument stored =
                TouchpointDocument.from(touchpoint, touchpoint.version().next());
        scope(tenant)
                .storeNextVersion(
                        touchpoint.version(),
                        stored,
                        UniqueKeyConflicts.on(
                                UNIQUE_NAME,
                                () -> new ConflictException(
                                        "DUPLICATE_NAME",
                                        "name",
                                        "brand " + touchpoint.brandId() + " already has a touchpoint named \""
                                                + touchpoint.name() + "\"")));
        return stored.toDomain();
    }

    private TenantScope<TouchpointDocument> scope(TenantId tenant) {
        return mongo.of(tenant, TouchpointDocument.class);
    }
}
