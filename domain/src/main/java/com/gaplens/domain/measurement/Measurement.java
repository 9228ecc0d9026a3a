package com.gaplens.domain.measurement;

import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.scale.Scale;
import com.gaplens.domain.scale.ScaleCode;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.shared.Require;
import com.gaplens.domain.shared.ValidInstants;
import com.gaplens.domain.tenant.TenantId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One measurement of what customers lived at one interaction: a touchpoint of a brand, on one of the
 * twelve experience variables, taken by one method, on one scale, at one instant, optionally for one
 * segment and with an emotion. Measurements are immutable facts: recorded once, never edited.
 *
 * <p><b>Idempotency.</b> The client names each measurement with an {@link ExternalId}, unique within the
 * tenant. Recording the same id again with {@link #sameContentAs the same content} is a duplicate (a
 * harmless replay); with other content it is a conflict. Content is every component, compared exactly;
 * to make that comparison stable across a store round trip, {@code observedAt} is kept to the
 * millisecond (what document stores hold) and negative zeros are folded into zeros.
 *
 * <p>The record does not know the scale, only its code: a use case that records a measurement checks
 * it against the scale with {@link #normalise(Scale)}, which rejects a value outside the scale.
 *
 * @param sourceReference where the measurement comes from (a survey wave, a URL, a complaint number),
 *                        at most {@value #MAX_SOURCE_REFERENCE_LENGTH} characters, stripped
 * @param audience        whose experience it is: customers (what gaps judge) or employees (the symmetry gap)
 */
public record Measurement(
        TenantId tenant,
        ExternalId externalId,
        BrandId brand,
        TouchpointId touchpoint,
        ExperienceVariable variable,
        Optional<SegmentId> segment,
        MeasurementMethod method,
        ScaleCode scale,
        Reading reading,
        Instant observedAt,
        Optional<EmotionReading> emotion,
        Optional<String> sourceReference,
        Audience audience) {

    public static final int MAX_SOURCE_REFERENCE_LENGTH = 2_000;

    public Measurement {
        Require.present(tenant, "tenantId");
        Require.present(externalId, "externalId");
        Require.present(brand, "brandId");
        Require.present(touchpoint, "touchpointId");
        Require.present(variable, "variable");
        Require.present(segment, "segmentId");
        Require.present(method, "method");
        Require.present(scale, "scaleCode");
        Require.present(reading, "reading");
        ValidInstants.check(observedAt, "observedAt");
        Require.present(emotion, "emotion");
        Require.present(sourceReference, "sourceReference");
        Require.present(audience, "audience");
        observedAt = observedAt.truncatedTo(ChronoUnit.MILLIS);
        sourceReference =
                sourceReference.map(text -> Require.text(text, "sourceReference", MAX_SOURCE_REFERENCE_LENGTH));
    }

    /**
     * Whether {@code other} says exactly the same thing as this measurement: every component equal. Two
     * measurements with the same tenant and external id and the same content are one measurement
     * recorded twice (a duplicate); with different content, a conflict.
     */
    public boolean sameContentAs(Measurement other) {
        return equals(Require.present(other, "other"));
    }

    /** Whether {@code other} claims the same identity: same tenant, same external id. */
    public boolean sameIdentityAs(Measurement other) {
        Require.present(other, "other");
        return tenant.equals(other.tenant) && externalId.equals(other.externalId);
    }

    /**
     * The reading on the 0–100 scale, checked against the measurement's scale.
     *
     * @throws IllegalArgumentException when {@code scale} is not the measurement's scale (a caller's bug)
     * @throws com.gaplens.domain.shared.InvalidInputException when the reading does not fit the scale
     *         ({@code VALUE_OUT_OF_SCALE}, {@code STD_DEV_OUT_OF_SCALE})
     */
    public NormalisedReading normalise(Scale scale) {
        if (!scale.code().equals(this.scale)) {
            throw new IllegalArgumentException(
                    "measurement " + externalId + " is on scale " + this.scale + ", not " + scale.code());
        }
        return reading.normalise(scale);
    }
}
