package com.gaplens.domain.experience;

import com.gaplens.domain.shared.Require;

/** An experience score on the normalised 0–100 scale, 100 best. */
public record Score(double value) {

    public static final Score MIN = new Score(0);
    public static final Score MAX = new Score(100);

    public Score {
        Require.within(value, 0, 100, "SCORE_OUT_OF_RANGE", "score");
    }
}
