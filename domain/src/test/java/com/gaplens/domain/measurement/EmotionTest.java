package com.gaplens.domain.measurement;

import static com.gaplens.domain.measurement.ReadingTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EmotionTest {

    @Test
    void joyAndTrustArePositiveSurpriseNeutralTheRestNegative() {
        assertThat(Arrays.stream(Emotion.values()).filter(e -> e.valence() == Valence.POSITIVE))
                .containsExactly(Emotion.JOY, Emotion.TRUST);
        assertThat(Arrays.stream(Emotion.values()).filter(e -> e.valence() == Valence.NEUTRAL))
                .containsExactly(Emotion.SURPRISE);
        assertThat(Arrays.stream(Emotion.values()).filter(e -> e.valence() == Valence.NEGATIVE))
                .containsExactly(Emotion.FRUSTRATION, Emotion.ANGER, Emotion.ANXIETY);
    }

    @Test
    void anIntensityFromZeroToOneIsAccepted() {
        assertThat(new EmotionReading(Emotion.JOY, 0).intensity()).isZero();
        assertThat(new EmotionReading(Emotion.JOY, 1).intensity()).isEqualTo(1);
        assertThat(new EmotionReading(Emotion.ANGER, 0.35).intensity()).isEqualTo(0.35);
    }

    @Test
    void anIntensityOutsideZeroToOneIsRejected() {
        assertRejected(
                () -> new EmotionReading(Emotion.JOY, 1.01), "EMOTION_INTENSITY_OUT_OF_RANGE", "emotion.intensity");
        assertRejected(
                () -> new EmotionReading(Emotion.JOY, -0.01), "EMOTION_INTENSITY_OUT_OF_RANGE", "emotion.intensity");
        assertRejected(
                () -> new EmotionReading(Emotion.JOY, Double.NaN),
                "EMOTION_INTENSITY_OUT_OF_RANGE",
                "emotion.intensity");
    }

    @Test
    void anEmotionReadingNamesItsEmotion() {
        assertRejected(() -> new EmotionReading(null, 0.5), "REQUIRED", "emotion.emotion");
    }
}
