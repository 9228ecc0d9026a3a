package com.gaplens.application.port.in;

import com.gaplens.domain.impact.ImpactStudy;
import com.gaplens.domain.impact.ImpactStudyId;
import com.gaplens.domain.impact.StudyGroup;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;

/**
 * Forgets every observation batch or the summary of one metric and group of a study, e.g. to switch data routes
 * (their batch ids may then be used again). Discarding an empty slot changes nothing. {@code IMPACT_STUDY_NOT_FOUND}
 * on {@code studyId}; {@code UNKNOWN_METRIC} on {@code metric}.
 */
public interface DiscardImpactDataUseCase {

    ImpactStudy discardImpactData(DiscardImpactDataCommand command);

    record DiscardImpactDataCommand(TenantId tenant, ImpactStudyId studyId, String metric, StudyGroup group) {
        public DiscardImpactDataCommand {
            Require.present(tenant, "tenant");
            Require.present(studyId, "studyId");
            Require.present(metric, "metric");
            Require.present(group, "group");
        }
    }
}
