package com.gaplens.domain.testdata;

import com.gaplens.domain.target.CommitmentId;
import java.util.function.Supplier;

/** Hands out {@code <prefix>-1}, {@code <prefix>-2}, … as commitment ids. */
public final class SequentialCommitmentIds implements Supplier<CommitmentId> {

    private final String prefix;
    private int next = 1;

    public SequentialCommitmentIds(String prefix) {
        this.prefix = prefix;
    }

    public static SequentialCommitmentIds central() {
        return new SequentialCommitmentIds("c");
    }

    public static SequentialCommitmentIds added() {
        return new SequentialCommitmentIds("a");
    }

    @Override
    public CommitmentId get() {
        return new CommitmentId(prefix + "-" + next++);
    }
}
