package com.gaplens.adapters.graphql.gap;

import com.gaplens.adapters.graphql.gap.GapInputs.GapFilterInput;
import com.gaplens.adapters.graphql.gap.GapInputs.PeriodInput;
import com.gaplens.adapters.graphql.gap.GapViews.EmotionalProfileView;
import com.gaplens.adapters.graphql.gap.GapViews.FluidityAndFullnessView;
import com.gaplens.adapters.graphql.gap.GapViews.GapCellView;
import com.gaplens.adapters.graphql.gap.GapViews.GapFiguresView;
import com.gaplens.adapters.graphql.gap.GapViews.GapMatrixView;
import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GapOrder;
import com.gaplens.application.listing.Page;
import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.in.MaintainRollupsUseCase;
import com.gaplens.application.port.in.MaintainRollupsUseCase.RebuildReport;
import com.gaplens.application.port.in.MaintainRollupsUseCase.RebuildRollupsCommand;
import com.gaplens.application.port.in.QueryGapsUseCase;
import com.gaplens.application.port.in.QueryGapsUseCase.GapsQuery;
import com.gaplens.application.port.in.ReadGapViewsUseCase;
import com.gaplens.application.port.in.ReadGapViewsUseCase.GapMatrix;
import com.gaplens.application.port.in.ReadGapViewsUseCase.ViewQuery;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.gap.Significance;
import com.gaplens.domain.gap.TimeBucket;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class GapController {

    private static final Logger LOG = LoggerFactory.getLogger(GapController.class);
    static final int MAX_LIST = 100;

    record GapOrderInput(GapOrder.Field field, SortDirection direction) {}

    enum SortDirection {
        ASC,
        DESC
    }

    record RebuildRollupsInput(String brandId, PeriodInput period) {}

    private final QueryGapsUseCase gaps;
    private final ReadGapViewsUseCase views;
    private final MaintainRollupsUseCase rollups;

    GapController(QueryGapsUseCase gaps, ReadGapViewsUseCase views, MaintainRollupsUseCase rollups) {
        this.gaps = gaps;
        this.views = views;
        this.rollups = rollups;
    }

    @QueryMapping
    Page<GapCellView> gaps(
            @Argument GapFilterInput filter,
            @Argument List<GapDimension> groupBy,
            @Argument TimeBucket bucket,
            @Argument GapOrderInput orderBy,
            @Argument Integer first,
            @Argument String after) {
        TenantId tenant = CurrentCaller.require(Role.READER).tenant();
        return gaps.gaps(query(tenant, filter, groupBy, bucket, order(orderBy), first, after))
                .map(GapCellView::of);
    }

    @QueryMapping
    Page<BiGapRow> biGapRows(
            @Argument GapFilterInput filter,
            @Argument List<GapDimension> groupBy,
            @Argument TimeBucket bucket,
            @Argument Integer first,
            @Argument String after) {
        TenantId tenant = CurrentCaller.require(Role.READER).tenant();
        return gaps.gaps(query(tenant, filter, groupBy, bucket, GapOrder.BY_KEYS, first, after))
                .map(BiGapRow::of);
    }

    /** The deprecated two-valued column: true for SIGNIFICANT, false for NOT_SIGNIFICANT and UNDETERMINED. */
    @SchemaMapping(typeName = "BiGapRow", field = "significant")
    Boolean significant(BiGapRow row) {
        return row.significance() == null ? null : row.significance().equals(Significance.SIGNIFICANT.name());
    }

    @QueryMapping
    GapMatrixView gapMatrix(
            @Argument String brandId,
            @Argument String segmentId,
            @Argument PeriodInput period,
            @Argument GapFilterInput filter) {
        TenantId tenant = CurrentCaller.require(Role.READER).tenant();
        GapFilter kept = GapInputs.filter(filter)
                .with(
                        GapDimension.BRAND,
                        Set.of(GlobalIds.brand(brandId, "brandId").value()));
        if (segmentId != null) {
            kept = kept.with(
                    GapDimension.SEGMENT,
                    Set.of(GlobalIds.segment(segmentId, "segmentId").value()));
        }
        Optional<com.gaplens.domain.gap.Period> during = GapInputs.period(period, "period");
        if (during.isPresent()) {
            kept = kept.during(during.get());
        }
        GapMatrix matrix = views.gapMatrix(new ViewQuery(tenant, kept));
        return new GapMatrixView(
                matrix.cells().values().stream().map(GapCellView::of).toList(),
                matrix.families().values().stream().map(GapCellView::of).toList(),
                matrix.dimensions().values().stream().map(GapCellView::of).toList(),
                matrix.total().map(GapCellView::of).orElse(null));
    }

    @QueryMapping
    List<GapCellView> worstIrritants(@Argument GapFilterInput filter, @Argument Integer first) {
        return views.worstIrritants(view(filter), limit(first)).stream()
                .map(GapCellView::of)
                .toList();
    }

    @QueryMapping
    List<GapCellView> signatureMoments(
            @Argument GapFilterInput filter, @Argument Integer first, @Argument Boolean includeNotSignificant) {
        return views.signatureMoments(view(filter), limit(first), Boolean.TRUE.equals(includeNotSignificant)).stream()
                .map(GapCellView::of)
                .toList();
    }

    @QueryMapping
    List<GapCellView> brandValueEmbodiment(@Argument GapFilterInput filter) {
        return views.brandValueEmbodiment(view(filter)).stream()
                .map(GapCellView::of)
                .toList();
    }

    @QueryMapping
    FluidityAndFullnessView fluidityAndFullness(@Argument GapFilterInput filter) {
        var result = views.fluidityAndFullness(view(filter));
        return new FluidityAndFullnessView(
                result.fluidity().map(GapFiguresView::of).orElse(null),
                result.fullness().map(GapFiguresView::of).orElse(null));
    }

    @QueryMapping
    EmotionalProfileView emotionalProfile(@Argument String touchpointId, @Argument GapFilterInput filter) {
        TenantId tenant = CurrentCaller.require(Role.READER).tenant();
        GapFilter kept = GapInputs.filter(filter);
        if (touchpointId != null) {
            kept = kept.with(
                    GapDimension.TOUCHPOINT,
                    Set.of(GlobalIds.touchpoint(touchpointId, "touchpointId").value()));
        }
        return EmotionalProfileView.of(views.emotionalProfile(new ViewQuery(tenant, kept)));
    }

    @QueryMapping
    List<GapCellView> unpromised(@Argument GapFilterInput filter, @Argument Integer first) {
        return views.unpromised(view(filter), limit(first)).stream()
                .map(GapCellView::of)
                .toList();
    }

    @QueryMapping
    MaintainRollupsUseCase.RollupBacklog rollupStatus() {
        return rollups.backlog(CurrentCaller.require(Role.READER).tenant());
    }

    @MutationMapping
    RebuildReport rebuildRollups(@Argument RebuildRollupsInput input) {
        TenantId tenant = CurrentCaller.require(Role.ADMIN).tenant();
        if (input == null) {
            throw new InvalidInputException("REQUIRED", "input", "input is required");
        }
        var period = GapInputs.period(input.period(), "input.period")
                .orElseThrow(() -> new InvalidInputException("REQUIRED", "input.period", "period is required"));
        var command = new RebuildRollupsCommand(tenant, GlobalIds.brand(input.brandId(), "input.brandId"), period);
        return rollups.rebuild(command, progress -> {
            if (progress.daysDone() == progress.daysTotal() || LOG.isDebugEnabled()) {
                LOG.info(
                        "Rebuilding roll-ups of tenant {}: {}/{} days, {} measurements read, {} cells differed",
                        tenant,
                        progress.daysDone(),
                        progress.daysTotal(),
                        progress.measurementsRead(),
                        progress.cellsDiffering());
            }
        });
    }

    private ViewQuery view(GapFilterInput filter) {
        TenantId tenant = CurrentCaller.require(Role.READER).tenant();
        return new ViewQuery(tenant, GapInputs.filter(filter));
    }

    private static int limit(Integer first) {
        int limit = first == null ? 10 : first;
        if (limit < 1 || limit > MAX_LIST) {
            throw new InvalidInputException(
                    "PAGE_SIZE_OUT_OF_RANGE", "first", "first must be within 1–" + MAX_LIST + ", got " + limit);
        }
        return limit;
    }

    private static GapOrder order(GapOrderInput input) {
        if (input == null) {
            return GapOrder.BY_KEYS;
        }
        if (input.field() == null) {
            throw new InvalidInputException("REQUIRED", "orderBy.field", "orderBy.field is required");
        }
        return new GapOrder(input.field(), input.direction() == SortDirection.DESC);
    }

    static GapsQuery query(
            TenantId tenant,
            GapFilterInput filter,
            List<GapDimension> groupBy,
            TimeBucket bucket,
            GapOrder order,
            Integer first,
            String after) {
        return new GapsQuery(
                tenant,
                GapInputs.filter(filter),
                GapInputs.grouping(groupBy, bucket),
                order,
                PageRequest.of(Optional.ofNullable(first), Optional.ofNullable(after)));
    }
}
