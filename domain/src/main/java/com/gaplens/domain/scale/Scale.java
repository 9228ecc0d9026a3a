package com.gaplens.domain.scale;

import com.gaplens.domain.experience.Score;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.util.OptionalDouble;

/**
 * A measurement scale: its native range {@code [min, max]}, its {@link Direction}, whether its values
 * are <em>shares</em> (proportions of customers, e.g. "served in time", "complained"), and the
 * dispersion to assume for an aggregate reported without a standard deviation.
 *
 * <p><b>Normalisation.</b> A native value {@code v} becomes the experience score
 * {@code 100·(v − min)/(max − min)}, or {@code 100·(max − v)/(max − min)} when lower is better. A value
 * outside {@code [min, max]}, or not finite, is rejected ({@code VALUE_OUT_OF_SCALE} on field
 * {@code value}); it is never clamped. A native standard deviation is normalised with the same factor,
 * as an absolute value: {@code 100·sd/(max − min)}, whatever the direction.
 *
 * <p><b>Dispersion without a standard deviation</b> ({@link #dispersionWithoutStdDev(Score)}): on a share
 * scale the Bernoulli dispersion {@code 100·√(p(1 − p))} with {@code p = score/100}; otherwise
 * {@link #defaultDispersion()}, which is {@link #UNIFORM_DISPERSION} ({@code 100/√12}, the standard
 * deviation of a uniform spread over the whole 0–100 range) unless the scale declares another.
 *
 * <p>The standard scales are in {@link StandardScales}; tenants declare theirs with
 * {@link #define}, which refuses the standard codes. The canonical constructor checks every invariant
 * and is what persistence uses to rebuild a stored scale.
 *
 * @param code              the stable code measurements name the scale by
 * @param name              a human name, at most {@value #MAX_NAME_LENGTH} characters
 * @param min               lowest native value, finite
 * @param max               highest native value, finite, above {@code min}
 * @param direction         which end is better
 * @param share             whether the values are shares (proportions): drives the Bernoulli dispersion
 * @param defaultDispersion the normalised (0–100) dispersion assumed for a non-share aggregate reported
 *                          without standard deviation, within [0, 50]
 */
public record Scale(
        ScaleCode code,
        String name,
        double min,
        double max,
        Direction direction,
        boolean share,
        double defaultDispersion) {

    /** {@code 100/√12}: the standard deviation of a uniform spread over 0–100, the default dispersion. */
    public static final double UNIFORM_DISPERSION = 100 / Math.sqrt(12);

    /** The largest possible standard deviation of values confined to 0–100 (half of them at each end). */
    public static final double MAX_DISPERSION = 50;

    public static final int MAX_NAME_LENGTH = 100;

    public Scale {
        Require.present(code, "scaleCode");
        name = Require.text(name, "name", MAX_NAME_LENGTH);
        Require.finite(min, "min");
        Require.finite(max, "max");
        if (!(min < max) || !Double.isFinite(max - min)) {
            throw new InvalidInputException(
                    "SCALE_RANGE_INVALID",
                    "max",
                    "max must be above min (and the range finite), got [" + min + ", " + max + "]");
        }
        Require.present(direction, "direction");
        Require.within(defaultDispersion, 0, MAX_DISPERSION, "DEFAULT_DISPERSION_OUT_OF_RANGE", "defaultDispersion");
        // -0.0 and 0.0 are the same bound; keep one so that equal scales are equal records.
        min += 0.0;
        max += 0.0;
        defaultDispersion += 0.0;
    }

    /**
     * A tenant-defined scale. Refuses the codes of the {@link StandardScales} ({@code SCALE_CODE_RESERVED}
     * on {@code scaleCode}) and a declared dispersion on a share scale, which always uses the Bernoulli
     * dispersion ({@code DISPERSION_NOT_APPLICABLE_TO_SHARES} on {@code defaultDispersion}).
     *
     * @param declaredDispersion the default dispersion on the 0–100 scale; empty for {@link #UNIFORM_DISPERSION}
     */
    public static Scale define(
            ScaleCode code,
            String name,
            double min,
            double max,
            Direction direction,
            boolean share,
            OptionalDouble declaredDispersion) {
        Require.present(code, "scaleCode");
        Require.present(declaredDispersion, "defaultDispersion");
        if (StandardScales.isStandard(code)) {
            throw new InvalidInputException(
                    "SCALE_CODE_RESERVED",
                    "scaleCode",
                    "scaleCode " + code + " is a standard scale and cannot be redefined");
        }
        if (share && declaredDispersion.isPresent()) {
            throw new InvalidInputException(
                    "DISPERSION_NOT_APPLICABLE_TO_SHARES",
                    "defaultDispersion",
                    "a share scale uses the Bernoulli dispersion; it cannot declare a default dispersion");
        }
        return new Scale(code, name, min, max, direction, share, declaredDispersion.orElse(UNIFORM_DISPERSION));
    }

    /** Whether {@code value} is a finite number within {@code [min, max]}. */
    public boolean accepts(double value) {
        return Double.isFinite(value) && value >= min && value <= max;
    }

    /**
     * The experience score of a native value.
     *
     * @throws InvalidInputException {@code VALUE_OUT_OF_SCALE} on {@code value} when the value is not finite or
     *                               lies outside {@code [min, max]}
     */
    public Score normalise(double value) {
        if (!accepts(value)) {
            throw new InvalidInputException(
                    "VALUE_OUT_OF_SCALE",
                    "value",
                    "value must be a number within [" + min + ", " + max + "] on scale " + code + ", got " + value);
        }
        // The ratio is computed first: it is exactly 0 at min and exactly 1 at max, so the score stays in 0–100.
        double fraction =
                direction == Direction.HIGHER_IS_BETTER ? (value - min) / (max - min) : (max - value) / (max - min);
        return new Score(100 * fraction);
    }

    /**
     * A native standard deviation on the 0–100 scale: {@code 100·sd/(max − min)}. Direction does not matter:
     * a dispersion is a distance.
     *
     * @throws InvalidInputException {@code STD_DEV_INVALID} on {@code stdDev} when it is negative or not finite
     */
    public double normaliseDispersion(double nativeStdDev) {
        if (!Double.isFinite(nativeStdDev) || nativeStdDev < 0) {
            throw new InvalidInputException(
                    "STD_DEV_INVALID", "stdDev", "stdDev must be a finite number ≥ 0, got " + nativeStdDev);
        }
        return 100 * (nativeStdDev / (max - min));
    }

    /**
     * The normalised dispersion to assume for an aggregate of mean score {@code score} reported without a
     * standard deviation: Bernoulli {@code 100·√(p(1 − p))}, {@code p = score/100}, on a share scale;
     * {@link #defaultDispersion()} otherwise.
     */
    public double dispersionWithoutStdDev(Score score) {
        if (share) {
            double p = score.value() / 100;
            return 100 * Math.sqrt(p * (1 - p));
        }
        return defaultDispersion;
    }
}
