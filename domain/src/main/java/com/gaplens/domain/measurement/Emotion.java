package com.gaplens.domain.measurement;

/**
 * An emotion a customer felt during an interaction: the experience is an emotional trace, not only a
 * sequence of behaviours. Each emotion has a {@link Valence} used for the net valence of an emotional
 * profile (share positive − share negative).
 */
public enum Emotion {
    JOY(Valence.POSITIVE),
    TRUST(Valence.POSITIVE),
    /**
     * Neutral: surprise is the emotion of the unexpected, and can be delighted (an over-delivered
     * promise) or dismayed (a broken one). Counting it either way would bias the net valence; it counts
     * in the profile's denominator but on neither side of the balance.
     */
    SURPRISE(Valence.NEUTRAL),
    FRUSTRATION(Valence.NEGATIVE),
    ANGER(Valence.NEGATIVE),
    ANXIETY(Valence.NEGATIVE);

    private final Valence valence;

    Emotion(Valence valence) {
        this.valence = valence;
    }

    public Valence valence() {
        return valence;
    }
}
