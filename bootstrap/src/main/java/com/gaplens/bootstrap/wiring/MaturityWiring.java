package com.gaplens.bootstrap.wiring;

import com.gaplens.application.port.out.AudienceScores;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.IdGenerator;
import com.gaplens.application.port.out.MaturityAssessmentRepository;
import com.gaplens.application.service.MaturityAssessmentService;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Maturity assessments. The symmetry gap reads {@link AudienceScores}, which the roll-up adapter provides; until it
 * is wired, a bean that finds no score stands in (every variable then reads "measured on neither side").
 */
@Configuration(proxyBeanMethods = false)
class MaturityWiring {

    @Bean
    MaturityAssessmentService maturityAssessments(
            MaturityAssessmentRepository assessments,
            BrandRepository brands,
            AudienceScores audienceScores,
            IdGenerator ids,
            Clock clock) {
        return new MaturityAssessmentService(assessments, brands, audienceScores, ids, clock);
    }

    // replaced by the roll-up adapter
    @Bean
    @ConditionalOnMissingBean(AudienceScores.class)
    AudienceScores audienceScores() {
        return (tenant, brand, audience, period) -> Map.of();
    }
}
