package com.gaplens.domain.measurement;

import com.gaplens.domain.shared.Require;

/**
 * The emotion a measurement carries and its intensity, from 0 (barely felt) to 1 (overwhelming).
 * Rejects an intensity outside [0, 1] or not finite ({@code EMOTION_INTENSITY_OUT_OF_RANGE} on
 * {@code emotion.intensity}).
 */
public record EmotionReading(Emotion emotion, double intensity) {

    public EmotionReading {
        Require.present(emotion, "emotion.emotion");
        Require.within(intensity, 0, 1, "EMOTION_INTENSITY_OUT_OF_RANGE", "emotion.intensity");
        intensity += 0.0; // one zero, so that equal readings are equal records
    }
}
