package com.gaplens.domain.measurement;

import static com.gaplens.domain.measurement.ReadingTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.scale.StandardScales;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    private static final Instant OBSERVED = Instant.parse("2025-03-14T09:26:53.589Z");

    private static Measurement measurement(Reading reading, Instant observedAt, Optional<String> sourceReference) {
        return new Measurement(
                new TenantId("acme"),
                new ExternalId("survey-2025-03/42"),
                new BrandId("brand-1"),
                new TouchpointId("checkout"),
                ExperienceVariable.ACCESS_EASY,
                Optional.of(new SegmentId("over-45")),
                MeasurementMethod.BAROMETER,
                new ScaleCode("CES_7"),
                reading,
                observedAt,
                Optional.of(new EmotionReading(Emotion.FRUSTRATION, 0.6)),
                sourceReference,
                Audience.CUSTOMER);
    }

    private static Measurement measurement() {
        return measurement(new Reading.Aggregate(2.5, 120, OptionalDouble.of(1.2)), OBSERVED, Optional.of("wave 12"));
    }

    @Test
    void theSameMeasurementRecordedTwiceHasTheSameContent() {
        assertThat(measurement().sameContentAs(measurement())).isTrue();
        assertThat(measurement().sameIdentityAs(measurement())).isTrue();
    }

    @Test
    void theSameIdWithAnotherReadingIsNotTheSameContent() {
        // given
        Measurement first = measurement();
        Measurement replayedWithOtherMean =
                measurement(new Reading.Aggregate(2.6, 120, OptionalDouble.of(1.2)), OBSERVED, Optional.of("wave 12"));

        // then same identity, other content: a conflict for the recording use case
        assertThat(replayedWithOtherMean.sameIdentityAs(first)).isTrue();
        assertThat(replayedWithOtherMean.sameContentAs(first)).isFalse();
    }

    @Test
    void observationTimeIsKeptToTheMillisecondSoThatAStoreRoundTripIsNoConflict() {
        Measurement withNanos = measurement(new Reading.Single(3), OBSERVED.plusNanos(123_456), Optional.empty());
        Measurement asStored = measurement(new Reading.Single(3), OBSERVED, Optional.empty());

        assertThat(withNanos.observedAt()).isEqualTo(OBSERVED);
        assertThat(withNanos.sameContentAs(asStored)).isTrue();
    }

    @Test
    void theSourceReferenceIsAtMostTwoThousandCharacters() {
        assertThat(measurement(new Reading.Single(3), OBSERVED, Optional.of("x".repeat(2_000)))
                        .sourceReference())
                .hasValueSatisfying(text -> assertThat(text).hasSize(2_000));
        assertRejected(
                () -> measurement(new Reading.Single(3), OBSERVED, Optional.of("x".repeat(2_001))),
                "TOO_LONG",
                "sourceReference");
        assertRejected(
                () -> measurement(new Reading.Single(3), OBSERVED, Optional.of("  ")), "BLANK", "sourceReference");
    }

    @Test
    void aMeasurementIsNormalisedOnItsOwnScale() {
        // CES_7 mean 2.5 → 100·(7 − 2.5)/6 = 75; sd 1.2 → 1.2·100/6 = 20
        NormalisedReading normalised = measurement().normalise(StandardScales.CES_7);

        assertThat(normalised.weight()).isEqualTo(120);
        assertThat(normalised.score()).isCloseTo(75, within(1e-12));
        assertThat(normalised.dispersion()).isCloseTo(20, within(1e-12));
    }

    @Test
    void normalisingOnAnotherScaleIsACallersBug() {
        assertThatThrownBy(() -> measurement().normalise(StandardScales.LIKERT_7))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyComponentIsRequired() {
        assertRejected(() -> measurement(null, OBSERVED, Optional.empty()), "REQUIRED", "reading");
        assertRejected(() -> measurement(new Reading.Single(3), null, Optional.empty()), "REQUIRED", "observedAt");
    }

    @Test
    void anExternalIdIsNonBlankAtMost255CharactersAndKeptVerbatim() {
        assertThat(new ExternalId(" a ").value()).isEqualTo(" a ");
        assertThat(new ExternalId("x".repeat(255)).value()).hasSize(255);
        assertRejected(() -> new ExternalId("x".repeat(256)), "TOO_LONG", "externalId");
        assertRejected(() -> new ExternalId(" \t"), "BLANK", "externalId");
        assertRejected(() -> new ExternalId(""), "BLANK", "externalId");
        assertRejected(() -> new ExternalId(null), "REQUIRED", "externalId");
    }
}
