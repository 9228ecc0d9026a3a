package com.gaplens.domain.target;

import com.gaplens.domain.shared.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Checks shared by target experiences and segment variants over lists of commitments. */
final class Commitments {

    static final int MAX_COMMITMENTS = 500;

    private Commitments() {}

    /**
     * No two commitments of the list may both be the most specific for the same measurement:
     * {@code AMBIGUOUS_PROMISE} on {@code field[j].scope} for the later one of an overlapping pair.
     */
    static void checkUnambiguous(List<Commitment> commitments, String field) {
        for (int j = 0; j < commitments.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (commitments.get(i).overlaps(commitments.get(j))) {
                    throw ambiguous(commitments.get(j), commitments.get(i), field + "[" + j + "].scope");
                }
            }
        }
    }

    static InvalidInputException ambiguous(Commitment later, Commitment earlier, String field) {
        return new InvalidInputException(
                "AMBIGUOUS_PROMISE",
                field,
                "this commitment and the one worded \"" + earlier.wording().text() + "\" promise the same variable "
                        + later.variable() + " on overlapping "
                        + later.specificity().name().toLowerCase().replace('_', '-')
                        + " scopes: say which one applies by narrowing or removing one");
    }

    static <T> void checkUniqueIds(List<T> items, Function<T, CommitmentId> id, String field) {
        Set<CommitmentId> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(id.apply(items.get(i)))) {
                throw new InvalidInputException(
                        "DUPLICATE_COMMITMENT",
                        field + "[" + i + "]",
                        "commitment " + id.apply(items.get(i)) + " is listed twice");
            }
        }
    }

    static void checkCount(int count, String field) {
        if (count > MAX_COMMITMENTS) {
            throw new InvalidInputException(
                    "TOO_MANY_COMMITMENTS", field, "at most " + MAX_COMMITMENTS + " commitments, got " + count);
        }
    }
}
