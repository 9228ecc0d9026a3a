package com.gaplens.domain.measurement;

import com.gaplens.domain.experience.Score;
import com.gaplens.domain.scale.Scale;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.util.OptionalDouble;

/**
 * What was measured, in the native units of the measurement's scale: one respondent's answer
 * ({@link Single}) or the summary of several ({@link Aggregate}).
 *
 * <p><b>Normalisation</b> ({@link #normalise(Scale)}) gives the weight {@code w}, score {@code x} and
 * dispersion {@code s} that cell statistics add up as {@code W = Σw}, {@code S1 = Σw·x},
 * {@code S2 = Σw·(x² + s²)}:
 * <ul>
 *   <li>a single observation: {@code w = 1}, {@code s = 0};</li>
 *   <li>an aggregate with a standard deviation: {@code w = sampleSize}, {@code s} = the normalised
 *       standard deviation;</li>
 *   <li>an aggregate without one: on a share scale the Bernoulli {@code 100·√(p(1 − p))},
 *       {@code p = x/100}; otherwise the scale's default dispersion;</li>
 *   <li>an aggregate of one respondent is normalised like a single observation ({@code s = 0}).</li>
 * </ul>
 *
 * <p><b>Why {@code s = 0} for one respondent.</b> {@code S2 − S1²/W = Σw·s² + Σw·(x − lived)²}: the
 * spread <em>within</em> each measurement plus the spread <em>between</em> measurements. One
 * respondent has no spread within; the spread of single answers around the cell's lived score is
 * entirely in the between term, so with {@code s = 0} a cell of single observations gets exactly the
 * ordinary sample variance of those answers. Assuming a default dispersion for them would count the
 * same spread twice.
 *
 * <p><b>Standard deviations</b> are read as the spread of the aggregate's respondents around its
 * mean. The pooled formula is exact for the population form (divisor {@code n}); a sample standard
 * deviation (divisor {@code n − 1}) overstates {@code w·s²} by a factor {@code n/(n − 1)}, negligible
 * for the sample sizes aggregates come in. A standard deviation larger than values confined to the
 * scale can have ({@code 50·√(n/(n − 1))} once normalised; 0 for one respondent) is rejected
 * ({@code STD_DEV_OUT_OF_SCALE} on {@code stdDev}).
 */
public sealed interface Reading permits Reading.Single, Reading.Aggregate {

    /** The answer of a single observation, or the mean of an aggregate, in native units. */
    double value();

    /** How many respondents the reading summarises: 1 for a single observation. */
    int sampleSize();

    /** The native standard deviation of an aggregate's respondents, when reported. */
    OptionalDouble stdDev();

    /**
     * The reading on the 0–100 scale.
     *
     * @throws InvalidInputException {@code VALUE_OUT_OF_SCALE} on {@code value}, {@code STD_DEV_INVALID} or
     *                               {@code STD_DEV_OUT_OF_SCALE} on {@code stdDev}
     */
    NormalisedReading normalise(Scale scale);

    /**
     * A reading from the fields a client sends: a {@link Single} when {@code sampleSize} is 1 and no standard
     * deviation (or 0) is given, an {@link Aggregate} otherwise.
     */
    static Reading of(double value, int sampleSize, OptionalDouble stdDev) {
        Require.present(stdDev, "stdDev");
        if (sampleSize == 1 && (stdDev.isEmpty() || stdDev.getAsDouble() == 0)) {
            return new Single(value);
        }
        return new Aggregate(value, sampleSize, stdDev);
    }

    /** One respondent's answer. */
    record Single(double value) implements Reading {

        public Single {
            Require.finite(value, "value");
            value += 0.0; // one zero, so that equal readings are equal records
        }

        @Override
        public int sampleSize() {
            return 1;
        }

        @Override
        public OptionalDouble stdDev() {
            return OptionalDouble.empty();
        }

        @Override
        public NormalisedReading normalise(Scale scale) {
            return new NormalisedReading(1, scale.normalise(value).value(), 0);
        }
    }

    /**
     * The mean answer of {@code sampleSize ≥ 1} respondents ({@code SAMPLE_SIZE_TOO_SMALL} on
     * {@code sampleSize} otherwise) and, optionally, their standard deviation, finite and ≥ 0
     * ({@code STD_DEV_INVALID} on {@code stdDev} otherwise).
     *
     * @param value the mean, in native units
     */
    record Aggregate(double value, int sampleSize, OptionalDouble stdDev) implements Reading {

        /** Relative slack on the largest possible standard deviation, for rounding in client-side figures. */
        private static final double ROUNDING_SLACK = 1e-9;

        public Aggregate {
            Require.finite(value, "value");
            if (sampleSize < 1) {
                throw new InvalidInputException(
                        "SAMPLE_SIZE_TOO_SMALL", "sampleSize", "sampleSize must be at least 1, got " + sampleSize);
            }
            Require.present(stdDev, "stdDev");
            if (stdDev.isPresent()) {
                double sd = stdDev.getAsDouble();
                if (!Double.isFinite(sd) || sd < 0) {
                    throw new InvalidInputException(
                            "STD_DEV_INVALID", "stdDev", "stdDev must be a finite number ≥ 0, got " + sd);
                }
                stdDev = OptionalDouble.of(sd + 0.0);
            }
            value += 0.0;
        }

        @Override
        public NormalisedReading normalise(Scale scale) {
            Score score = scale.normalise(value);
            if (sampleSize == 1) {
                stdDev.ifPresent(sd -> checkPossible(scale.normaliseDispersion(sd), 0));
                return new NormalisedReading(1, score.value(), 0);
            }
            double dispersion;
            if (stdDev.isPresent()) {
                dispersion = scale.normaliseDispersion(stdDev.getAsDouble());
                checkPossible(dispersion, Scale.MAX_DISPERSION * Math.sqrt(sampleSize / (sampleSize - 1.0)));
            } else {
                dispersion = scale.dispersionWithoutStdDev(score);
            }
            return new NormalisedReading(sampleSize, score.value(), dispersion);
        }

        private static void checkPossible(double normalisedStdDev, double largestPossible) {
            if (normalisedStdDev > largestPossible * (1 + ROUNDING_SLACK)) {
                throw new InvalidInputException(
                        "STD_DEV_OUT_OF_SCALE",
                        "stdDev",
                        "stdDev is larger than answers confined to the scale can spread (at most " + largestPossible
                                + " on the 0–100 scale, got " + normalisedStdDev + ")");
            }
        }
    }
}
