package com.gaplens.domain.impact;

import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an impact study sets out to measure.
 *
 * @param initiative what was done for the exposed customers, in words (non-blank, at most
 *     {@value #MAX_INITIATIVE_LENGTH} characters, stripped)
 * @param period the days the study covers
 * @param metrics the metrics read, at least one, codes unique ({@code NO_METRICS} on {@code metrics},
 *     {@code DUPLICATE_METRIC} on {@code metrics[i].code})
 * @param exposedSegment the customer segment the exposed group belongs to, if any: the gap views shown beside the
 *     study's results are read for it
 * @param targetedTouchpoints touchpoints the initiative targets (may be empty)
 * @param targetedCommitments commitments of the target experience the initiative targets (may be empty)
 */
public record StudyDefinition(
        String initiative,
        StudyPeriod period,
        List<ImpactMetric> metrics,
        Optional<SegmentId> exposedSegment,
        Set<TouchpointId> targetedTouchpoints,
        Set<CommitmentReference> targetedCommitments) {

    public static final int MAX_INITIATIVE_LENGTH = 2000;

    public StudyDefinition {
        initiative = Require.text(initiative, "initiative", MAX_INITIATIVE_LENGTH);
        Require.present(period, "period");
        Require.noNulls(metrics, "metrics");
        if (metrics.isEmpty()) {
            throw new InvalidInputException("NO_METRICS", "metrics", "a study reads at least one metric");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < metrics.size(); i++) {
            if (!codes.add(metrics.get(i).code())) {
                throw new InvalidInputException(
                        "DUPLICATE_METRIC",
                        "metrics[" + i + "].code",
                        metrics.get(i).code() + " is listed twice");
            }
        }
        metrics = List.copyOf(metrics);
        Require.present(exposedSegment, "exposedSegment");
        Require.noNulls(targetedTouchpoints, "targetedTouchpoints");
        Require.noNulls(targetedCommitments, "targetedCommitments");
        targetedTouchpoints = Collections.unmodifiableSet(new LinkedHashSet<>(targetedTouchpoints));
        targetedCommitments = Collections.unmodifiableSet(new LinkedHashSet<>(targetedCommitments));
    }

    /** A study of an initiative over a period on some metrics, not tied to a segment, touchpoints or commitments. */
    public static StudyDefinition of(String initiative, StudyPeriod period, List<ImpactMetric> metrics) {
        return new StudyDefinition(initiative, period, metrics, Optional.empty(), Set.of(), Set.of());
    }

    /** The metric with this code, if the study reads it. */
    public Optional<ImpactMetric> metric(String code) {
        return metrics.stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
