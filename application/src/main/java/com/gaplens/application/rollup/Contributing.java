package com.gaplens.application.rollup;

import com.gaplens.application.gaps.GapDimension;
import com.gaplens.domain.gap.CellSums;
import com.gaplens.domain.measurement.Audience;
import java.time.Instant;
import java.util.Optional;

/** What the roll-ups need of a measurement: its keys, when and for whom it was observed, and what it brings. */
public interface Contributing {

    /** Its value of {@code dimension}, in stored form; empty when it has none (no segment, unpromised). */
    Optional<String> key(GapDimension dimension);

    Instant observedAt();

    Audience audience();

    /** What it adds to each of its cells. */
    CellSums sums();
}
