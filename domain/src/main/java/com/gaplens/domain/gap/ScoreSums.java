package com.gaplens.domain.gap;

import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.measurement.NormalisedReading;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The mergeable sums of a set of normalised readings, and the lived-score statistics they give.
 *
 * <p>Per reading of weight {@code w}, score {@code x} and dispersion {@code s}:
 * {@code count} (readings), {@code W = Σw}, {@code S1 = Σw·x}, {@code S2 = Σw·(x² + s²)}, and the set of
 * methods. Two sums {@link #merge merge} by adding (and uniting the methods): associative, commutative,
 * with {@link #EMPTY} as identity. From them:
 * <ul>
 *   <li>lived {@code = S1/W};</li>
 *   <li>pooled respondent variance {@code v = (S2 − S1²/W)/(W − 1)}, undefined when {@code W ≤ 1};</li>
 *   <li>standard error {@code √(v/W)};</li>
 *   <li>95 % interval {@code lived ± q·SE}, {@code q} the 0.975 quantile of Student's t with {@code W − 1}
 *       degrees of freedom (Apache Commons Statistics).</li>
 * </ul>
 *
 * <p><b>Cancellation.</b> {@code S2 − S1²/W} subtracts two large, nearly equal numbers when the
 * respondents agree; rounding can then leave a tiny negative where the truth is 0. Such tiny negatives
 * are read as 0 — and only those: the constructor refuses sums whose deficit exceeds a relative
 * {@value #RELATIVE_TOLERANCE} of {@code S2} ({@code INCONSISTENT_CELL_SUMS}), which no sequence of
 * valid contributions and merges produces, so stored sums that were tampered with or corrupted are
 * caught instead of hidden. {@code S1 ≤ 100·W} is checked exactly: rounding is monotone and {@code 100·W}
 * is an exact integer, so sums of scores ≤ 100 never round above it, and lived stays within 0–100.
 *
 * @param count        number of measurements
 * @param weight       {@code W}, total respondents (≥ count, since each measurement weighs at least 1)
 * @param sum          {@code S1 = Σw·x}
 * @param sumOfSquares {@code S2 = Σw·(x² + s²)}
 * @param methods      the methods present
 */
public record ScoreSums(long count, long weight, double sum, double sumOfSquares, Set<MeasurementMethod> methods) {

    /** Relative slack for rounding in the consistency checks of stored sums. */
    public static final double RELATIVE_TOLERANCE = 1e-9;

    /** No measurement. */
    public static final ScoreSums EMPTY = new ScoreSums(0, 0, 0, 0, Set.of());

    public ScoreSums {
        Require.noNulls(methods, "methods");
        if (count < 0) {
            throw inconsistent("count", "count must be ≥ 0, got " + count);
        }
        if (weight < count) {
            throw inconsistent(
                    "weight", "weight must be ≥ count (every measurement weighs ≥ 1), got " + weight + " < " + count);
        }
        if (!Double.isFinite(sum) || sum < 0 || sum > 100.0 * weight) {
            throw inconsistent("sum", "sum must lie within [0, 100·weight], got " + sum);
        }
        if (!Double.isFinite(sumOfSquares) || sumOfSquares < 0) {
            throw inconsistent("sumOfSquares", "sumOfSquares must be finite and ≥ 0, got " + sumOfSquares);
        }
        if (count == 0 && (weight != 0 || sum != 0 || sumOfSquares != 0 || !methods.isEmpty())) {
            throw inconsistent("count", "sums without measurements must be zero and name no method");
        }
        if (count > 0 && methods.isEmpty()) {
            throw inconsistent("methods", "measurements were taken by at least one method");
        }
        if (weight > 0 && sum * (sum / weight) - sumOfSquares > RELATIVE_TOLERANCE * sumOfSquares) {
            throw inconsistent("sumOfSquares", "sumOfSquares must be ≥ sum²/weight (a variance is never negative)");
        }
        EnumSet<MeasurementMethod> copy = EnumSet.noneOf(MeasurementMethod.class);
        copy.addAll(methods);
        methods = Collections.unmodifiableSet(copy);
        sum += 0.0;
        sumOfSquares += 0.0;
    }

    /** The sums of one measurement. */
    public static ScoreSums of(NormalisedReading reading, MeasurementMethod method) {
        Require.present(reading, "reading");
        Require.present(method, "method");
        double w = reading.weight();
        double x = reading.score();
        double s = reading.dispersion();
        return new ScoreSums(1, reading.weight(), w * x, w * (x * x + s * s), Set.of(method));
    }

    /** The sums of both sets of measurements together. */
    public ScoreSums merge(ScoreSums other) {
        Require.present(other, "other");
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            return other;
        }
        EnumSet<MeasurementMethod> union = EnumSet.noneOf(MeasurementMethod.class);
        union.addAll(methods);
        union.addAll(other.methods);
        return new ScoreSums(
                Math.addExact(count, other.count),
                Math.addExact(weight, other.weight),
                sum + other.sum,
                sumOfSquares + other.sumOfSquares,
                union);
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The lived score {@code S1/W}; empty without measurements. */
    public OptionalDouble lived() {
        return weight == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / weight);
    }

    /** The degrees of freedom of the interval, {@code W − 1}; empty when {@code W ≤ 1}. */
    public OptionalDouble degreesOfFreedom() {
        return weight <= 1 ? OptionalDouble.empty() : OptionalDouble.of(weight - 1.0);
    }

    /** The pooled respondent variance {@code (S2 − S1²/W)/(W − 1)}; empty when {@code W ≤ 1}. */
    public OptionalDouble variance() {
        if (weight <= 1) {
            return OptionalDouble.empty();
        }
        double squaredDeviations = sumOfSquares - sum * (sum / weight);
        return OptionalDouble.of(Math.max(0, squaredDeviations) / (weight - 1.0));
    }

    /** The standard error of the lived score, {@code √(v/W)}; empty when {@code W ≤ 1}. */
    public OptionalDouble standardError() {
        OptionalDouble variance = variance();
        return variance.isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of(Math.sqrt(variance.getAsDouble() / weight));
    }

    /** The 95 % interval of the lived score; empty when {@code W ≤ 1}. */
    public Optional<ConfidenceInterval> interval() {
        OptionalDouble standardError = standardError();
        if (standardError.isEmpty()) {
            return Optional.empty();
        }
        double lived = sum / weight;
        double halfWidth = StudentT.quantile975(weight - 1.0) * standardError.getAsDouble();
        return Optional.of(new ConfidenceInterval(lived - halfWidth, lived + halfWidth));
    }

    public Triangulation triangulation() {
        return new Triangulation(methods);
    }

    /** Every reported figure of these measurements; empty without measurements. */
    public Optional<LivedScore> figures() {
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(
                new LivedScore(count, weight, sum / weight, variance(), standardError(), interval(), triangulation()));
    }

    private static InvalidInputException inconsistent(String field, String message) {
        return new InvalidInputException("INCONSISTENT_CELL_SUMS", field, message);
    }
}
