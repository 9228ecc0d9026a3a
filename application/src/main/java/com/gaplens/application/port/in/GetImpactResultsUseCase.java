package com.gaplens.application.port.in;

import com.gaplens.domain.impact.ImpactResult;
import com.gaplens.domain.impact.ImpactStudy;
import com.gaplens.domain.impact.ImpactStudyId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;

/** A study of the tenant with the reading of each of its metrics. {@code IMPACT_STUDY_NOT_FOUND} on {@code studyId}. */
public interface GetImpactResultsUseCase {

    ImpactStudyResults getImpactResults(GetImpactResultsQuery query);

    record GetImpactResultsQuery(TenantId tenant, ImpactStudyId studyId) {
        public GetImpactResultsQuery {
            Require.present(tenant, "tenant");
            Require.present(studyId, "studyId");
        }
    }

    /** The study and its results, one per metric in the order of the definition. */
    record ImpactStudyResults(ImpactStudy study, List<ImpactResult> results) {
        public ImpactStudyResults {
            Require.present(study, "study");
            results = List.copyOf(results);
        }
    }
}
