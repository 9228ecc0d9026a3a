package com.gaplens.adapters.mongo.maturity;

import com.gaplens.adapters.mongo.tenancy.KeysetOrder;
import com.gaplens.adapters.mongo.tenancy.TenantScope;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.application.listing.Cursor;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.out.MaturityAssessmentRepository;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.maturity.MaturityAssessment;
import com.gaplens.domain.maturity.MaturityAssessmentId;
import com.gaplens.domain.shared.ConflictException;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;

/** Maturity assessments in the {@value MaturityAssessmentDocument#COLLECTION} collection, inserted once, never replaced. */
public final class MongoMaturityAssessmentRepository implements MaturityAssessmentRepository {

    private final TenantScopedMongo mongo;
    private final MaturityDocumentMapper mapper;

    public MongoMaturityAssessmentRepository(TenantScopedMongo mongo, MaturityDocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    /** Creates the indexes this repository's queries need; idempotent. */
    public void ensureIndexes() {
        mongo.indexes(MaturityAssessmentDocument.class)
                .ensure(
                        "maturityAssessments_tenant_brandId_assessedAtKey_id",
                        false,
                        MaturityAssessmentDocument.BRAND_ID,
                        MaturityAssessmentDocument.ASSESSED_AT_KEY,
                        KeysetOrder.ID);
    }

    @Override
    public Optional<MaturityAssessment> find(TenantId tenant, MaturityAssessmentId id) {
        return scope(tenant).findById(id.value()).map(d -> d.toDomain(mapper));
    }

    @Override
    public Page<MaturityAssessment> listOfBrand(TenantId tenant, BrandId brand, PageRequest page) {
        TenantScope<MaturityAssessmentDocument> scope = scope(tenant);
        return scope.page(
                scope.where().and(MaturityAssessmentDocument.BRAND_ID).is(brand.value()),
                KeysetOrder.byKey(MaturityAssessmentDocument.ASSESSED_AT_KEY, false),
                page,
                d -> Cursor.of(d.assessedAtKey(), d.id()),
                d -> d.toDomain(mapper));
    }

    @Override
    public MaturityAssessment add(TenantId tenant, MaturityAssessment assessment) {
        if (!assessment.tenantId().equals(tenant)) {
            throw new IllegalArgumentException(
                    "an assessment of tenant " + assessment.tenantId() + " added for tenant " + tenant);
        }
        try {
            return scope(tenant)
                    .insert(MaturityAssessmentDocument.from(assessment, mapper))
                    .toDomain(mapper);
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    "DUPLICATE_ASSESSMENT", "maturityAssessmentId", "assessment " + assessment.id() + " exists");
        }
    }

    private TenantScope<MaturityAssessmentDocument> scope(TenantId tenant) {
        return mongo.of(tenant, MaturityAssessmentDocument.class);
    }
}
