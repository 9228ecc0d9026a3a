package com.gaplens.adapters.graphql.impact;

import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.domain.impact.ConfidenceInterval;
import com.gaplens.domain.impact.DataRoute;
import com.gaplens.domain.impact.Direction;
import com.gaplens.domain.impact.GroupData;
import com.gaplens.domain.impact.ImpactMetric;
import com.gaplens.domain.impact.ImpactResult;
import com.gaplens.domain.impact.ImpactStudy;
import com.gaplens.domain.impact.InsufficiencyReason;
import com.gaplens.domain.impact.MetricKind;
import com.gaplens.domain.impact.StatisticalTest;
import com.gaplens.domain.impact.StudyDefinition;
import com.gaplens.domain.impact.StudyGroup;
import com.gaplens.domain.impact.Verdict;
import com.gaplens.domain.target.CommitmentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** What the impact schema shows, built from the domain's objects. */
final class ImpactViews {

    private ImpactViews() {}

    record StudyView(
            String id,
            String brandId,
            String initiative,
            PeriodView period,
            List<MetricView> metrics,
            String exposedSegmentId,
            List<String> targetedTouchpointIds,
            List<String> targetedCommitmentIds,
            List<DataView> data,
            List<ResultView> results,
            long version) {

        static StudyView of(ImpactStudy study) {
            StudyDefinition definition = study.definition();
            List<DataView> data = new ArrayList<>();
            for (ImpactMetric metric : definition.metrics()) {
                for (StudyGroup group : StudyGroup.values()) {
                    data.add(DataView.of(study, metric, group));
                }
            }
            return new StudyView(
                    GlobalIds.of(study.id()),
                    GlobalIds.of(study.brandId()),
                    definition.initiative(),
                    new PeriodView(
                            definition.period().from(), definition.period().to()),
                    definition.metrics().stream().map(MetricView::of).toList(),
                    definition.exposedSegment().map(GlobalIds::of).orElse(null),
                    definition.targetedTouchpoints().stream().map(GlobalIds::of).toList(),
                    definition.targetedCommitments().stream()
                            .map(c -> GlobalIds.of(new CommitmentId(c.value())))
                            .toList(),
                    data,
                    study.results().stream().map(ResultView::of).toList(),
                    study.version().value());
        }
    }

    record PeriodView(LocalDate from, LocalDate to) {}

    record MetricView(String code, MetricKind kind, Direction direction, boolean standard) {
        static MetricView of(ImpactMetric metric) {
            return new MetricView(metric.code(), metric.kind(), metric.direction(), metric.isStandard());
        }
    }

    record DataView(String metric, StudyGroup group, DataRoute route, long n, int batches) {
        static DataView of(ImpactStudy study, ImpactMetric metric, StudyGroup group) {
            Optional<GroupData> data = study.data(metric.code(), group);
            int batches = (int) study.observationBatches().stream()
                    .filter(b -> b.metricCode().equals(metric.code()) && b.group() == group)
                    .count();
            return new DataView(
                    metric.code(),
                    group,
                    data.map(GroupData::route).orElse(null),
                    data.map(GroupData::n).orElse(0L),
                    batches);
        }
    }

    record IntervalView(double lower, double upper) {
        static IntervalView of(ConfidenceInterval interval) {
            return new IntervalView(interval.lower(), interval.upper());
        }
    }

    enum ResultStatus {
        TESTED,
        NOT_ENOUGH_DATA
    }

    record ResultView(
            MetricView metric,
            StatisticalTest test,
            ResultStatus status,
            long exposedSize,
            long controlSize,
            Double exposedMean,
            Double controlMean,
            Double difference,
            Double relativeUplift,
            Double statistic,
            Double degreesOfFreedom,
            Double pValue,
            IntervalView interval95,
            Boolean significant,
            Verdict verdict,
            String verdictText,
            InsufficiencyReason insufficiency,
            String explanation) {

        static ResultView of(ImpactResult result) {
            MetricView metric = MetricView.of(result.metric());
            return switch (result) {
                case ImpactResult.Tested t ->
                    new ResultView(
                            metric,
                            t.test(),
                            ResultStatus.TESTED,
                            t.exposedSize(),
                            t.controlSize(),
                            t.exposedMean(),
                            t.controlMean(),
                            t.difference(),
                            orNull(t.relativeUplift()),
                            t.statistic(),
                            orNull(t.degreesOfFreedom()),
                            t.pValue(),
                            IntervalView.of(t.interval95()),
                            t.significant(),
                            t.verdict(),
                            t.verdict().words(),
                            null,
                            null);
                case ImpactResult.NotEnoughData n ->
                    new ResultView(
                            metric,
                            n.test(),
                            ResultStatus.NOT_ENOUGH_DATA,
                            n.exposedSize(),
                            n.controlSize(),
                            orNull(n.exposedMean()),
                            orNull(n.controlMean()),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            "not enough data",
                            n.reason(),
                            n.explanation());
            };
        }

        private static Double orNull(OptionalDouble value) {
            return value.isPresent() ? value.getAsDouble() : null;
        }
    }

    enum BatchStatus {
        RECORDED,
        ALREADY_RECORDED
    }

    record ObservationsOutcomeView(String batchId, BatchStatus status, long observations) {}
}
