package com.gaplens.domain.maturity;

import com.gaplens.domain.shared.Require;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Two assessments of one brand side by side, the earlier first: how the stage moved and which evidence changed.
 *
 * @param earlier the earlier assessment
 * @param later the later one
 * @param progress stage before and after, rungs climbed, change of the mean absolute symmetry gap
 * @param newlyMet conditions of the ladder (any stage, in ladder order) the later evidence meets and the earlier did
 *     not
 * @param noLongerMet conditions the earlier evidence met and the later does not
 * @param functionsJoined functions taking part now that did not before
 * @param functionsLeft functions that took part before and no longer do
 * @param practicesAdopted practices in place now that were not before
 * @param practicesDropped practices in place before and no longer
 */
public record MaturityComparison(
        MaturityAssessment earlier,
        MaturityAssessment later,
        MaturityProgress progress,
        List<MaturityRequirement> newlyMet,
        List<MaturityRequirement> noLongerMet,
        Set<BusinessFunction> functionsJoined,
        Set<BusinessFunction> functionsLeft,
        Set<ExperiencePractice> practicesAdopted,
        Set<ExperiencePractice> practicesDropped) {

    public MaturityComparison {
        Require.present(earlier, "earlier");
        Require.present(later, "later");
        Require.present(progress, "progress");
        newlyMet = List.copyOf(newlyMet);
        noLongerMet = List.copyOf(noLongerMet);
        functionsJoined = Collections.unmodifiableSet(copyOf(functionsJoined, BusinessFunction.class));
        functionsLeft = Collections.unmodifiableSet(copyOf(functionsLeft, BusinessFunction.class));
        practicesAdopted = Collections.unmodifiableSet(copyOf(practicesAdopted, ExperiencePractice.class));
        practicesDropped = Collections.unmodifiableSet(copyOf(practicesDropped, ExperiencePractice.class));
    }

    /**
     * Compares two assessments of the same tenant and brand, whichever order they are given in: the one assessed
     * first is the earlier ({@code DIFFERENT_BRAND} on {@code earlier} when they are not of the same brand).
     */
    public static MaturityComparison of(MaturityAssessment one, MaturityAssessment other) {
        Require.present(one, "earlier");
        Require.present(other, "later");
        boolean inOrder = !one.assessedAt().isAfter(other.assessedAt());
        MaturityAssessment earlier = inOrder ? one : other;
        MaturityAssessment later = inOrder ? other : one;
        MaturityProgress progress = later.progressSince(earlier);
        MaturityEvidence before = earlier.evidence();
        MaturityEvidence after = later.evidence();
        List<MaturityRequirement> conditions = java.util.Arrays.stream(MaturityStage.values())
                .flatMap(stage -> MaturityLadder.conditionsOf(stage).stream())
                .toList();
        return new MaturityComparison(
                earlier,
                later,
                progress,
                conditions.stream()
                        .filter(c -> c.metBy(after) && !c.metBy(before))
                        .toList(),
                conditions.stream()
                        .filter(c -> c.metBy(before) && !c.metBy(after))
                        .toList(),
                minus(after.functionsInvolved(), before.functionsInvolved(), BusinessFunction.class),
                minus(before.functionsInvolved(), after.functionsInvolved(), BusinessFunction.class),
                minus(after.practices(), before.practices(), ExperiencePractice.class),
                minus(before.practices(), after.practices(), ExperiencePractice.class));
    }

    private static <E extends Enum<E>> Set<E> minus(Set<E> from, Set<E> removed, Class<E> type) {
        EnumSet<E> result = copyOf(from, type);
        result.removeAll(removed);
        return result;
    }

    private static <E extends Enum<E>> EnumSet<E> copyOf(Set<E> values, Class<E> type) {
        Require.noNulls(values, type.getSimpleName());
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return copy;
    }
}
