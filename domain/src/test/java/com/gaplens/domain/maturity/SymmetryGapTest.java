package com.gaplens.domain.maturity;

import static com.gaplens.domain.experience.ExperienceVariable.ACCESS_EASY;
import static com.gaplens.domain.experience.ExperienceVariable.CUSTOMER_RELATIONSHIP_PLEASANT;
import static com.gaplens.domain.experience.ExperienceVariable.SHARING_USEFUL;
import static com.gaplens.domain.experience.ExperienceVariable.USE_EASY;
import static com.gaplens.domain.experience.ExperienceVariable.USE_USEFUL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.Score;
import com.gaplens.domain.shared.InvalidInputException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SymmetryGapTest {

    static final Map<ExperienceVariable, Score> EMPLOYEE = Map.of(
            ACCESS_EASY, new Score(60),
            USE_USEFUL, new Score(70),
            CUSTOMER_RELATIONSHIP_PLEASANT, new Score(55),
            SHARING_USEFUL, new Score(80));
    static final Map<ExperienceVariable, Score> CUSTOMER = Map.of(
            ACCESS_EASY, new Score(72),
            USE_USEFUL, new Score(65),
            CUSTOMER_RELATIONSHIP_PLEASANT, new Score(70),
            USE_EASY, new Score(50));

    @Test
    void comparesEmployeeAndCustomerScoresPerVariable() {
        // when
        var gap = SymmetryGap.between(EMPLOYEE, CUSTOMER);

        // then: by hand, employee − customer: ACCESS_EASY 60 − 72 = −12; USE_USEFUL 70 − 65 = +5;
        // CUSTOMER_RELATIONSHIP_PLEASANT 55 − 70 = −15
        assertThat(gap.measuredOnBothSides())
                .extracting(VariableSymmetry::variable, VariableSymmetry.BothMeasured::gap)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ACCESS_EASY, -12.0),
                        org.assertj.core.groups.Tuple.tuple(USE_USEFUL, 5.0),
                        org.assertj.core.groups.Tuple.tuple(CUSTOMER_RELATIONSHIP_PLEASANT, -15.0));
        // mean |gap| = (12 + 5 + 15) / 3 = 32/3; signed mean = (−12 + 5 − 15) / 3 = −22/3
        assertThat(gap.meanAbsoluteGap().getAsDouble()).isCloseTo(32.0 / 3, within(1e-12));
        assertThat(gap.meanGap().getAsDouble()).isCloseTo(-22.0 / 3, within(1e-12));
    }

    @Test
    void reportsVariablesMeasuredOnOneSideOnly() {
        // when
        var gap = SymmetryGap.between(EMPLOYEE, CUSTOMER);

        // then
        assertThat(gap.variables()).hasSize(12);
        assertThat(gap.variables().get(USE_EASY.ordinal()))
                .isEqualTo(new VariableSymmetry.CustomerOnly(USE_EASY, new Score(50)));
        assertThat(gap.variables().get(SHARING_USEFUL.ordinal()))
                .isEqualTo(new VariableSymmetry.EmployeeOnly(SHARING_USEFUL, new Score(80)));
        assertThat(gap.variables())
                .filteredOn(VariableSymmetry.NeitherMeasured.class::isInstance)
                .hasSize(7);
    }

    @Test
    void hasNoMeanWhenNoVariableIsMeasuredOnBothSides() {
        var gap = SymmetryGap.between(Map.of(ACCESS_EASY, new Score(40)), Map.of(USE_EASY, new Score(60)));

        assertThat(gap.meanAbsoluteGap()).isEmpty();
        assertThat(gap.meanGap()).isEmpty();
    }

    @Test
    void refusesAnEmptyScore() {
        Map<ExperienceVariable, Score> employee = new HashMap<>();
        employee.put(ACCESS_EASY, null);

        assertThatThrownBy(() -> SymmetryGap.between(employee, Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.reason()).isEqualTo("REQUIRED");
                    assertThat(e.field()).hasValue("employeeScores");
                });
    }
}
