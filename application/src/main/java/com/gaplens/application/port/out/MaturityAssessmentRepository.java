package com.gaplens.application.port.out;

import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.maturity.MaturityAssessment;
import com.gaplens.domain.maturity.MaturityAssessmentId;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Stores maturity assessments. An assessment is immutable once made: it is added, never replaced (adding an id
 * already stored in the tenant is a {@code DUPLICATE_ASSESSMENT} conflict and changes nothing). Tenant isolation as
 * in the package documentation.
 */
public interface MaturityAssessmentRepository {

    /**
     * The sort key of an assessment in lists: its instant in UTC with nine fraction digits, fixed width, so that
     * the keys sort as the instants do.
     */
    DateTimeFormatter SORT_KEY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    static String sortKey(Instant assessedAt) {
        return SORT_KEY.format(assessedAt);
    }

    Optional<MaturityAssessment> find(TenantId tenant, MaturityAssessmentId id);

    /** The brand's assessments, oldest first (by instant, then id); the cursor's sort key is {@link #sortKey}. */
    Page<MaturityAssessment> listOfBrand(TenantId tenant, BrandId brand, PageRequest page);

    MaturityAssessment add(TenantId tenant, MaturityAssessment assessment);
}
