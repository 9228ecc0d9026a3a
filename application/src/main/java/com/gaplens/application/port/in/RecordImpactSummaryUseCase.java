package com.gaplens.application.port.in;

import com.gaplens.domain.impact.ImpactStudy;
import com.gaplens.domain.impact.ImpactStudyId;
import com.gaplens.domain.impact.StudyGroup;
import com.gaplens.domain.impact.Summary;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;

/**
 * Sets the summary of one metric and group of a study (replacing an earlier summary of that slot).
 * {@code IMPACT_STUDY_NOT_FOUND} on {@code studyId}; {@code UNKNOWN_METRIC} on {@code metric};
 * {@code DATA_KIND_MISMATCH}; {@code MIXED_DATA_ROUTES} when the slot holds observations.
 */
public interface RecordImpactSummaryUseCase {

    ImpactStudy recordImpactSummary(RecordImpactSummaryCommand command);

    record RecordImpactSummaryCommand(
            TenantId tenant, ImpactStudyId studyId, String metric, StudyGroup group, Summary summary) {
        public RecordImpactSummaryCommand {
            Require.present(tenant, "tenant");
            Require.present(studyId, "studyId");
            Require.present(metric, "metric");
            Require.present(group, "group");
            Require.present(summary, "summary");
        }
    }
}
