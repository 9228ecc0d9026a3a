package com.gaplens.application.service;

import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.application.listing.PageRequest;
import com.gaplens.application.port.in.CompareMaturityAssessmentsUseCase.CompareMaturityAssessmentsQuery;
import com.gaplens.application.port.in.ListMaturityAssessmentsUseCase.ListMaturityAssessmentsQuery;
import com.gaplens.application.port.in.RecordMaturityAssessmentUseCase.RecordMaturityAssessmentCommand;
import com.gaplens.application.port.out.fake.InMemoryAudienceScores;
import com.gaplens.application.port.out.fake.InMemoryMaturityAssessmentRepository;
import com.gaplens.domain.brand.Brand;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.gap.ScoreSums;
import com.gaplens.domain.maturity.BusinessFunction;
import com.gaplens.domain.maturity.ExperiencePractice;
import com.gaplens.domain.maturity.MaturityAssessment;
import com.gaplens.domain.maturity.MaturityEvidence;
import com.gaplens.domain.maturity.MaturityStage;
import com.gaplens.domain.maturity.VariableSymmetry;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.testdata.TestIds;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MaturityAssessmentServiceTest {

    private static final TenantId TENANT = TestIds.TENANT_A;
    private static final Period Q1 = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));

    private final CatalogueHarness app = new CatalogueHarness();
    private final InMemoryMaturityAssessmentRepository repository = new InMemoryMaturityAssessmentRepository();
    private final InMemoryAudienceScores scores = new InMemoryAudienceScores();
    private final MaturityAssessmentService service =
            new MaturityAssessmentService(repository, app.brandRepository, scores, app.ids, app.clock);
    private Brand brand;

    @BeforeEach
    void aBrand() {
        brand = app.brand(TENANT, "Maison Claire", "Simplicity");
    }

    private MaturityAssessment record(MaturityEvidence evidence, Optional<Period> period) {
        return service.recordMaturityAssessment(
                new RecordMaturityAssessmentCommand(TENANT, brand.id(), evidence, period));
    }

    private static ScoreSums sums(long weight, double lived) {
        // W respondents all at `lived`, no dispersion: S1 = W·lived, S2 = W·lived²
        return new ScoreSums(1, weight, weight * lived, weight * lived * lived, Set.of(MeasurementMethod.BAROMETER));
    }

    @Test
    void theSymmetryGapComparesEmployeeAndCustomerScoresOfThePeriodVariableByVariable() {
        // given employees measured twice on ACCESS_EASY in the period (4 at 60, 6 at 50: lived = 540/10 = 54) and once
        // after it (ignored); customers at 75 on ACCESS_EASY (4 respondents) and at 80 on USE_USEFUL
        scores.record(
                        TENANT,
                        brand.id(),
                        Audience.EMPLOYEE,
                        ExperienceVariable.ACCESS_EASY,
                        LocalDate.of(2025, 1, 5),
                        sums(4, 60))
                .record(
                        TENANT,
                        brand.id(),
                        Audience.EMPLOYEE,
                        ExperienceVariable.ACCESS_EASY,
                        LocalDate.of(2025, 3, 31),
                        sums(6, 50))
                .record(
                        TENANT,
                        brand.id(),
                        Audience.EMPLOYEE,
                        ExperienceVariable.ACCESS_EASY,
                        LocalDate.of(2025, 4, 1),
                        sums(90, 10))
                .record(
                        TENANT,
                        brand.id(),
                        Audience.CUSTOMER,
                        ExperienceVariable.ACCESS_EASY,
                        LocalDate.of(2025, 2, 1),
                        sums(4, 75))
                .record(
                        TENANT,
                        brand.id(),
                        Audience.CUSTOMER,
                        ExperienceVariable.USE_USEFUL,
                        LocalDate.of(2025, 2, 1),
                        sums(3, 80));

        // when
        var assessment = record(MaturityEvidence.none(), Optional.of(Q1));

        // then: ACCESS_EASY 54 − 75 = −21; USE_USEFUL measured for customers only
        var gap = assessment.symmetryGap();
        assertThat(gap.measuredOnBothSides()).hasSize(1);
        var accessEasy = gap.measuredOnBothSides().getFirst();
        assertThat(accessEasy.variable()).isEqualTo(ExperienceVariable.ACCESS_EASY);
        assertThat(accessEasy.gap()).isCloseTo(-21, within(1e-12));
        assertThat(gap.variables().get(ExperienceVariable.USE_USEFUL.ordinal()))
                .isInstanceOf(VariableSymmetry.CustomerOnly.class);
        assertThat(gap.meanAbsoluteGap().getAsDouble()).isCloseTo(21, within(1e-12));
        assertThat(repository.find(TENANT, assessment.id()).orElseThrow().employeeScores())
                .isEqualTo(assessment.employeeScores());
        assertThat(assessment.symmetryPeriod()).contains(Q1);
    }

    @Test
    void withoutAPeriodNoVariableIsMeasured() {
        scores.record(
                TENANT,
                brand.id(),
                Audience.EMPLOYEE,
                ExperienceVariable.ACCESS_EASY,
                LocalDate.of(2025, 1, 5),
                sums(4, 60));

        var assessment = record(MaturityEvidence.none(), Optional.empty());

        assertThat(assessment.symmetryGap().measuredOnBothSides()).isEmpty();
        assertThat(assessment.employeeScores()).isEmpty();
        assertThat(assessment.assessedAt()).isEqualTo(CatalogueHarness.NOW);
    }

    @Test
    void assessmentsAreKeptOverTimeAndCompared() {
        // given
        var january = record(MaturityEvidence.none(), Optional.empty());
        app.clock.advance(Duration.ofDays(150));
        var june = record(
                new MaturityEvidence(
                        Set.of(BusinessFunction.MARKETING, BusinessFunction.CUSTOMER_SERVICE),
                        Set.of(ExperiencePractice.FEEDBACK_CHANGES_EXISTING_OFFERS)),
                Optional.empty());

        // when
        var listed = service.listMaturityAssessments(
                new ListMaturityAssessmentsQuery(TENANT, brand.id(), PageRequest.first(10)));
        var comparison = service.compareMaturityAssessments(
                new CompareMaturityAssessmentsQuery(TENANT, june.id(), january.id()));

        // then
        assertThat(listed.items()).extracting(MaturityAssessment::id).containsExactly(january.id(), june.id());
        assertThat(comparison.progress().from()).isEqualTo(MaturityStage.OVERLAY);
        assertThat(comparison.progress().to()).isEqualTo(MaturityStage.IMPROVE_EXISTING);
        assertThat(comparison.newlyMet()).hasSize(3);
        assertThat(comparison.functionsJoined())
                .containsExactly(BusinessFunction.MARKETING, BusinessFunction.CUSTOMER_SERVICE);
    }

    @Test
    void anotherTenantsBrandOrAssessmentIsNotFound() {
        var mine = record(MaturityEvidence.none(), Optional.empty());

        assertFails(
                () -> service.recordMaturityAssessment(new RecordMaturityAssessmentCommand(
                        TestIds.TENANT_B, brand.id(), MaturityEvidence.none(), Optional.empty())),
                NotFoundException.class,
                "BRAND_NOT_FOUND",
                "brandId");
        assertFails(
                () -> service.compareMaturityAssessments(
                        new CompareMaturityAssessmentsQuery(TestIds.TENANT_B, mine.id(), mine.id())),
                NotFoundException.class,
                "MATURITY_ASSESSMENT_NOT_FOUND",
                "earlierId");
        assertFails(
                () -> service.listMaturityAssessments(
                        new ListMaturityAssessmentsQuery(TestIds.TENANT_B, brand.id(), PageRequest.first(10))),
                NotFoundException.class,
                "BRAND_NOT_FOUND",
                "brandId");
    }
}
