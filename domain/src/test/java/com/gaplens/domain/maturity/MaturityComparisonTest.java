package com.gaplens.domain.maturity;

import static com.gaplens.domain.maturity.BusinessFunction.CUSTOMER_SERVICE;
import static com.gaplens.domain.maturity.BusinessFunction.IT;
import static com.gaplens.domain.maturity.BusinessFunction.MARKETING;
import static com.gaplens.domain.maturity.BusinessFunction.PRODUCT;
import static com.gaplens.domain.maturity.BusinessFunction.SALES;
import static com.gaplens.domain.maturity.ExperiencePractice.CUSTOMERS_CO_CREATE;
import static com.gaplens.domain.maturity.ExperiencePractice.FEEDBACK_CHANGES_EXISTING_OFFERS;
import static com.gaplens.domain.maturity.ExperiencePractice.NEW_OFFERS_DESIGNED_WITH_EXPERIENCE;
import static com.gaplens.domain.maturity.MaturityEvidenceBuilder.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.maturity.MaturityRequirement.AnyFunctionInvolved;
import com.gaplens.domain.maturity.MaturityRequirement.FunctionInvolved;
import com.gaplens.domain.maturity.MaturityRequirement.PracticeInPlace;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaturityComparisonTest {

    private static final TenantId TENANT = new TenantId("tenant-a");
    private static final BrandId BRAND = new BrandId("brand-1");

    @Test
    void aComparisonNamesTheStageChangeAndTheEvidenceNewlyMetAndLost() {
        // given: January improves existing offers with marketing, customer service and sales;
        // June designs new ones with product at the table, but sales left and co-creation started
        var january = assessment(
                "a-1",
                "2025-01-15T10:00:00Z",
                evidence()
                        .involving(MARKETING, CUSTOMER_SERVICE, SALES)
                        .practising(FEEDBACK_CHANGES_EXISTING_OFFERS)
                        .build());
        var june = assessment(
                "a-2",
                "2025-06-15T10:00:00Z",
                evidence()
                        .involving(MARKETING, CUSTOMER_SERVICE, PRODUCT, IT)
                        .practising(
                                FEEDBACK_CHANGES_EXISTING_OFFERS,
                                NEW_OFFERS_DESIGNED_WITH_EXPERIENCE,
                                CUSTOMERS_CO_CREATE)
                        .build());

        // when: given in the wrong order, they are put in time order
        var comparison = MaturityComparison.of(june, january);

        // then
        assertThat(comparison.earlier().id().value()).isEqualTo("a-1");
        assertThat(comparison.progress().from()).isEqualTo(MaturityStage.IMPROVE_EXISTING);
        assertThat(comparison.progress().to()).isEqualTo(MaturityStage.DESIGN_NEW);
        assertThat(comparison.progress().stepsClimbed()).isEqualTo(1);
        assertThat(comparison.newlyMet())
                .containsExactly(
                        new PracticeInPlace(NEW_OFFERS_DESIGNED_WITH_EXPERIENCE),
                        new AnyFunctionInvolved(Set.of(PRODUCT, BusinessFunction.RND)));
        assertThat(comparison.noLongerMet()).isEmpty();
        assertThat(comparison.functionsJoined()).containsExactly(PRODUCT, IT);
        assertThat(comparison.functionsLeft()).containsExactly(SALES);
        assertThat(comparison.practicesAdopted())
                .containsExactly(NEW_OFFERS_DESIGNED_WITH_EXPERIENCE, CUSTOMERS_CO_CREATE);
        assertThat(comparison.practicesDropped()).isEmpty();
    }

    @Test
    void aBrandThatFellBackLosesTheConditionsItNoLongerMeets() {
        var january = assessment(
                "a-1",
                "2025-01-15T10:00:00Z",
                evidence()
                        .involving(MARKETING, CUSTOMER_SERVICE)
                        .practising(FEEDBACK_CHANGES_EXISTING_OFFERS)
                        .build());
        var june = assessment(
                "a-2", "2025-06-15T10:00:00Z", evidence().involving(MARKETING).build());

        var comparison = MaturityComparison.of(january, june);

        assertThat(comparison.progress().stepsClimbed()).isEqualTo(-1);
        assertThat(comparison.newlyMet()).isEmpty();
        assertThat(comparison.noLongerMet())
                .containsExactly(
                        new PracticeInPlace(FEEDBACK_CHANGES_EXISTING_OFFERS), new FunctionInvolved(CUSTOMER_SERVICE));
        assertThat(comparison.functionsLeft()).containsExactly(CUSTOMER_SERVICE);
        assertThat(comparison.practicesDropped()).containsExactly(FEEDBACK_CHANGES_EXISTING_OFFERS);
    }

    @Test
    void onlyAssessmentsOfOneBrandCompare() {
        var mine = assessment("a-1", "2025-01-15T10:00:00Z", MaturityEvidence.none());
        var other = MaturityAssessment.create(
                new MaturityAssessmentId("a-2"),
                TENANT,
                new BrandId("brand-2"),
                Instant.parse("2025-06-15T10:00:00Z"),
                MaturityEvidence.none(),
                Map.of(),
                Map.of());

        assertThatThrownBy(() -> MaturityComparison.of(mine, other))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.reason()).isEqualTo("DIFFERENT_BRAND"));
    }

    private static MaturityAssessment assessment(String id, String at, MaturityEvidence evidence) {
        return MaturityAssessment.create(
                new MaturityAssessmentId(id), TENANT, BRAND, Instant.parse(at), evidence, Map.of(), Map.of());
    }
}
