package com.gaplens.domain.maturity;

import static com.gaplens.domain.experience.ExperienceVariable.ACCESS_EASY;
import static com.gaplens.domain.maturity.BusinessFunction.CUSTOMER_SERVICE;
import static com.gaplens.domain.maturity.BusinessFunction.MARKETING;
import static com.gaplens.domain.maturity.BusinessFunction.PRODUCT;
import static com.gaplens.domain.maturity.ExperiencePractice.FEEDBACK_CHANGES_EXISTING_OFFERS;
import static com.gaplens.domain.maturity.ExperiencePractice.NEW_OFFERS_DESIGNED_WITH_EXPERIENCE;
import static com.gaplens.domain.maturity.MaturityEvidenceBuilder.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.Score;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.NotFoundException;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaturityAssessmentTest {

    private static final TenantId TENANT = new TenantId("tenant-a");
    private static final BrandId BRAND = new BrandId("brand-1");
    private static final Instant JANUARY = Instant.parse("2025-01-15T10:00:00Z");
    private static final Instant JUNE = Instant.parse("2025-06-15T10:00:00Z");

    @Test
    void anAssessmentDerivesItsStageAndSymmetryGap() {
        // when
        var assessment = assessment("a-1", BRAND, JANUARY, MaturityEvidence.none());

        // then
        assertThat(assessment.stage()).isEqualTo(MaturityStage.OVERLAY);
        assertThat(assessment.position().missingForNextStage()).hasSize(3);
        assertThat(assessment.symmetryGap().meanAbsoluteGap().getAsDouble()).isCloseTo(32.0 / 3, within(1e-12));
    }

    @Test
    void aRestoredAssessmentReadsTheSame() {
        // given
        var original = assessment("a-1", BRAND, JANUARY, designNew());

        // when
        var restored = MaturityAssessment.restore(
                original.id(),
                original.tenantId(),
                original.brandId(),
                original.assessedAt(),
                original.evidence(),
                original.employeeScores(),
                original.customerScores());

        // then
        assertThat(restored.position()).isEqualTo(original.position());
        assertThat(restored.symmetryGap()).isEqualTo(original.symmetryGap());
    }

    @Test
    void progressComparesStagesAndSymmetryGapsOverTime() {
        // given: January, overlay, mean |gap| 32/3; June, design new, one variable measured on both sides with gap −4
        var january = assessment("a-1", BRAND, JANUARY, MaturityEvidence.none());
        var june = MaturityAssessment.create(
                new MaturityAssessmentId("a-2"),
                TENANT,
                BRAND,
                JUNE,
                designNew(),
                Map.of(ACCESS_EASY, new Score(66)),
                Map.of(ACCESS_EASY, new Score(70)));

        // when
        var progress = june.progressSince(january);

        // then: 2 rungs climbed; gap 4 − 32/3 = −20/3 (narrowed)
        assertThat(progress.from()).isEqualTo(MaturityStage.OVERLAY);
        assertThat(progress.to()).isEqualTo(MaturityStage.DESIGN_NEW);
        assertThat(progress.stepsClimbed()).isEqualTo(2);
        assertThat(progress.meanAbsoluteSymmetryGapChange().getAsDouble()).isCloseTo(-20.0 / 3, within(1e-12));
        assertThat(january.progressSince(january).stepsClimbed()).isZero();
    }

    @Test
    void onlyAssessmentsOfTheSameBrandCompare() {
        var mine = assessment("a-1", BRAND, JANUARY, MaturityEvidence.none());
        var other = assessment("a-2", new BrandId("brand-2"), JUNE, MaturityEvidence.none());

        assertThatThrownBy(() -> other.progressSince(mine)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.reason()).isEqualTo("DIFFERENT_BRAND");
            assertThat(e.field()).hasValue("earlier");
        });
    }

    @Test
    void progressIsReadFromAnEarlierAssessment() {
        var january = assessment("a-1", BRAND, JANUARY, MaturityEvidence.none());
        var june = assessment("a-2", BRAND, JUNE, MaturityEvidence.none());

        assertThatThrownBy(() -> january.progressSince(june))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.reason()).isEqualTo("NOT_EARLIER"));
    }

    @Test
    void anAssessmentOfAnotherTenantIsNotFound() {
        var assessment = assessment("a-1", BRAND, JANUARY, MaturityEvidence.none());

        assertThatThrownBy(() -> assessment.ensureVisibleTo(new TenantId("tenant-b")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.reason()).isEqualTo("MATURITY_ASSESSMENT_NOT_FOUND");
                    assertThat(e.field()).hasValue("maturityAssessmentId");
                });
    }

    @Test
    void anAssessmentNeedsItsEvidence() {
        assertThatThrownBy(() -> assessment("a-1", BRAND, JANUARY, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.reason()).isEqualTo("REQUIRED");
                    assertThat(e.field()).hasValue("evidence");
                });
    }

    private static MaturityEvidence designNew() {
        return evidence()
                .involving(MARKETING, CUSTOMER_SERVICE, PRODUCT)
                .practising(FEEDBACK_CHANGES_EXISTING_OFFERS, NEW_OFFERS_DESIGNED_WITH_EXPERIENCE)
                .build();
    }

    private static MaturityAssessment assessment(String id, BrandId brand, Instant at, MaturityEvidence evidence) {
        return MaturityAssessment.create(
                new MaturityAssessmentId(id),
                TENANT,
                brand,
                at,
                evidence,
                SymmetryGapTest.EMPLOYEE,
                SymmetryGapTest.CUSTOMER);
    }
}
