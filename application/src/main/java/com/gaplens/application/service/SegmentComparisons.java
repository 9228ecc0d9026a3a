package com.gaplens.application.service;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapCell;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.port.in.ReadGapViewsUseCase.SegmentComparison;
import com.gaplens.application.port.in.ReadGapViewsUseCase.SegmentDifference;
import com.gaplens.application.port.in.ReadGapViewsUseCase.ViewQuery;
import com.gaplens.domain.gap.LivedScore;
import com.gaplens.domain.impact.ContinuousSummary;
import com.gaplens.domain.impact.Direction;
import com.gaplens.domain.impact.ImpactAnalysis;
import com.gaplens.domain.impact.ImpactMetric;
import com.gaplens.domain.impact.ImpactResult;
import com.gaplens.domain.impact.MetricKind;
import com.gaplens.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * The same groups for 2–6 segments side by side, and for the first two the difference of their lived scores by the
 * domain's Welch test ({@link ImpactAnalysis#welch}) on their respondents, and the difference of their gaps.
 */
final class SegmentComparisons {

    private static final ImpactMetric LIVED =
            ImpactMetric.custom("LIVED", MetricKind.CONTINUOUS, Direction.HIGHER_IS_BETTER);

    private final GapReports reports;

    SegmentComparisons(GapReports reports) {
        this.reports = reports;
    }

    List<SegmentComparison> compare(ViewQuery query, List<String> segmentIds, CellGrouping grouping) {
        if (segmentIds.size() < 2 || segmentIds.size() > 6) {
            throw new InvalidInputException(
                    "SEGMENT_COUNT_OUT_OF_RANGE", "segmentIds", "compare 2 to 6 segments, got " + segmentIds.size());
        }
        Set<GapDimension> withSegment = new HashSet<>(grouping.dimensions());
        withSegment.add(GapDimension.SEGMENT);
        List<GapCell> cells = reports.cells(
                query.tenant(),
                query.filter().with(GapDimension.SEGMENT, new HashSet<>(segmentIds)),
                new CellGrouping(withSegment, grouping.bucket()));
        record Row(Map<GapDimension, GapCell.Key> keys, Optional<String> bucket, Map<String, GapCell> bySegment) {}
        Map<String, Row> rows = new TreeMap<>();
        for (GapCell cell : cells) {
            Map<GapDimension, GapCell.Key> keys = new EnumMap<>(GapDimension.class);
            cell.keys().forEach((dimension, key) -> {
                if (dimension != GapDimension.SEGMENT) {
                    keys.put(dimension, key);
                }
            });
            rows.computeIfAbsent(
                            GapCell.identityOf(keys, cell.bucket()), k -> new Row(keys, cell.bucket(), new HashMap<>()))
                    .bySegment()
                    .put(cell.keys().get(GapDimension.SEGMENT).value(), cell);
        }
        List<SegmentComparison> comparisons = new ArrayList<>();
        rows.values().forEach(row -> {
            List<Optional<GapCell>> ordered = segmentIds.stream()
                    .map(id -> Optional.ofNullable(row.bySegment().get(id)))
                    .toList();
            Optional<SegmentDifference> difference =
                    ordered.get(0).isPresent() && ordered.get(1).isPresent()
                            ? difference(ordered.get(0).get(), ordered.get(1).get())
                            : Optional.empty();
            comparisons.add(new SegmentComparison(row.keys(), row.bucket(), ordered, difference));
        });
        return comparisons;
    }

    private static Optional<SegmentDifference> difference(GapCell first, GapCell second) {
        LivedScore a = first.report().lived();
        LivedScore b = second.report().lived();
        if (a.variance().isEmpty() || b.variance().isEmpty()) {
            return Optional.empty();
        }
        ImpactResult result = ImpactAnalysis.welch(
                LIVED,
                new ContinuousSummary(
                        a.weight(), a.lived(), Math.sqrt(a.variance().getAsDouble())),
                new ContinuousSummary(
                        b.weight(), b.lived(), Math.sqrt(b.variance().getAsDouble())));
        if (!(result instanceof ImpactResult.Tested tested)) {
            return Optional.empty();
        }
        OptionalDouble gapDifference =
                first.report().gap().isPresent() && second.report().gap().isPresent()
                        ? OptionalDouble.of(first.report().gap().get().value()
                                - second.report().gap().get().value())
                        : OptionalDouble.empty();
        return Optional.of(new SegmentDifference(
                tested.difference(),
                gapDifference,
                tested.interval95().lower(),
                tested.interval95().upper(),
                tested.pValue(),
                tested.degreesOfFreedom(),
                tested.significant()));
    }
}
