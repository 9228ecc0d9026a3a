package com.gaplens.domain.maturity;

import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.Score;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The symmetry of attention between employees and customers ("no customer experience without employee
 * experience"), variable by variable on the 12-variable model: for each {@link ExperienceVariable}, in the enum's
 * order, the employee score − the customer score when both are measured, or which side is missing.
 *
 * <p>{@link #meanAbsoluteGap()} = mean over the variables measured on both sides of |employee − customer|; empty
 * when none is. {@link #meanGap()} is the signed mean (negative: employees live a poorer experience than the one they
 * are asked to deliver).
 */
public record SymmetryGap(List<VariableSymmetry> variables) {

    public SymmetryGap {
        Require.noNulls(variables, "variables");
        variables = List.copyOf(variables);
        ExperienceVariable[] all = ExperienceVariable.values();
        if (variables.size() != all.length) {
            throw new InvalidInputException(
                    "INCOMPLETE_SYMMETRY",
                    "variables",
                    "a symmetry gap covers the " + all.length + " experience variables");
        }
        for (int i = 0; i < all.length; i++) {
            if (variables.get(i).variable() != all[i]) {
                throw new InvalidInputException(
                        "INCOMPLETE_SYMMETRY", "variables[" + i + "]", "expected " + all[i] + " at position " + i);
            }
        }
    }

    /** Compares employee and customer scores per variable; either map may cover any subset of the 12 variables. */
    public static SymmetryGap between(
            Map<ExperienceVariable, Score> employee, Map<ExperienceVariable, Score> customer) {
        requireEntries(employee, "employeeScores");
        requireEntries(customer, "customerScores");
        List<VariableSymmetry> variables = new ArrayList<>();
        for (ExperienceVariable variable : ExperienceVariable.values()) {
            Score e = employee.get(variable);
            Score c = customer.get(variable);
            if (e != null && c != null) {
                variables.add(new VariableSymmetry.BothMeasured(variable, e, c));
            } else if (e != null) {
                variables.add(new VariableSymmetry.EmployeeOnly(variable, e));
            } else if (c != null) {
                variables.add(new VariableSymmetry.CustomerOnly(variable, c));
            } else {
                variables.add(new VariableSymmetry.NeitherMeasured(variable));
            }
        }
        return new SymmetryGap(variables);
    }

    /** The variables measured on both sides, with their gaps. */
    public List<VariableSymmetry.BothMeasured> measuredOnBothSides() {
        return variables.stream()
                .filter(VariableSymmetry.BothMeasured.class::isInstance)
                .map(VariableSymmetry.BothMeasured.class::cast)
                .toList();
    }

    /** Mean of |employee − customer| over the variables measured on both sides. */
    public OptionalDouble meanAbsoluteGap() {
        return measuredOnBothSides().stream()
                .mapToDouble(v -> Math.abs(v.gap()))
                .average();
    }

    /** Mean of employee − customer over the variables measured on both sides. */
    public OptionalDouble meanGap() {
        return measuredOnBothSides().stream()
                .mapToDouble(VariableSymmetry.BothMeasured::gap)
                .average();
    }

    private static void requireEntries(Map<ExperienceVariable, Score> scores, String field) {
        Require.present(scores, field);
        scores.forEach((variable, score) -> {
            if (variable == null || score == null) {
                throw new InvalidInputException("REQUIRED", field, field + " must not contain empty entries");
            }
        });
    }
}
