package com.gaplens.application.service;

import com.gaplens.application.port.in.DefineBrandUseCase.DefineBrandCommand;
import com.gaplens.application.port.in.DefineBrandUseCase.NewBrandValue;
import com.gaplens.application.port.in.DefineSegmentUseCase.DefineSegmentCommand;
import com.gaplens.application.port.in.DefineTouchpointUseCase.DefineTouchpointCommand;
import com.gaplens.application.port.out.fake.FixedClock;
import com.gaplens.application.port.out.fake.InMemoryBrandRepository;
import com.gaplens.application.port.out.fake.InMemorySegmentRepository;
import com.gaplens.application.port.out.fake.InMemorySegmentVariantRepository;
import com.gaplens.application.port.out.fake.InMemoryTargetExperienceRepository;
import com.gaplens.application.port.out.fake.InMemoryTenantRepository;
import com.gaplens.application.port.out.fake.InMemoryTouchpointRepository;
import com.gaplens.application.port.out.fake.SequentialIdGenerator;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.segment.Segment;
import com.gaplens.domain.segment.SegmentKind;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.Touchpoint;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** Every catalogue service wired on in-memory fakes, with shortcuts to set the scene. */
public final class CatalogueHarness {

    public static final Instant NOW = Instant.parse("2026-01-10T09:00:00Z");

    public final FixedClock clock = new FixedClock(NOW);
    public final SequentialIdGenerator ids = new SequentialIdGenerator();
    public final InMemoryTenantRepository tenantRepository = new InMemoryTenantRepository();
    public final InMemoryBrandRepository brandRepository = new InMemoryBrandRepository();
    public final InMemorySegmentRepository segmentRepository = new InMemorySegmentRepository();
    public final InMemoryTouchpointRepository touchpointRepository = new InMemoryTouchpointRepository();
    public final InMemoryTargetExperienceRepository targetRepository = new InMemoryTargetExperienceRepository();
    public final InMemorySegmentVariantRepository variantRepository = new InMemorySegmentVariantRepository();

    public final TenantService tenants = new TenantService(tenantRepository);
    public final BrandService brands = new BrandService(brandRepository, ids);
    public final SegmentService segments = new SegmentService(segmentRepository, brandRepository, ids);
    public final TouchpointService touchpoints = new TouchpointService(touchpointRepository, brandRepository, ids);
    public final TargetExperienceService targets =
            new TargetExperienceService(targetRepository, brandRepository, touchpointRepository, ids, clock, changes());
    public final SegmentVariantService variants = new SegmentVariantService(
            variantRepository,
            targetRepository,
            segmentRepository,
            brandRepository,
            touchpointRepository,
            ids,
            clock,
            changes());
    public final EffectiveTargetService effectiveTargets =
            new EffectiveTargetService(brandRepository, segmentRepository, targetRepository, variantRepository, clock);

    /** What publications set off; nothing unless a subclass judges measurements. */
    protected PromiseChanges changes() {
        return PromiseChanges.NONE;
    }

    public Brand brand(TenantId tenant, String name, String... values) {
        return brands.defineBrand(new DefineBrandCommand(
                tenant,
                Name.of(name),
                Optional.empty(),
                Arrays.stream(values)
                        .map(v -> new NewBrandValue(Name.of(v), Optional.empty()))
                        .toList()));
    }

    public static BrandValueId valueNamed(Brand brand, String name) {
        return brand.values().stream()
                .filter(v -> v.name().value().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    public Touchpoint touchpoint(TenantId tenant, BrandId brand, String name, JourneyPhase phase, Channel channel) {
        return touchpoints.defineTouchpoint(
                new DefineTouchpointCommand(tenant, brand, Name.of(name), phase, channel, Optional.empty()));
    }

    public Segment segment(TenantId tenant, BrandId brand, String name) {
        return segments.defineSegment(
                new DefineSegmentCommand(tenant, brand, SegmentKind.PROFILE, Name.of(name), Optional.empty()));
    }
}
