package com.gaplens.application.service;

import static com.gaplens.application.service.Lookups.found;

import com.gaplens.application.port.in.GetEffectiveTargetUseCase;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.EffectiveTarget;
import com.gaplens.domain.target.SegmentVariant;
import com.gaplens.domain.target.TargetExperience;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;

/** The effective target of a segment at an instant. */
public final class EffectiveTargetService implements GetEffectiveTargetUseCase {

    private final BrandRepository brands;
    private final SegmentRepository segments;
    private final TargetExperienceRepository targets;
    private final SegmentVariantRepository variants;
    private final Clock clock;

    public EffectiveTargetService(
            BrandRepository brands,
            SegmentRepository segments,
            TargetExperienceRepository targets,
            SegmentVariantRepository variants,
            Clock clock) {
        this.brands = Require.present(brands, "brands");
        this.segments = Require.present(segments, "segments");
        this.targets = Require.present(targets, "targets");
        this.variants = Require.present(variants, "variants");
        this.clock = Require.present(clock, "clock");
    }

    @Override
    public Optional<EffectiveTarget> getEffectiveTarget(GetEffectiveTargetQuery query) {
        TenantId tenant = query.tenant();
        Brand brand = found(brands.find(tenant, query.brandId()), BrandService.NOT_FOUND, "brandId", query.brandId());
        Optional<SegmentId> segment =
                query.segmentId().map(id -> segmentOf(tenant, brand, id).id());
        Instant at = query.at().orElseGet(clock::now);
        Optional<TargetExperience> target = targets.findByBrand(tenant, brand.id());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Optional<SegmentVariant> variant =
                segment.flatMap(s -> variants.findFor(tenant, target.get().id(), s));
        return EffectiveTarget.resolve(target.get(), segment, variant, at);
    }

    private Segment segmentOf(TenantId tenant, Brand brand, SegmentId id) {
        Segment segment = found(segments.find(tenant, id), SegmentService.NOT_FOUND, "segmentId", id);
        if (!segment.brandId().equals(brand.id())) {
            throw new NotFoundException(
                    SegmentService.NOT_FOUND, "segmentId", "brand " + brand.id() + " has no segment " + id);
        }
        return segment;
    }
}
