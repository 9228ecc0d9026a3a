package com.gaplens.adapters.graphql.gap;

import com.gaplens.adapters.graphql.gap.GapInputs.GapFilterInput;
import com.gaplens.adapters.graphql.gap.GapViews.GapCellView;
import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.port.in.ReadGapViewsUseCase;
import com.gaplens.application.port.in.ReadGapViewsUseCase.ViewQuery;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.gap.TimeBucket;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code compareSegments}: the same groups for 2–6 segments side by side, and the difference of the first two. */
@Controller
class SegmentComparisonController {

    private static final int MAX_LIST = GapController.MAX_LIST;

    private final ReadGapViewsUseCase views;

    SegmentComparisonController(ReadGapViewsUseCase views) {
        this.views = views;
    }

    record SegmentCellView(String segmentId, GapCellView cell) {}

    record SegmentDifferenceView(
            double livedDifference,
            Double gapDifference,
            GapViews.IntervalView interval,
            double pValue,
            Double degreesOfFreedom,
            boolean significant) {}

    record SegmentComparisonView(
            List<GapViews.GapKeyView> keys,
            String bucket,
            List<SegmentCellView> segments,
            SegmentDifferenceView difference) {}

    @QueryMapping
    List<SegmentComparisonView> compareSegments(
            @Argument List<String> segmentIds,
            @Argument GapFilterInput filter,
            @Argument List<GapDimension> groupBy,
            @Argument TimeBucket bucket) {
        TenantId tenant = CurrentCaller.require(Role.READER).tenant();
        List<String> segments = new java.util.ArrayList<>();
        for (int i = 0; i < segmentIds.size(); i++) {
            segments.add(GlobalIds.segment(segmentIds.get(i), "segmentIds[" + i + "]")
                    .value());
        }
        var comparisons = views.compareSegments(
                new ViewQuery(tenant, GapInputs.filter(filter)), segments, GapInputs.grouping(groupBy, bucket));
        if (comparisons.size() > MAX_LIST) {
            throw new InvalidInputException(
                    "TOO_MANY_GROUPS",
                    "groupBy",
                    comparisons.size() + " groups: group by fewer keys or filter more (at most " + MAX_LIST + ")");
        }
        return comparisons.stream()
                .map(c -> {
                    List<GapViews.GapKeyView> keys = new java.util.ArrayList<>();
                    c.keys().forEach((d, k) -> keys.add(GapViews.GapKeyView.of(d, k)));
                    List<SegmentCellView> cells = new java.util.ArrayList<>();
                    for (int i = 0; i < segmentIds.size(); i++) {
                        cells.add(new SegmentCellView(
                                segmentIds.get(i),
                                c.bySegment().get(i).map(GapCellView::of).orElse(null)));
                    }
                    SegmentDifferenceView difference = c.difference()
                            .map(d -> new SegmentDifferenceView(
                                    d.livedDifference(),
                                    d.gapDifference().isPresent()
                                            ? d.gapDifference().getAsDouble()
                                            : null,
                                    new GapViews.IntervalView(d.lower(), d.upper()),
                                    d.pValue(),
                                    d.degreesOfFreedom().isPresent()
                                            ? d.degreesOfFreedom().getAsDouble()
                                            : null,
                                    d.significant()))
                            .orElse(null);
                    return new SegmentComparisonView(keys, c.bucket().orElse(null), cells, difference);
                })
                .toList();
    }
}
