package com.gaplens.domain.target;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A published, immutable version of a target experience: numbered from 1, in force from
 * {@code inForceFrom} (inclusive) until the next version's start (exclusive), with the commitments it
 * promises (at least one, none ambiguous). {@code publishedAt} records when it was published; a version
 * may be in force from before its publication (a back-dated correction), which integrators computing
 * roll-ups can detect by {@code inForceFrom < publishedAt}.
 */
public record TargetExperienceVersion(
        int number, Instant inForceFrom, Instant publishedAt, List<Commitment> commitments) {

    public TargetExperienceVersion {
        if (number < 1) {
            throw new InvalidInputException(
                    "MALFORMED_VERSION_NUMBER", "number", "published versions are numbered from 1");
        }
        Require.present(inForceFrom, "inForceFrom");
        Require.present(publishedAt, "publishedAt");
        Require.noNulls(commitments, "commitments");
        commitments = List.copyOf(commitments);
        if (commitments.isEmpty()) {
            throw new InvalidInputException(
                    "EMPTY_TARGET_EXPERIENCE",
                    "commitments",
                    "a published target experience promises at least one commitment");
        }
        Commitments.checkUniqueIds(commitments, Commitment::id, "commitments");
        Commitments.checkUnambiguous(commitments, "commitments");
    }

    public Optional<Commitment> commitment(CommitmentId id) {
        return commitments.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public boolean promises(CommitmentId id) {
        return commitment(id).isPresent();
    }
}
