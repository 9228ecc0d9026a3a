package com.gaplens.adapters.graphql.catalogue;

import com.gaplens.adapters.graphql.catalogue.Views.BrandValueView;
import com.gaplens.adapters.graphql.catalogue.Views.BrandView;
import com.gaplens.adapters.graphql.catalogue.Views.CommitmentView;
import com.gaplens.adapters.graphql.catalogue.Views.EffectiveCommitmentView;
import com.gaplens.adapters.graphql.catalogue.Views.EffectiveTargetView;
import com.gaplens.adapters.graphql.catalogue.Views.ScopeView;
import com.gaplens.adapters.graphql.catalogue.Views.SegmentVariantView;
import com.gaplens.adapters.graphql.catalogue.Views.SegmentView;
import com.gaplens.adapters.graphql.catalogue.Views.TargetExperienceVersionView;
import com.gaplens.adapters.graphql.catalogue.Views.TargetExperienceView;
import com.gaplens.adapters.graphql.catalogue.Views.TouchpointView;
import com.gaplens.adapters.graphql.security.CurrentCaller;
import com.gaplens.adapters.graphql.support.Inputs;
import com.gaplens.application.port.in.GetBrandUseCase;
import com.gaplens.application.port.in.GetBrandUseCase.GetBrandQuery;
import com.gaplens.application.port.in.GetSegmentUseCase;
import com.gaplens.application.port.in.GetSegmentUseCase.GetSegmentQuery;
import com.gaplens.application.port.in.GetTargetExperienceUseCase;
import com.gaplens.application.port.in.GetTargetExperienceUseCase.GetTargetExperienceQuery;
import com.gaplens.application.port.in.GetTouchpointUseCase;
import com.gaplens.application.port.in.GetTouchpointUseCase.GetTouchpointQuery;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.LifecycleStatus;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.tenant.TenantId;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Links between catalogue objects: a segment's brand, a commitment's brand value, a scope's
 * touchpoints… Each is read through a use case, for the caller's tenant only; brands are read once
 * per request however many commitments name them.
 */
@Controller
class CatalogueLinks {

    private static final String BRAND_CACHE = CatalogueLinks.class.getName() + ".brands";

    private final GetBrandUseCase brands;
    private final GetSegmentUseCase segments;
    private final GetTouchpointUseCase touchpoints;
    private final GetTargetExperienceUseCase targets;

    CatalogueLinks(
            GetBrandUseCase brands,
            GetSegmentUseCase segments,
            GetTouchpointUseCase touchpoints,
            GetTargetExperienceUseCase targets) {
        this.brands = brands;
        this.segments = segments;
        this.touchpoints = touchpoints;
        this.targets = targets;
    }

    @SchemaMapping(typeName = "Brand", field = "values")
    List<BrandValueView> values(BrandView brand, @Argument Boolean includeArchived) {
        boolean all = Boolean.TRUE.equals(includeArchived);
        return brand.allValues().stream()
                .filter(v -> all || v.status() == LifecycleStatus.ACTIVE)
                .toList();
    }

    @SchemaMapping(typeName = "Segment", field = "brand")
    BrandView segmentBrand(SegmentView segment, DataFetchingEnvironment env) {
        return BrandView.of(brand(segment.brandId(), env));
    }

    @SchemaMapping(typeName = "Touchpoint", field = "brand")
    BrandView touchpointBrand(TouchpointView touchpoint, DataFetchingEnvironment env) {
        return BrandView.of(brand(touchpoint.brandId(), env));
    }

    @SchemaMapping(typeName = "TargetExperience", field = "brand")
    BrandView targetBrand(TargetExperienceView target, DataFetchingEnvironment env) {
        return BrandView.of(brand(target.brandId(), env));
    }

