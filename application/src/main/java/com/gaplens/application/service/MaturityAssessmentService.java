package com.gaplens.application.service;

import static com.gaplens.application.service.Lookups.found;

import com.gaplens.application.listing.Page;
import com.gaplens.application.port.in.CompareMaturityAssessmentsUseCase;
import com.gaplens.application.port.in.ListMaturityAssessmentsUseCase;
import com.gaplens.application.port.in.RecordMaturityAssessmentUseCase;
import com.gaplens.application.port.out.AudienceScores;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.IdGenerator;
import com.gaplens.application.port.out.MaturityAssessmentRepository;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.Score;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.gap.ScoreSums;
import com.gaplens.domain.maturity.MaturityAssessment;
import com.gaplens.domain.maturity.MaturityAssessmentId;
import com.gaplens.domain.maturity.MaturityComparison;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.tenant.TenantId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maturity assessments: recording one from evidence (ADMIN), listing a brand's over time and comparing two
 * (READER). The symmetry gap reads the lived score per experience variable of the brand's employee and customer
 * measurements over the period the assessment names ({@link AudienceScores}); without a period, no variable is
 * measured on either side.
 */
public final class MaturityAssessmentService
        implements RecordMaturityAssessmentUseCase, ListMaturityAssessmentsUseCase, CompareMaturityAssessmentsUseCase {

    static final String NOT_FOUND = "MATURITY_ASSESSMENT_NOT_FOUND";

    private final MaturityAssessmentRepository assessments;
    private final BrandRepository brands;
    private final AudienceScores audienceScores;
    private final IdGenerator ids;
    private final Clock clock;

    public MaturityAssessmentService(
            MaturityAssessmentRepository assessments,
            BrandRepository brands,
            AudienceScores audienceScores,
            IdGenerator ids,
            Clock clock) {
        this.assessments = Require.present(assessments, "assessments");
        this.brands = Require.present(brands, "brands");
        this.audienceScores = Require.present(audienceScores, "audienceScores");
        this.ids = Require.present(ids, "ids");
        this.clock = Require.present(clock, "clock");
    }

    @Override
    public MaturityAssessment recordMaturityAssessment(RecordMaturityAssessmentCommand command) {
        TenantId tenant = command.tenant();
        Brand brand = brand(tenant, command.brandId());
        brand.requireUsable("brandId");
        Map<ExperienceVariable, Score> employee =
                scores(tenant, brand.id(), Audience.EMPLOYEE, command.symmetryPeriod());
        Map<ExperienceVariable, Score> customer =
                scores(tenant, brand.id(), Audience.CUSTOMER, command.symmetryPeriod());
        MaturityAssessment assessment = MaturityAssessment.create(
                new MaturityAssessmentId(ids.newId()),
                tenant,
                brand.id(),
                clock.now(),
                command.evidence(),
                employee,
                customer,
                command.symmetryPeriod());
        return assessments.add(tenant, assessment);
    }

    @Override
    public Page<MaturityAssessment> listMaturityAssessments(ListMaturityAssessmentsQuery query) {
        brand(query.tenant(), query.brandId());
        return assessments.listOfBrand(query.tenant(), query.brandId(), query.page());
    }

    @Override
    public MaturityComparison compareMaturityAssessments(CompareMaturityAssessmentsQuery query) {
        MaturityAssessment earlier =
                found(assessments.find(query.tenant(), query.earlierId()), NOT_FOUND, "earlierId", query.earlierId());
        MaturityAssessment later =
                found(assessments.find(query.tenant(), query.laterId()), NOT_FOUND, "laterId", query.laterId());
        return MaturityComparison.of(earlier, later);
    }

    private Brand brand(TenantId tenant, BrandId id) {
        return found(brands.find(tenant, id), BrandService.NOT_FOUND, "brandId", id);
    }

    private Map<ExperienceVariable, Score> scores(
            TenantId tenant, BrandId brand, Audience audience, Optional<Period> period) {
        if (period.isEmpty()) {
            return Map.of();
        }
        Map<ExperienceVariable, Score> scores = new EnumMap<>(ExperienceVariable.class);
        audienceScores
                .byVariable(tenant, brand, audience, period.get())
                .forEach((variable, sums) -> lived(sums).ifPresent(score -> scores.put(variable, score)));
        return scores;
    }

    private static Optional<Score> lived(ScoreSums sums) {
        return sums.lived().isPresent() ? Optional.of(new Score(sums.lived().getAsDouble())) : Optional.empty();
    }
}
