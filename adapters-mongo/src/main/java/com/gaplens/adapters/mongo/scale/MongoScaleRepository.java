package com.gaplens.adapters.mongo.scale;

import com.gaplens.adapters.mongo.tenancy.TenantScope;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.port.out.ScaleRepository;
import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.scale.TenantScale;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.shared.Version;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;

/** Tenant scales in MongoDB, one document per (tenant, code). */
public final class MongoScaleRepository implements ScaleRepository {

    private static final int MAX_SCALES = 10_000;

    private final TenantScopedMongo mongo;
    private final ScaleDocumentMapper mapper;

    public MongoScaleRepository(TenantScopedMongo mongo, ScaleDocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    public void ensureIndexes() {
        mongo.indexes(ScaleDocument.class).ensure("tenant_code", true, "code");
    }

    @Override
    public Optional<TenantScale> find(TenantId tenant, ScaleCode code) {
        return scope(tenant)
                .findById(ScaleDocument.idOf(tenant.value(), code.value()))
                .map(this::toDomain);
    }

    @Override
    public List<TenantScale> findAll(TenantId tenant) {
        TenantScope<ScaleDocument> scope = scope(tenant);
        return scope.find(scope.where(), Sort.by("code"), MAX_SCALES).stream()
                .map(this::toDomain)
                .toList();
    }

    @Override
    public TenantScale save(TenantId tenant, TenantScale scale) {
        if (!scale.tenantId().equals(tenant)) {
            throw new IllegalArgumentException("a scale of tenant " + scale.tenantId() + " saved for tenant " + tenant);
        }
        TenantScope<ScaleDocument> scope = scope(tenant);
        Version next = scale.version().next();
        ScaleDocument document = toDocument(scale, next);
        if (scale.version().isNew()) {
            try {
                scope.insert(document);
            } catch (DuplicateKeyException e) {
                throw new ConflictException(
                        "DUPLICATE_SCALE_CODE", "scaleCode", "a scale with code " + scale.code() + " exists already");
            }
        } else if (!scope.replaceIfVersion(
                document.id(), "version", scale.version().value(), document)) {
            Version current = scope.findById(document.id())
                    .map(d -> Version.of(d.version()))
                    .orElse(Version.NEW);
            throw Version.stale(scale.version(), current);
        }
        return TenantScale.restore(tenant, scale.scale(), scale.status(), next);
    }

    private TenantScope<ScaleDocument> scope(TenantId tenant) {
        return mongo.of(tenant, ScaleDocument.class);
    }

    private TenantScale toDomain(ScaleDocument document) {
        return TenantScale.restore(
                new TenantId(document.tenant()),
                mapper.toScale(document),
                document.status(),
                Version.of(document.version()));
    }

    private ScaleDocument toDocument(TenantScale scale, Version version) {
        ScaleDocument values = mapper.toDocument(scale.scale());
        return new ScaleDocument(
                ScaleDocument.idOf(scale.tenantId().value(), scale.code().value()),
                scale.tenantId().value(),
                values.code(),
                values.name(),
                values.min(),
                values.max(),
                values.direction(),
                values.share(),
                values.defaultDispersion(),
                scale.status(),
                version.value());
    }
}
