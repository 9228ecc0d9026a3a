package com.gaplens.application.port.in;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.maturity.MaturityAssessment;
import com.gaplens.domain.maturity.MaturityEvidence;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.Optional;

/**
 * Records an assessment of a brand's experience maturity from evidence, now. With a {@code symmetryPeriod}, the
 * employee and customer scores per variable of that period are read from the measurements and kept with the
 * assessment (a snapshot: later measurements do not change it). {@code BRAND_NOT_FOUND} on {@code brandId}.
 */
public interface RecordMaturityAssessmentUseCase {

    MaturityAssessment recordMaturityAssessment(RecordMaturityAssessmentCommand command);

    record RecordMaturityAssessmentCommand(
            TenantId tenant, BrandId brandId, MaturityEvidence evidence, Optional<Period> symmetryPeriod) {
        public RecordMaturityAssessmentCommand {
            Require.present(tenant, "tenant");
            Require.present(brandId, "brandId");
            Require.present(evidence, "evidence");
            Require.present(symmetryPeriod, "symmetryPeriod");
        }
    }
}
