package com.gaplens.bootstrap.wiring;

import com.gaplens.application.port.out.AudienceScores;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.application.port.out.IdGenerator;
import com.gaplens.application.port.out.MaturityAssessmentRepository;
import com.gaplens.application.service.MaturityAssessmentService;
import com.gaplens.application.service.RollupAudienceScores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Maturity assessments. The symmetry gap reads {@link AudienceScores} from the roll-ups: employee and customer
 * measurements of the brand in the period, merged per variable.
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
    RollupAudienceScores audienceScores(GapStatisticsStore rollups) {
        return new RollupAudienceScores(rollups);
    }
}
