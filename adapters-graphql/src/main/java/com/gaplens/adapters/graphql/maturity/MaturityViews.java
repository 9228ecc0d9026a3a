package com.gaplens.adapters.graphql.maturity;

import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.adapters.graphql.support.Inputs;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.maturity.BusinessFunction;
import com.gaplens.domain.maturity.ExperiencePractice;
import com.gaplens.domain.maturity.MaturityAssessment;
import com.gaplens.domain.maturity.MaturityComparison;
import com.gaplens.domain.maturity.MaturityPosition;
import com.gaplens.domain.maturity.MaturityRequirement;
import com.gaplens.domain.maturity.MaturityStage;
import com.gaplens.domain.maturity.MissingItem;
import com.gaplens.domain.maturity.SymmetryGap;
import com.gaplens.domain.maturity.VariableSymmetry;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/** What the maturity schema shows, built from the domain's objects. */
final class MaturityViews {

    private MaturityViews() {}

    record AssessmentView(
            String id,
            String brandId,
            OffsetDateTime assessedAt,
            MaturityStage stage,
            Set<BusinessFunction> functionsInvolved,
            Set<ExperiencePractice> practices,
            List<ConditionView> evidenceBehind,
            MaturityStage nextStage,
            List<MissingItemView> missingForNextStage,
            List<ExperiencePractice> alsoInPlace,
            PeriodView symmetryPeriod,
            SymmetryGapView symmetryGap) {

        static AssessmentView of(MaturityAssessment assessment) {
            MaturityPosition position = assessment.position();
            return new AssessmentView(
                    GlobalIds.of(assessment.id()),
                    GlobalIds.of(assessment.brandId()),
                    Inputs.dateTime(assessment.assessedAt()),
                    position.stage(),
                    assessment.evidence().functionsInvolved(),
                    assessment.evidence().practices(),
                    position.evidenceBehind().stream().map(ConditionView::of).toList(),
                    position.nextStage().orElse(null),
                    position.missingForNextStage().stream()
                            .map(MissingItemView::of)
                            .toList(),
                    position.alsoInPlace(),
                    assessment
                            .symmetryPeriod()
                            .map(p -> new PeriodView(p.from(), p.to()))
                            .orElse(null),
                    SymmetryGapView.of(assessment.symmetryGap()));
        }
    }

    record PeriodView(LocalDate from, LocalDate to) {}

    enum ConditionKind {
        FUNCTION_INVOLVED,
        ANY_FUNCTION_INVOLVED,
        PRACTICE_IN_PLACE,
        FUNCTION_BREADTH
    }

    record ConditionView(
            ConditionKind kind,
            List<BusinessFunction> functions,
            ExperiencePractice practice,
            Integer minimumFunctions,
            String description) {

        static ConditionView of(MaturityRequirement requirement) {
            return switch (requirement) {
                case MaturityRequirement.FunctionInvolved f ->
                    new ConditionView(
                            ConditionKind.FUNCTION_INVOLVED, List.of(f.function()), null, null, f.description());
                case MaturityRequirement.AnyFunctionInvolved a ->
                    new ConditionView(
                            ConditionKind.ANY_FUNCTION_INVOLVED,
                            List.copyOf(a.functions()),
                            null,
                            null,
                            a.description());
                case MaturityRequirement.PracticeInPlace p ->
                    new ConditionView(ConditionKind.PRACTICE_IN_PLACE, List.of(), p.practice(), null, p.description());
                case MaturityRequirement.FunctionBreadth b ->
                    new ConditionView(ConditionKind.FUNCTION_BREADTH, List.of(), null, b.minimum(), b.description());
            };
        }
    }

    record MissingItemView(MaturityStage stage, ConditionView condition, String text) {
        static MissingItemView of(MissingItem item) {
            return new MissingItemView(item.stage(), ConditionView.of(item.requirement()), item.text());
        }
    }

    record SymmetryGapView(List<VariableSymmetryView> variables, Double meanAbsoluteGap, Double meanGap) {
        static SymmetryGapView of(SymmetryGap gap) {
            return new SymmetryGapView(
                    gap.variables().stream().map(VariableSymmetryView::of).toList(),
                    orNull(gap.meanAbsoluteGap()),
                    orNull(gap.meanGap()));
        }
    }

    record VariableSymmetryView(ExperienceVariable variable, Double employee, Double customer, Double gap) {
        static VariableSymmetryView of(VariableSymmetry symmetry) {
            return switch (symmetry) {
                case VariableSymmetry.BothMeasured b ->
                    new VariableSymmetryView(
                            b.variable(), b.employee().value(), b.customer().value(), b.gap());
                case VariableSymmetry.EmployeeOnly e ->
                    new VariableSymmetryView(e.variable(), e.employee().value(), null, null);
                case VariableSymmetry.CustomerOnly c ->
                    new VariableSymmetryView(c.variable(), null, c.customer().value(), null);
                case VariableSymmetry.NeitherMeasured n -> new VariableSymmetryView(n.variable(), null, null, null);
            };
        }
    }

    record ComparisonView(
            AssessmentView earlier,
            AssessmentView later,
            MaturityStage from,
            MaturityStage to,
            int stepsClimbed,
            Double meanAbsoluteSymmetryGapChange,
            List<ConditionView> newlyMet,
            List<ConditionView> noLongerMet,
            Set<BusinessFunction> functionsJoined,
            Set<BusinessFunction> functionsLeft,
            Set<ExperiencePractice> practicesAdopted,
            Set<ExperiencePractice> practicesDropped) {

        static ComparisonView of(MaturityComparison comparison) {
            return new ComparisonView(
                    AssessmentView.of(comparison.earlier()),
                    AssessmentView.of(comparison.later()),
                    comparison.progress().from(),
                    comparison.progress().to(),
                    comparison.progress().stepsClimbed(),
                    orNull(comparison.progress().meanAbsoluteSymmetryGapChange()),
                    comparison.newlyMet().stream().map(ConditionView::of).toList(),
                    comparison.noLongerMet().stream().map(ConditionView::of).toList(),
                    comparison.functionsJoined(),
                    comparison.functionsLeft(),
                    comparison.practicesAdopted(),
                    comparison.practicesDropped());
        }
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
