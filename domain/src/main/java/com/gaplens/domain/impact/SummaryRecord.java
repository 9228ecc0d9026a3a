package com.gaplens.domain.impact;

import com.gaplens.domain.shared.Require;

/** The summary recorded for one metric and one group of a study. */
public record SummaryRecord(String metricCode, StudyGroup group, Summary summary) {
    public SummaryRecord {
        Require.present(metricCode, "metric");
        Require.present(group, "group");
        Require.present(summary, "summary");
    }
}
