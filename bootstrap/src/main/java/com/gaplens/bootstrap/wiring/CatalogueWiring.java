package com.gaplens.bootstrap.wiring;

import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.IdGenerator;
import com.gaplens.application.port.out.ScaleRepository;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.application.port.out.TenantRepository;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.application.service.BrandService;
import com.gaplens.application.service.EffectiveTargetService;
import com.gaplens.application.service.PromiseChanges;
import com.gaplens.application.service.ScaleService;
import com.gaplens.application.service.SegmentService;
import com.gaplens.application.service.SegmentVariantService;
import com.gaplens.application.service.TargetExperienceService;
import com.gaplens.application.service.TenantService;
import com.gaplens.application.service.TouchpointService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The promise: each service offers its use cases (port.in) over the repositories it is given (port.out). */
@Configuration(proxyBeanMethods = false)
class CatalogueWiring {

    @Bean
    ScaleService scales(ScaleRepository scales) {
        return new ScaleService(scales);
    }

    @Bean
    TenantService tenants(TenantRepository tenants) {
        return new TenantService(tenants);
    }

    @Bean
    BrandService brands(BrandRepository brands, IdGenerator ids) {
        return new BrandService(brands, ids);
    }

    @Bean
    SegmentService segments(SegmentRepository segments, BrandRepository brands, IdGenerator ids) {
        return new SegmentService(segments, brands, ids);
    }

    @Bean
    TouchpointService touchpoints(TouchpointRepository touchpoints, BrandRepository brands, IdGenerator ids) {
        return new TouchpointService(touchpoints, brands, ids);
    }

    @Bean
    TargetExperienceService targetExperiences(
            TargetExperienceRepository targets,
            BrandRepository brands,
            TouchpointRepository touchpoints,
            IdGenerator ids,
            Clock clock,
            PromiseChanges changes) {
        return new TargetExperienceService(targets, brands, touchpoints, ids, clock, changes);
    }

    @Bean
    SegmentVariantService segmentVariants(
            SegmentVariantRepository variants,
            TargetExperienceRepository targets,
            SegmentRepository segments,
            BrandRepository brands,
            TouchpointRepository touchpoints,
            IdGenerator ids,
            Clock clock,
            PromiseChanges changes) {
        return new SegmentVariantService(variants, targets, segments, brands, touchpoints, ids, clock, changes);
    }

    @Bean
    EffectiveTargetService effectiveTargets(
            BrandRepository brands,
            SegmentRepository segments,
            TargetExperienceRepository targets,
            SegmentVariantRepository variants,
            Clock clock) {
        return new EffectiveTargetService(brands, segments, targets, variants, clock);
    }
}
