package com.gaplens.domain.target;

import static com.gaplens.domain.testdata.CommitmentBuilder.aCommitment;
import static com.gaplens.domain.testdata.DomainFailures.assertFails;
import static com.gaplens.domain.testdata.DomainFailures.assertFailsWithoutField;
import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.testdata.TestIds;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommitmentValuesTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.5, 72.25, 100})
    void aTargetLevelIsBetweenZeroAndOneHundredInclusive(double level) {
        assertThat(TargetLevel.of(level).value()).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.001, 100.001, Double.NaN, Double.POSITIVE_INFINITY})
    void aTargetLevelOutsideZeroToOneHundredIsRefused(double level) {
        assertFails(
                () -> TargetLevel.of(level), InvalidInputException.class, "TARGET_LEVEL_OUT_OF_RANGE", "targetLevel");
    }

    @Test
    void aWordingIsAtMostOneThousandCharacters() {
        assertThat(Wording.of("w".repeat(1_000)).text()).hasSize(1_000);
        assertFails(() -> Wording.of("w".repeat(1_001)), InvalidInputException.class, "TOO_LONG", "wording");
        assertFails(() -> Wording.of(" "), InvalidInputException.class, "BLANK", "wording");
    }

    @Test
    void aTouchpointScopeNamesAtLeastOneTouchpoint() {
        assertFails(
                () -> CommitmentScope.touchpoints(Set.of()),
                InvalidInputException.class,
                "EMPTY_TOUCHPOINT_SCOPE",
                "touchpoints");
    }

    @Test
    void aTouchpointScopeNamesAtMostOneHundredTouchpoints() {
        Set<TouchpointId> many = new LinkedHashSet<>();
        for (int i = 0; i < 101; i++) {
            many.add(new TouchpointId("tp-" + i));
        }
        assertFails(
                () -> CommitmentScope.touchpoints(many),
                InvalidInputException.class,
                "TOO_MANY_TOUCHPOINTS",
                "touchpoints");
    }

    @Test
    void aTouchpointScopeKeepsItsTouchpointsSortedById() {
        CommitmentScope.TouchpointScoped scope =
                (CommitmentScope.TouchpointScoped) CommitmentScope.touchpoints(TestIds.WEB_CART, TestIds.CHECKOUT);

        assertThat(List.copyOf(scope.touchpoints())).containsExactly(TestIds.CHECKOUT, TestIds.WEB_CART);
        assertThat(scope).isEqualTo(CommitmentScope.touchpoints(Set.of(TestIds.CHECKOUT, TestIds.WEB_CART)));
    }

    @Test
    void scopesOverlapOnlyWithTheSameSpecificityAndCommonGround() {
        CommitmentScope wide = CommitmentScope.variableWide();
        CommitmentScope purchase = CommitmentScope.phase(JourneyPhase.PURCHASE);
        CommitmentScope usage = CommitmentScope.phase(JourneyPhase.USAGE);
        CommitmentScope checkoutAndCart = CommitmentScope.touchpoints(TestIds.CHECKOUT, TestIds.WEB_CART);
        CommitmentScope cart = CommitmentScope.touchpoints(TestIds.WEB_CART);
        CommitmentScope hotline = CommitmentScope.touchpoints(TestIds.HOTLINE);

        assertThat(wide.overlaps(CommitmentScope.variableWide())).isTrue();
        assertThat(purchase.overlaps(CommitmentScope.phase(JourneyPhase.PURCHASE)))
                .isTrue();
        assertThat(purchase.overlaps(usage)).isFalse();
        assertThat(checkoutAndCart.overlaps(cart)).isTrue();
        assertThat(checkoutAndCart.overlaps(hotline)).isFalse();
        assertThat(wide.overlaps(purchase)).isFalse();
        assertThat(purchase.overlaps(cart)).isFalse();
    }

    @Test
    void commitmentsOnDifferentVariablesNeverOverlap() {
        Commitment easy =
                aCommitment().withId("c-1").on(ExperienceVariable.ACCESS_EASY).build();
        Commitment pleasant = aCommitment()
                .withId("c-2")
                .on(ExperienceVariable.ACCESS_PLEASANT)
                .build();

        assertThat(easy.overlaps(pleasant)).isFalse();
        assertThat(easy.overlaps(aCommitment().withId("c-3").build())).isTrue();
    }

    @Test
    void anOverrideChangesTheLevelTheWordingOrBothAndInheritsTheRest() {
        Commitment central =
                aCommitment().withId("c-1").level(80).worded("Easy to reach").build();

        Commitment levelOnly =
                CommitmentOverride.level(central.id(), TargetLevel.of(90)).applyTo(central);
        Commitment both = new CommitmentOverride(
                        central.id(), Optional.of(TargetLevel.of(70)), Optional.of(Wording.of("Close by")))
                .applyTo(central);

        assertThat(levelOnly.targetLevel()).isEqualTo(TargetLevel.of(90));
        assertThat(levelOnly.wording()).isEqualTo(Wording.of("Easy to reach"));
        assertThat(both.targetLevel()).isEqualTo(TargetLevel.of(70));
        assertThat(both.wording()).isEqualTo(Wording.of("Close by"));
        assertThat(both.scope()).isEqualTo(central.scope());
    }

    @Test
    void anOverrideThatChangesNothingIsRefused() {
        assertFailsWithoutField(
                () -> new CommitmentOverride(TestIds.commitment("c-1"), Optional.empty(), Optional.empty()),
                InvalidInputException.class,
                "EMPTY_OVERRIDE");
    }
}
