package com.gaplens.bootstrap.wiring;

import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.IdGenerator;
import com.gaplens.application.port.out.ImpactStudyRepository;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.application.service.ImpactLimits;
import com.gaplens.application.service.ImpactStudyService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Impact studies, with their data limits from the configuration. */
@Configuration(proxyBeanMethods = false)
class ImpactWiring {

    @Bean
    ImpactLimits impactLimits(
            @Value("${gaplens.impact.max-batch-observations:10000}") int maxBatchObservations,
            @Value("${gaplens.impact.max-study-observations:200000}") int maxStudyObservations) {
        return new ImpactLimits(maxBatchObservations, maxStudyObservations);
    }

    @Bean
    ImpactStudyService impactStudies(
            ImpactStudyRepository studies,
            BrandRepository brands,
            SegmentRepository segments,
            TouchpointRepository touchpoints,
            TargetExperienceRepository targets,
            IdGenerator ids,
            ImpactLimits limits) {
        return new ImpactStudyService(studies, brands, segments, touchpoints, targets, ids, limits);
    }
}
