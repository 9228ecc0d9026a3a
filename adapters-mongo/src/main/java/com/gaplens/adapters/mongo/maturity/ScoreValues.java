package com.gaplens.adapters.mongo.maturity;

import com.gaplens.domain.experience.Score;

/** How experience scores are stored in maturity documents: as plain doubles (0–100). Used by the mapper. */
public final class ScoreValues {

    private ScoreValues() {}

    public static Double score(Score score) {
        return score.value();
    }

    public static Score toScore(Double value) {
        return new Score(value);
    }
}
