package com.gaplens.application.port.in;

import com.gaplens.domain.impact.ImpactStudyId;
import com.gaplens.domain.impact.ObservationBatchId;
import com.gaplens.domain.impact.Observations;
import com.gaplens.domain.impact.RecordOutcome;
import com.gaplens.domain.impact.StudyGroup;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;

/**
 * Adds a batch of per-customer observations to one metric and group of a study, idempotently: the same batch id
 * with the same content is {@link RecordOutcome.AlreadyRecorded}; with other content {@code BATCH_CONTENT_CONFLICT}.
 * {@code IMPACT_STUDY_NOT_FOUND} on {@code studyId}; {@code UNKNOWN_METRIC} on {@code metric};
 * {@code MIXED_DATA_ROUTES} when the slot holds a summary; {@code BATCH_TOO_LARGE} / {@code STUDY_TOO_LARGE} past
 * the limits.
 */
public interface RecordImpactObservationsUseCase {

    RecordOutcome recordImpactObservations(RecordImpactObservationsCommand command);

    record RecordImpactObservationsCommand(
            TenantId tenant,
            ImpactStudyId studyId,
            String metric,
            StudyGroup group,
            ObservationBatchId batchId,
            Observations observations) {
        public RecordImpactObservationsCommand {
            Require.present(tenant, "tenant");
            Require.present(studyId, "studyId");
            Require.present(metric, "metric");
            Require.present(group, "group");
            Require.present(batchId, "batchId");
            Require.present(observations, "observations");
        }
    }
}
