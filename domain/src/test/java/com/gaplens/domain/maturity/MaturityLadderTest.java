package com.gaplens.domain.maturity;

import static com.gaplens.domain.maturity.BusinessFunction.CUSTOMER_SERVICE;
import static com.gaplens.domain.maturity.BusinessFunction.HR;
import static com.gaplens.domain.maturity.BusinessFunction.IT;
import static com.gaplens.domain.maturity.BusinessFunction.LEADERSHIP;
import static com.gaplens.domain.maturity.BusinessFunction.MARKETING;
import static com.gaplens.domain.maturity.BusinessFunction.OPERATIONS_BACK_OFFICE;
import static com.gaplens.domain.maturity.BusinessFunction.PRODUCT;
import static com.gaplens.domain.maturity.BusinessFunction.RND;
import static com.gaplens.domain.maturity.BusinessFunction.SALES;
import static com.gaplens.domain.maturity.ExperiencePractice.CUSTOMERS_CO_CREATE;
import static com.gaplens.domain.maturity.ExperiencePractice.EMPLOYEE_EXPERIENCE_MEASURED;
import static com.gaplens.domain.maturity.ExperiencePractice.FEEDBACK_CHANGES_EXISTING_OFFERS;
import static com.gaplens.domain.maturity.ExperiencePractice.NEW_OFFERS_DESIGNED_WITH_EXPERIENCE;
import static com.gaplens.domain.maturity.MaturityEvidenceBuilder.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.maturity.MaturityRequirement.AnyFunctionInvolved;
import com.gaplens.domain.maturity.MaturityRequirement.FunctionBreadth;
import com.gaplens.domain.maturity.MaturityRequirement.FunctionInvolved;
import com.gaplens.domain.maturity.MaturityRequirement.PracticeInPlace;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MaturityLadderTest {

    @Nested
    class Overlay {

        @Test
        void isTheStageOfABrandWithNoEvidence() {
            // when
            var position = MaturityLadder.position(MaturityEvidence.none());

            // then
            assertThat(position.stage()).isEqualTo(MaturityStage.OVERLAY);
            assertThat(position.evidenceBehind()).isEmpty();
            assertThat(position.nextStage()).contains(MaturityStage.IMPROVE_EXISTING);
            assertThat(position.missingForNextStage())
                    .extracting(MissingItem::requirement)
                    .containsExactly(
                            new PracticeInPlace(FEEDBACK_CHANGES_EXISTING_OFFERS),
                            new FunctionInvolved(MARKETING),
                            new FunctionInvolved(CUSTOMER_SERVICE));
            assertThat(position.missingForNextStage())
                    .extracting(MissingItem::text)
                    .containsExactly(
                            "Feedback from the lived experience does not change existing offers yet",
                            "Marketing does not take part in designing and delivering the experience yet",
                            "Customer service does not take part in designing and delivering the experience yet");
            assertThat(position.missingForNextStage()).allMatch(m -> m.stage() == MaturityStage.IMPROVE_EXISTING);
        }

        @Test
        void remainsWhileFeedbackChangesOffersWithoutCustomerService() {
            // when
            var position = MaturityLadder.position(evidence()
                    .involving(MARKETING, PRODUCT)
                    .practising(FEEDBACK_CHANGES_EXISTING_OFFERS)
                    .build());

            // then
            assertThat(position.stage()).isEqualTo(MaturityStage.OVERLAY);
            assertThat(position.missingForNextStage())
                    .extracting(MissingItem::requirement)
                    .containsExactly(new FunctionInvolved(CUSTOMER_SERVICE));
        }

        @Test
        void remainsWhenMarketingAndCustomerServiceTakePartButFeedbackChangesNothing() {
            var position = MaturityLadder.position(
                    evidence().involving(MARKETING, CUSTOMER_SERVICE).build());

            assertThat(position.stage()).isEqualTo(MaturityStage.OVERLAY);
            assertThat(position.missingForNextStage())
                    .extracting(MissingItem::requirement)
                    .containsExactly(new PracticeInPlace(FEEDBACK_CHANGES_EXISTING_OFFERS));
        }
    }

    @Nested
    class ImproveExisting {

        @Test
        void isReachedWhenFeedbackChangesOffersWithMarketingAndCustomerService() {
            // when
            var position = MaturityLadder.position(evidence()
                    .involving(MARKETING, CUSTOMER_SERVICE)
                    .practising(FEEDBACK_CHANGES_EXISTING_OFFERS)
                    .build());

            // then
            assertThat(position.stage()).isEqualTo(MaturityStage.IMPROVE_EXISTING);
            assertThat(position.evidenceBehind())
                    .containsExactlyElementsOf(MaturityLadder.conditionsOf(MaturityStage.IMPROVE_EXISTING));
            assertThat(position.nextStage()).contains(MaturityStage.DESIGN_NEW);
            assertThat(position.missingForNextStage())
                    .extracting(MissingItem::text)
                    .containsExactly(
                            "New offers are not designed with the experience built in yet",
                            "Neither Product nor R&D takes part in designing and delivering the experience yet");
        }

        @Test
        void isWhereABrandStaysWhenNewOffersAreDesignedWithoutProductOrRnd() {
            var position = MaturityLadder.position(evidence()
                    .involving(MARKETING, CUSTOMER_SERVICE, SALES, IT)
                    .practising(FEEDBACK_CHANGES_EXISTING_OFFERS, NEW_OFFERS_DESIGNED_WITH_EXPERIENCE)
                    .build());

            assertThat(position.stage()).isEqualTo(MaturityStage.IMPROVE_EXISTING);
            assertThat(position.missingForNextStage())
                    .extracting(MissingItem::requirement)
                    .containsExactly(new AnyFunctionInvolved(Set.of(PRODUCT, RND)));
            assertThat(position.alsoInPlace()).containsExactly(NEW_OFFERS_DESIGNED_WITH_EXPERIENCE);
        }
    }

    @Nested
    class DesignNew {

        @Test
        void isReachedWithProductManagement() {
            var position = MaturityLadder.position(designNewWith(PRODUCT));

            assertThat(position.stage()).isEqualTo(MaturityStage.DESIGN_NEW);
            assertThat(position.evidenceBehind()).hasSize(5);
            assertThat(position.nextStage()).contains(MaturityStage.EXPERIENCE_BY_DESIGN);
        }

        @Test
        void isReachedWithRndInsteadOfProduct() {
            assertThat(MaturityLadder.position(designNewWith(RND)).stage()).isEqualTo(MaturityStage.DESIGN_NEW);
        }

        @Test
        void needsTheLowerRungFirst() {
            // given: new offers designed with product and R&D, but feedback never changes existing offers
            var position = MaturityLadder.position(evidence()
                    .involving(MARKETING, CUSTOMER_SERVICE, PRODUCT, RND)
                    .practising(NEW_OFFERS_DESIGNED_WITH_EXPERIENCE)
                    .build());

            // then
            assertThat(position.stage()).isEqualTo(MaturityStage.OVERLAY);
            assertThat(position.missingForNextStage())
                    .extracting(MissingItem::requirement)
                    .containsExactly(new PracticeInPlace(FEEDBACK_CHANGES_EXISTING_OFFERS));
            assertThat(position.alsoInPlace()).containsExactly(NEW_OFFERS_DESIGNED_WITH_EXPERIENCE);
        }

        @Test
        void listsEverythingExperienceByDesignStillNeeds() {
            // given: marketing, customer service, product (3 of 9); no HR, back office, leadership, employee measures
            var position = MaturityLadder.position(designNewWith(PRODUCT));

            // then
            assertThat(position.missingForNextStage())
                    .extracting(MissingItem::requirement)
                    .containsExactly(
                            new FunctionInvolved(HR),
                            new FunctionInvolved(OPERATIONS_BACK_OFFICE),
                            new FunctionInvolved(LEADERSHIP),
                            new PracticeInPlace(EMPLOYEE_EXPERIENCE_MEASURED),
                            new FunctionBreadth(7));
            assertThat(position.missingForNextStage().getLast().text())
                    .isEqualTo("3 of the 9 business functions take part; at least 7 are needed");
        }

        private MaturityEvidence designNewWith(BusinessFunction designer) {
            return evidence()
                    .involving(MARKETING, CUSTOMER_SERVICE, designer)
                    .practising(FEEDBACK_CHANGES_EXISTING_OFFERS, NEW_OFFERS_DESIGNED_WITH_EXPERIENCE)
                    .build();
        }
    }

    @Nested
    class ExperienceByDesign {

        private static final Set<ExperiencePractice> ALL_GATING_PRACTICES = EnumSet.of(
                FEEDBACK_CHANGES_EXISTING_OFFERS, NEW_OFFERS_DESIGNED_WITH_EXPERIENCE, EMPLOYEE_EXPERIENCE_MEASURED);

        @Test
        void isReachedWithSevenFunctionsIncludingHrBackOfficeAndLeadershipAndEmployeeMeasures() {
            // given: exactly 7 of 9 functions (no R&D, no IT)
            var position = MaturityLadder.position(evidence()
                    .involving(MARKETING, CUSTOMER_SERVICE, PRODUCT, HR, OPERATIONS_BACK_OFFICE, LEADERSHIP, SALES)
                    .practising(ALL_GATING_PRACTICES)
                    .build());

            // then
            assertThat(position.stage()).isEqualTo(MaturityStage.EXPERIENCE_BY_DESIGN);
            assertThat(position.nextStage()).isEmpty();
            assertThat(position.missingForNextStage()).isEmpty();
            assertThat(position.evidenceBehind()).hasSize(10);
        }

        @Test
        void isNotReachedWithSixFunctions() {
            // given: the six named functions only
            var position = MaturityLadder.position(evidence()
                    .involving(MARKETING, CUSTOMER_SERVICE, PRODUCT, HR, OPERATIONS_BACK_OFFICE, LEADERSHIP)
                    .practising(ALL_GATING_PRACTICES)
                    .build());

            // then
            assertThat(position.stage()).isEqualTo(MaturityStage.DESIGN_NEW);
            assertThat(position.missingForNextStage()).singleElement().satisfies(m -> {
                assertThat(m.requirement()).isEqualTo(new FunctionBreadth(7));
                assertThat(m.text()).isEqualTo("6 of the 9 business functions take part; at least 7 are needed");
            });
        }

        @Test
        void isNotReachedWithoutEmployeeExperienceMeasuredOnTheTwelveVariables() {
            // given: every function, but employee experience is not measured
            var position = MaturityLadder.position(evidence()
                    .involving(BusinessFunction.values())
                    .practising(FEEDBACK_CHANGES_EXISTING_OFFERS, NEW_OFFERS_DESIGNED_WITH_EXPERIENCE)
                    .build());

            // then
            assertThat(position.stage()).isEqualTo(MaturityStage.DESIGN_NEW);
            assertThat(position.missingForNextStage())
                    .extracting(MissingItem::requirement)
                    .containsExactly(new PracticeInPlace(EMPLOYEE_EXPERIENCE_MEASURED));
        }

        @Test
        void isNotReachedWithoutHr() {
            var position = MaturityLadder.position(evidence()
                    .involving(MARKETING, CUSTOMER_SERVICE, PRODUCT, RND, SALES, IT, OPERATIONS_BACK_OFFICE, LEADERSHIP)
                    .practising(ALL_GATING_PRACTICES)
                    .build());

            assertThat(position.stage()).isEqualTo(MaturityStage.DESIGN_NEW);
            assertThat(position.missingForNextStage())
                    .extracting(MissingItem::requirement)
                    .containsExactly(new FunctionInvolved(HR));
        }

        @Test
        void isNotReachedWithoutLeadership() {
            var position = MaturityLadder.position(evidence()
                    .involving(MARKETING, CUSTOMER_SERVICE, PRODUCT, RND, SALES, IT, OPERATIONS_BACK_OFFICE, HR)
                    .practising(ALL_GATING_PRACTICES)
                    .build());

            assertThat(position.stage()).isEqualTo(MaturityStage.DESIGN_NEW);
            assertThat(position.missingForNextStage())
                    .extracting(MissingItem::requirement)
                    .containsExactly(new FunctionInvolved(LEADERSHIP));
        }
    }

    @Test
    void coCreationIsReportedButMovesNoStage() {
        // when
        var position = MaturityLadder.position(evidence()
                .involving(MARKETING, CUSTOMER_SERVICE)
                .practising(FEEDBACK_CHANGES_EXISTING_OFFERS, CUSTOMERS_CO_CREATE)
                .build());

        // then
        assertThat(position.stage()).isEqualTo(MaturityStage.IMPROVE_EXISTING);
        assertThat(position.alsoInPlace()).containsExactly(CUSTOMERS_CO_CREATE);
    }

    @Test
    void eachStageIsAboveTheOnesBelow() {
        assertThat(MaturityStage.EXPERIENCE_BY_DESIGN.isAbove(MaturityStage.DESIGN_NEW))
                .isTrue();
        assertThat(MaturityStage.OVERLAY.isAbove(MaturityStage.OVERLAY)).isFalse();
        assertThat(MaturityStage.EXPERIENCE_BY_DESIGN.next()).isEmpty();
        assertThat(MaturityLadder.conditionsOf(MaturityStage.OVERLAY)).isEmpty();
    }
}
