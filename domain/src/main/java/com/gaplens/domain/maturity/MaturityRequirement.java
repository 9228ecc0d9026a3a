package com.gaplens.domain.maturity;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** One condition of a stage of the {@link MaturityLadder}, checked against {@link MaturityEvidence}. */
public sealed interface MaturityRequirement
        permits MaturityRequirement.FunctionInvolved,
                MaturityRequirement.AnyFunctionInvolved,
                MaturityRequirement.PracticeInPlace,
                MaturityRequirement.FunctionBreadth {

    /** Whether the evidence meets this condition. */
    boolean metBy(MaturityEvidence evidence);

    /** The condition, stated as met. */
    String description();

    /** What falls short, given the evidence, when the condition is not met. */
    String shortfall(MaturityEvidence evidence);

    /** This function takes part in designing and delivering the experience. */
    record FunctionInvolved(BusinessFunction function) implements MaturityRequirement {
        public FunctionInvolved {
            Require.present(function, "function");
        }

        @Override
        public boolean metBy(MaturityEvidence evidence) {
            return evidence.involves(function);
        }

        @Override
        public String description() {
            return function.label() + " takes part in designing and delivering the experience";
        }

        @Override
        public String shortfall(MaturityEvidence evidence) {
            return function.label() + " does not take part in designing and delivering the experience yet";
        }
    }

    /** At least one of these functions takes part. */
    record AnyFunctionInvolved(Set<BusinessFunction> functions) implements MaturityRequirement {
        public AnyFunctionInvolved {
            Require.noNulls(functions, "functions");
            if (functions.size() < 2) {
                throw new InvalidInputException(
                        "TOO_FEW_ALTERNATIVES", "functions", "name at least two alternative functions");
            }
            functions = Collections.unmodifiableSet(EnumSet.copyOf(functions));
        }

        @Override
        public boolean metBy(MaturityEvidence evidence) {
            return functions.stream().anyMatch(evidence::involves);
        }

        @Override
        public String description() {
            return labels(" or ") + " takes part in designing and delivering the experience";
        }

        @Override
        public String shortfall(MaturityEvidence evidence) {
            return "Neither " + labels(" nor ") + " takes part in designing and delivering the experience yet";
        }

        private String labels(String separator) {
            return functions.stream().map(BusinessFunction::label).collect(Collectors.joining(separator));
        }
    }

    /** This practice is in place. */
    record PracticeInPlace(ExperiencePractice practice) implements MaturityRequirement {
        public PracticeInPlace {
            Require.present(practice, "practice");
        }

        @Override
        public boolean metBy(MaturityEvidence evidence) {
            return evidence.has(practice);
        }

        @Override
        public String description() {
            return practice.inPlace();
        }

        @Override
        public String shortfall(MaturityEvidence evidence) {
            return practice.missing();
        }
    }

    /** At least {@code minimum} of the {@link BusinessFunction}s take part. */
    record FunctionBreadth(int minimum) implements MaturityRequirement {
        public FunctionBreadth {
            Require.within(minimum, 1, BusinessFunction.values().length, "BREADTH_OUT_OF_RANGE", "minimum");
        }

        @Override
        public boolean metBy(MaturityEvidence evidence) {
            return evidence.functionsInvolved().size() >= minimum;
        }

        @Override
        public String description() {
            return "At least " + minimum + " of the " + BusinessFunction.values().length
                    + " business functions take part in designing and delivering the experience";
        }

        @Override
        public String shortfall(MaturityEvidence evidence) {
            return evidence.functionsInvolved().size() + " of the " + BusinessFunction.values().length
                    + " business functions take part; at least " + minimum + " are needed";
        }
    }
}
