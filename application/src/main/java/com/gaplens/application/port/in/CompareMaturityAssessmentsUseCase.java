package com.gaplens.application.port.in;

import com.gaplens.domain.maturity.MaturityAssessmentId;
import com.gaplens.domain.maturity.MaturityComparison;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;

/**
 * Two assessments of one brand compared, the older first whatever the order given: stage change, conditions newly
 * met and no longer met, functions and practices gained and lost. {@code MATURITY_ASSESSMENT_NOT_FOUND} on
 * {@code earlierId} / {@code laterId}; {@code DIFFERENT_BRAND}.
 */
public interface CompareMaturityAssessmentsUseCase {

    MaturityComparison compareMaturityAssessments(CompareMaturityAssessmentsQuery query);

    record CompareMaturityAssessmentsQuery(
            TenantId tenant, MaturityAssessmentId earlierId, MaturityAssessmentId laterId) {
        public CompareMaturityAssessmentsQuery {
            Require.present(tenant, "tenant");
            Require.present(earlierId, "earlierId");
            Require.present(laterId, "laterId");
        }
    }
}