    @SchemaMapping(typeName = "TargetExperience", field = "versionInForceAt")
    TargetExperienceVersionView versionInForceAt(TargetExperienceView target, @Argument OffsetDateTime at) {
        Instant instant = Inputs.instant(at).orElseGet(Instant::now);
        return target.source()
                .versionInForceAt(instant)
                .map(v -> TargetExperienceVersionView.of(target.brandId(), v))
                .orElse(null);
    }

    @SchemaMapping(typeName = "SegmentVariant", field = "brand")
    BrandView variantBrand(SegmentVariantView variant, DataFetchingEnvironment env) {
        return BrandView.of(brand(variant.brandId(), env));
    }

    @SchemaMapping(typeName = "SegmentVariant", field = "segment")
    SegmentView variantSegment(SegmentVariantView variant) {
        return segment(variant.segmentId());
    }

    @SchemaMapping(typeName = "SegmentVariant", field = "targetExperience")
    TargetExperienceView variantTarget(SegmentVariantView variant) {
        TenantId tenant = CurrentCaller.get().tenant();
        return targets.getTargetExperience(new GetTargetExperienceQuery(tenant, variant.targetExperienceId()))
                .map(TargetExperienceView::of)
                .orElseThrow(() -> missing("targetExperience"));
    }

    @SchemaMapping(typeName = "EffectiveTarget", field = "brand")
    BrandView effectiveBrand(EffectiveTargetView target, DataFetchingEnvironment env) {
        return BrandView.of(brand(target.brandId(), env));
    }

    @SchemaMapping(typeName = "EffectiveTarget", field = "segment")
    SegmentView effectiveSegment(EffectiveTargetView target) {
        return target.segmentId().map(this::segment).orElse(null);
    }

    @SchemaMapping(typeName = "Commitment", field = "brandValue")
    BrandValueView commitmentValue(CommitmentView commitment, DataFetchingEnvironment env) {
        return value(commitment.brandId(), commitment.brandValueId(), env);
    }

    @SchemaMapping(typeName = "EffectiveCommitment", field = "brandValue")
    BrandValueView effectiveValue(EffectiveCommitmentView commitment, DataFetchingEnvironment env) {
        return value(commitment.brandId(), commitment.brandValueId(), env);
    }

    @SchemaMapping(typeName = "CommitmentScope", field = "touchpoints")
    List<TouchpointView> scopeTouchpoints(ScopeView scope) {
        if (scope.kind() != Views.ScopeKind.TOUCHPOINTS) {
            return null;
        }
        TenantId tenant = CurrentCaller.get().tenant();
        return scope.touchpointIds().stream()
                .map(id -> touchpoints.getTouchpoint(new GetTouchpointQuery(tenant, id)))
                .flatMap(Optional::stream)
                .map(TouchpointView::of)
                .toList();
    }

    private SegmentView segment(SegmentId id) {
        TenantId tenant = CurrentCaller.get().tenant();
        return segments.getSegment(new GetSegmentQuery(tenant, id))
                .map(SegmentView::of)
                .orElseThrow(() -> missing("segment"));
    }

    private BrandValueView value(BrandId brandId, BrandValueId valueId, DataFetchingEnvironment env) {
        return brand(brandId, env).values().stream()
                .filter(v -> v.id().equals(valueId))
                .findFirst()
                .map(BrandValueView::of)
                .orElseThrow(() -> missing("brandValue"));
    }

    private Brand brand(BrandId id, DataFetchingEnvironment env) {
        TenantId tenant = CurrentCaller.get().tenant();
        GraphQLContext context = env.getGraphQlContext();
        Map<BrandId, Brand> cache = context.computeIfAbsent(BRAND_CACHE, key -> new HashMap<BrandId, Brand>());
        Brand cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        Brand brand = brands.getBrand(new GetBrandQuery(tenant, id)).orElseThrow(() -> missing("brand"));
        cache.put(id, brand);
        return brand;
    }

    private static NotFoundException missing(String what) {
        return new NotFoundException("DANGLING_REFERENCE", null, "the " + what + " this object names is not found");
    }
}
