package com.gaplens.domain.impact;

import com.gaplens.domain.shared.Require;

/** One batch of per-customer observations recorded for one metric and one group of a study. */
public record ObservationBatch(ObservationBatchId id, String metricCode, StudyGroup group, Observations observations) {
    public ObservationBatch {
        Require.present(id, "batchId");
        Require.present(metricCode, "metric");
        Require.present(group, "group");
        Require.present(observations, "observations");
    }
}
