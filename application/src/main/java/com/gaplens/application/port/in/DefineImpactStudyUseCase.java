package com.gaplens.application.port.in;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.impact.ImpactStudy;
import com.gaplens.domain.impact.StudyDefinition;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;

/**
 * Defines an impact study of a brand's initiative. {@code BRAND_NOT_FOUND} on {@code brandId}; the exposed segment,
 * targeted touchpoints and commitments must be the brand's ({@code UNKNOWN_SEGMENT} on {@code exposedSegmentId},
 * {@code UNKNOWN_TOUCHPOINT} on {@code targetedTouchpointIds[i]}, {@code UNKNOWN_COMMITMENT} on
 * {@code targetedCommitmentIds[i]}).
 */
public interface DefineImpactStudyUseCase {

    ImpactStudy defineImpactStudy(DefineImpactStudyCommand command);

    record DefineImpactStudyCommand(TenantId tenant, BrandId brandId, StudyDefinition definition) {
        public DefineImpactStudyCommand {
            Require.present(tenant, "tenant");
            Require.present(brandId, "brandId");
            Require.present(definition, "definition");
        }
    }
}
