package com.gaplens.adapters.graphql.impact;

import com.gaplens.adapters.graphql.gap.GapViews.GapCellView;
import com.gaplens.adapters.graphql.impact.ImpactViews.StudyView;
import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.port.in.ReadGapViewsUseCase;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The experience gaps beside an impact study: its targeted touchpoints and commitments, over its period. */
@Controller
class StudyGapsController {

    private final ReadGapViewsUseCase views;

    StudyGapsController(ReadGapViewsUseCase views) {
        this.views = views;
    }

    @SchemaMapping(typeName = "ImpactStudy", field = "experienceGaps")
    List<GapCellView> experienceGaps(StudyView study) {
        TenantId tenant = CurrentCaller.get().tenant();
        GapFilter scope = GapFilter.everything()
                .with(
                        GapDimension.BRAND,
                        Set.of(GlobalIds.brand(study.brandId(), "brandId").value()))
                .during(new Period(study.period().from(), study.period().to()));
        if (study.exposedSegmentId() != null) {
            scope = scope.with(
                    GapDimension.SEGMENT,
                    Set.of(GlobalIds.segment(study.exposedSegmentId(), "exposedSegmentId")
                            .value()));
        }
        List<GapCellView> gaps = new ArrayList<>();
        if (!study.targetedTouchpointIds().isEmpty()) {
            Set<String> touchpoints = new LinkedHashSet<>();
            study.targetedTouchpointIds()
                    .forEach(id -> touchpoints.add(
                            GlobalIds.touchpoint(id, "touchpointId").value()));
            views.groups(
                            new ReadGapViewsUseCase.ViewQuery(tenant, scope.with(GapDimension.TOUCHPOINT, touchpoints)),
                            CellGrouping.by(GapDimension.TOUCHPOINT))
                    .forEach(cell -> gaps.add(GapCellView.of(cell)));
        }
        if (!study.targetedCommitmentIds().isEmpty()) {
            Set<String> commitments = new LinkedHashSet<>();
            study.targetedCommitmentIds()
                    .forEach(id -> commitments.add(
                            GlobalIds.commitment(id, "commitmentId").value()));
            views.groups(
                            new ReadGapViewsUseCase.ViewQuery(tenant, scope.with(GapDimension.COMMITMENT, commitments)),
                            CellGrouping.by(GapDimension.COMMITMENT))
                    .forEach(cell -> gaps.add(GapCellView.of(cell)));
        }
        return gaps;
    }
}
