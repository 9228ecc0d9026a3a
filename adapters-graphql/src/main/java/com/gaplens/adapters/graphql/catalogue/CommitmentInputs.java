package com.gaplens.adapters.graphql.catalogue;

import static com.gaplens.adapters.graphql.support.Inputs.under;

import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.target.CommitmentDraft;
import com.gaplens.domain.target.CommitmentOverride;
import com.gaplens.domain.target.CommitmentScope;
import com.gaplens.domain.target.TargetLevel;
import com.gaplens.domain.target.VariantDraft;
import com.gaplens.domain.target.Wording;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** The commitment and variant inputs shared by target experiences and segment variants, and their conversion. */
final class CommitmentInputs {

    private CommitmentInputs() {}

    record CommitmentScopeInput(JourneyPhase phase, List<String> touchpoints) {}

    record CommitmentInput(
            String id,
            String brandValue,
            ExperienceVariable variable,
            CommitmentScopeInput scope,
            Double targetLevel,
            String wording) {}

    record CommitmentOverrideInput(String commitmentId, Double targetLevel, String wording) {}

    record VariantAdjustmentsInput(
            List<CommitmentOverrideInput> overrides, List<CommitmentInput> additions, List<String> exclusions) {}

    /** Drafts of {@code inputs}, failures blamed on {@code field[i].…}. */
    static List<CommitmentDraft> drafts(String field, List<CommitmentInput> inputs) {
        return indexed(field, inputs, (input, path) -> draft(input));
    }

    static VariantDraft variant(VariantAdjustmentsInput input) {
        Require.present(input, "adjustments");
        return under(
                "adjustments",
                () -> new VariantDraft(
                        indexed("overrides", input.overrides(), (o, path) -> override(o)),
                        drafts("additions", input.additions()),
                        ids("exclusions", input.exclusions(), GlobalIds::commitment)));
    }

    private static CommitmentDraft draft(CommitmentInput input) {
        Require.present(input.variable(), "variable");
        Require.present(input.targetLevel(), "targetLevel");
        return new CommitmentDraft(
                Optional.ofNullable(input.id()).map(id -> GlobalIds.commitment(id, "id")),
                GlobalIds.brandValue(input.brandValue(), "brandValue"),
                input.variable(),
                under("scope", () -> scope(input.scope())),
                new TargetLevel(input.targetLevel()),
                new Wording(input.wording()));
    }

    private static CommitmentScope scope(CommitmentScopeInput scope) {
        if (scope == null || (scope.phase() == null && scope.touchpoints() == null)) {
            return new CommitmentScope.VariableWide();
        }
        if (scope.phase() != null && scope.touchpoints() != null) {
            throw new InvalidInputException(
                    "AMBIGUOUS_SCOPE", null, "a commitment is scoped to a phase or to touchpoints, not both");
        }
        if (scope.phase() != null) {
            return new CommitmentScope.PhaseScoped(scope.phase());
        }
        Set<TouchpointId> ids = new LinkedHashSet<>(ids("touchpoints", scope.touchpoints(), GlobalIds::touchpoint));
        return new CommitmentScope.TouchpointScoped(ids);
    }

    private static CommitmentOverride override(CommitmentOverrideInput input) {
        return new CommitmentOverride(
                GlobalIds.commitment(input.commitmentId(), "commitmentId"),
                Optional.ofNullable(input.targetLevel()).map(TargetLevel::new),
                Optional.ofNullable(input.wording()).map(Wording::new));
    }

    /** Ids of a list, each blamed as {@code field[i]} when it is not found. */
    private static <O> List<O> ids(String field, List<String> ids, BiFunction<String, String, O> decode) {
        List<O> decoded = new ArrayList<>();
        List<String> given = ids == null ? List.of() : ids;
        for (int i = 0; i < given.size(); i++) {
            decoded.add(decode.apply(given.get(i), field + "[" + i + "]"));
        }
        return decoded;
    }

    private static <I, O> List<O> indexed(String field, List<I> inputs, BiFunction<I, String, O> convert) {
        List<O> converted = new ArrayList<>();
        List<I> given = inputs == null ? List.of() : inputs;
        for (int i = 0; i < given.size(); i++) {
            I input = given.get(i);
            String path = field + "[" + i + "]";
            converted.add(under(path, () -> convert.apply(input, path)));
        }
        return converted;
    }
}
