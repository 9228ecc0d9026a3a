package com.gaplens.application.port.in;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapCell;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.InteractionFamily;
import com.gaplens.domain.experience.PerceptionDimension;
import com.gaplens.domain.gap.EmotionalProfile;
import com.gaplens.domain.gap.FluidityAndFullness;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ready-made views of the brief, each the merge of roll-up cells the filter keeps: the 4 × 3 gap matrix with
 * its row and column totals, worst irritants and signature moments per touchpoint × variable, brand-value
 * embodiment, fluidity and fullness, the emotional profile of the measurements kept, and the unpromised blind
 * spots per touchpoint × variable.
 */
public interface ReadGapViewsUseCase {

    GapMatrix gapMatrix(ViewQuery query);

    /** The cells the filter keeps merged per group, in key order (the building block of embedded views). */
    List<GapCell> groups(ViewQuery query, CellGrouping grouping);

    /** Significant negative gaps per touchpoint × variable, worst first, at most {@code limit}. */
    List<GapCell> worstIrritants(ViewQuery query, int limit);

    /**
     * Gaps of +3 (the EXCEEDED threshold) or more per touchpoint × variable, best first, at most {@code limit};
     * significant ones only unless {@code includeNotSignificant}.
     */
    List<GapCell> signatureMoments(ViewQuery query, int limit, boolean includeNotSignificant);

    /** Per brand value, the merged gap over every commitment that names it. */
    List<GapCell> brandValueEmbodiment(ViewQuery query);

    FluidityAndFullness fluidityAndFullness(ViewQuery query);

    EmotionalProfile emotionalProfile(ViewQuery query);

    /** Per touchpoint × variable, the lived score of the measurements no commitment covers, largest first. */
    List<GapCell> unpromised(ViewQuery query, int limit);

    /**
     * The same groups for several segments side by side (in the order given), and for the first two the difference
     * of their lived scores (first − second) with Welch's test on the respondents ({@code W}, lived, pooled
     * variance of each): its 95 % interval, two-sided p-value and significance at 5 %; and the difference of
     * their gaps when both have one (the targets may differ: a variant per segment).
     */
    List<SegmentComparison> compareSegments(ViewQuery query, List<String> segments, CellGrouping grouping);

    record SegmentComparison(
            Map<com.gaplens.application.gaps.GapDimension, GapCell.Key> keys,
            Optional<String> bucket,
            List<Optional<GapCell>> bySegment,
            Optional<SegmentDifference> difference) {}

    record SegmentDifference(
            double livedDifference,
            java.util.OptionalDouble gapDifference,
            double lower,
            double upper,
            double pValue,
            java.util.OptionalDouble degreesOfFreedom,
            boolean significant) {}

    record ViewQuery(TenantId tenant, GapFilter filter) {
        public ViewQuery {
            Require.present(tenant, "tenant");
            Require.present(filter, "filter");
        }
    }

    /**
     * The matrix: one cell per family × dimension (absent when nothing was measured there), the row totals per
     * family, the column totals per dimension and the grand total, each merged exactly from the cells.
     */
    record GapMatrix(
            Map<ExperienceVariable, GapCell> cells,
            Map<InteractionFamily, GapCell> families,
            Map<PerceptionDimension, GapCell> dimensions,
            Optional<GapCell> total) {}
}
