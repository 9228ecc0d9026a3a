package com.gaplens.domain.impact;

/**
 * What a tested metric says about the initiative, its {@link Direction} taken into account: significant at
 * α = 0.05 (two-sided p &lt; 0.05) with the difference going the good way is an improvement, the bad way a
 * deterioration; anything else is no detectable effect.
 */
public enum Verdict {
    IMPROVEMENT("improvement"),
    DETERIORATION("deterioration"),
    NO_DETECTABLE_EFFECT("no detectable effect");

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    /** The verdict as a person reads it. */
    public String words() {
        return words;
    }

    /** The verdict for a difference (exposed − control) with this p-value, for a metric improving in {@code direction}. */
    public static Verdict of(Direction direction, double difference, double pValue, double alpha) {
        if (!(pValue < alpha) || difference == 0) {
            return NO_DETECTABLE_EFFECT;
        }
        return direction.favours(difference) ? IMPROVEMENT : DETERIORATION;
    }
}
