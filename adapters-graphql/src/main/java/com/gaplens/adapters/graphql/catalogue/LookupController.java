package com.gaplens.adapters.graphql.catalogue;

import com.gaplens.adapters.graphql.catalogue.Views.BrandView;
import com.gaplens.adapters.graphql.catalogue.Views.EffectiveTargetView;
import com.gaplens.adapters.graphql.catalogue.Views.NodeView;
import com.gaplens.adapters.graphql.catalogue.Views.SegmentVariantView;
import com.gaplens.adapters.graphql.catalogue.Views.SegmentView;
import com.gaplens.adapters.graphql.catalogue.Views.TargetExperienceView;
import com.gaplens.adapters.graphql.catalogue.Views.TenantView;
import com.gaplens.adapters.graphql.catalogue.Views.TouchpointView;
import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.adapters.graphql.support.GlobalId;
import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.adapters.graphql.support.Inputs;
import com.gaplens.application.port.in.GetBrandUseCase;
import com.gaplens.application.port.in.GetBrandUseCase.GetBrandQuery;
import com.gaplens.application.port.in.GetEffectiveTargetUseCase;
import com.gaplens.application.port.in.GetEffectiveTargetUseCase.GetEffectiveTargetQuery;
import com.gaplens.application.port.in.GetSegmentUseCase;
import com.gaplens.application.port.in.GetSegmentUseCase.GetSegmentQuery;
import com.gaplens.application.port.in.GetSegmentVariantUseCase;
import com.gaplens.application.port.in.GetSegmentVariantUseCase.GetSegmentVariantQuery;
import com.gaplens.application.port.in.GetTargetExperienceUseCase;
import com.gaplens.application.port.in.GetTargetExperienceUseCase.GetTargetExperienceQuery;
import com.gaplens.application.port.in.GetTenantUseCase;
import com.gaplens.application.port.in.GetTenantUseCase.GetTenantQuery;
import com.gaplens.application.port.in.GetTouchpointUseCase;
import com.gaplens.application.port.in.GetTouchpointUseCase.GetTouchpointQuery;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.tenant.TenantId;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Reading single objects: {@code node(id)}, the caller's tenant, the effective target of a segment. */
@Controller
class LookupController {

    private final GetTenantUseCase tenants;
    private final GetBrandUseCase brands;
    private final GetSegmentUseCase segments;
    private final GetTouchpointUseCase touchpoints;
    private final GetTargetExperienceUseCase targets;
    private final GetSegmentVariantUseCase variants;
    private final GetEffectiveTargetUseCase effectiveTargets;

    LookupController(
            GetTenantUseCase tenants,
            GetBrandUseCase brands,
            GetSegmentUseCase segments,
            GetTouchpointUseCase touchpoints,
            GetTargetExperienceUseCase targets,
            GetSegmentVariantUseCase variants,
            GetEffectiveTargetUseCase effectiveTargets) {
        this.tenants = tenants;
        this.brands = brands;
        this.segments = segments;
        this.touchpoints = touchpoints;
        this.targets = targets;
        this.variants = variants;
        this.effectiveTargets = effectiveTargets;
    }

    /**
     * The object of the caller's tenant with this id, or null. A malformed id, an id of another type
     * of object or of another tenant are all just "no such object": nothing is revealed.
     */
    @QueryMapping
    NodeView node(@Argument String id) {
        TenantId tenant = CurrentCaller.get().tenant();
        try {
            GlobalId global = GlobalId.decode(id, "id");
            return switch (global.type()) {
                case GlobalIds.BRAND ->
                    brands.getBrand(new GetBrandQuery(tenant, GlobalIds.brand(id, "id")))
                            .map(BrandView::of)
                            .orElse(null);
                case GlobalIds.SEGMENT ->
                    segments.getSegment(new GetSegmentQuery(tenant, GlobalIds.segment(id, "id")))
                            .map(SegmentView::of)
                            .orElse(null);
                case GlobalIds.TOUCHPOINT ->
                    touchpoints
                            .getTouchpoint(new GetTouchpointQuery(tenant, GlobalIds.touchpoint(id, "id")))
                            .map(TouchpointView::of)
                            .orElse(null);
                case GlobalIds.TARGET_EXPERIENCE ->
                    targets.getTargetExperience(
                                    new GetTargetExperienceQuery(tenant, GlobalIds.targetExperience(id, "id")))
                            .map(TargetExperienceView::of)
                            .orElse(null);
                case GlobalIds.SEGMENT_VARIANT ->
                    variants.getSegmentVariant(new GetSegmentVariantQuery(tenant, GlobalIds.segmentVariant(id, "id")))
                            .map(SegmentVariantView::of)
                            .orElse(null);
                default -> null;
            };
        } catch (NotFoundException unknown) {
            return null;
        }
    }

    @QueryMapping
    TenantView tenant() {
        TenantId tenant = CurrentCaller.get().tenant();
        return tenants.getTenant(new GetTenantQuery(tenant))
                .map(t -> new TenantView(t.id().value(), t.name().value()))
                .orElseGet(() -> new TenantView(tenant.value(), tenant.value()));
    }

    @QueryMapping
    EffectiveTargetView effectiveTarget(
            @Argument String brandId, @Argument String segmentId, @Argument OffsetDateTime at) {
        TenantId tenant = CurrentCaller.get().tenant();
        return effectiveTargets
                .getEffectiveTarget(new GetEffectiveTargetQuery(
                        tenant,
                        GlobalIds.brand(brandId, "brandId"),
                        Optional.ofNullable(segmentId).map(id -> GlobalIds.segment(id, "segmentId")),
                        Inputs.instant(at)))
                .map(EffectiveTargetView::of)
                .orElse(null);
    }
}
