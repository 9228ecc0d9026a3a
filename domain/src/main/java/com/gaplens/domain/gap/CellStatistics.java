package com.gaplens.domain.gap;

import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The mergeable statistics of one cell: any set of measurements (one commitment on one day, a
 * touchpoint × variable over a quarter, a whole brand over a year).
 *
 * <p><b>Promised and unpromised parts.</b> A cell may hold measurements that a commitment covers
 * (<em>promised</em>, each with the effective target {@code t} of its commitment) and measurements that
 * none covers (<em>unpromised</em>): a query grouped by touchpoint × variable, say, mixes both. The two
 * parts keep separate {@link ScoreSums}, and the target sum {@code T = Σw·t} runs over the promised part
 * only. Hence:
 * <ul>
 *   <li>{@link #all() lived views} (lived score, its interval, methods) use every measurement;</li>
 *   <li>the {@link #gap gap} uses the promised part only: target {@code = T/W_promised}, gap
 *       {@code = lived_promised − target}, its interval and significance from the promised sums. Mixing
 *       unpromised measurements into the lived side of a gap would compare them with a promise nobody
 *       made;</li>
 *   <li>the unpromised part is reported as such (count, weight, lived): the blind spots of the promise.</li>
 * </ul>
 * When a cell is all promised, {@code all()} and the gap's lived side coincide.
 *
 * <p>{@link #merge} adds the sums part by part: associative, commutative, with {@link #empty()} as identity,
 * so every roll-up is exact up to floating-point rounding. The canonical constructor is also how stored
 * sums are restored; it checks their consistency ({@code INCONSISTENT_CELL_SUMS}).
 *
 * @param promised   sums over the measurements a commitment covers
 * @param targetSum  {@code T = Σw·t} over the promised measurements
 * @param unpromised sums over the measurements no commitment covers
 */
public record CellStatistics(ScoreSums promised, double targetSum, ScoreSums unpromised) {

    private static final CellStatistics EMPTY = new CellStatistics(ScoreSums.EMPTY, 0, ScoreSums.EMPTY);

    public CellStatistics {
        Require.present(promised, "promised");
        Require.present(unpromised, "unpromised");
        if (!Double.isFinite(targetSum) || targetSum < 0 || targetSum > 100.0 * promised.weight()) {
            throw new InvalidInputException(
                    "INCONSISTENT_CELL_SUMS",
                    "targetSum",
                    "targetSum must lie within [0, 100·promised weight], got " + targetSum);
        }
        targetSum += 0.0;
    }

    /** The statistics of no measurement: the identity of {@link #merge}. */
    public static CellStatistics empty() {
        return EMPTY;
    }

    /** The statistics of one measurement. */
    public static CellStatistics of(Contribution contribution) {
        Require.present(contribution, "contribution");
        ScoreSums sums = ScoreSums.of(contribution.reading(), contribution.method());
        return contribution
                .target()
                .map(t -> new CellStatistics(sums, contribution.reading().weight() * t.value(), ScoreSums.EMPTY))
                .orElseGet(() -> new CellStatistics(ScoreSums.EMPTY, 0, sums));
    }

    /** The statistics of these measurements. */
    public static CellStatistics of(Contribution... contributions) {
        return of(List.of(contributions));
    }

    /** The statistics of these measurements. */
    public static CellStatistics of(Collection<Contribution> contributions) {
        Require.noNulls(contributions, "contributions");
        CellStatistics cell = EMPTY;
        for (Contribution contribution : contributions) {
            cell = cell.merge(of(contribution));
        }
        return cell;
    }

    /** The statistics of both cells' measurements together. */
    public CellStatistics merge(CellStatistics other) {
        Require.present(other, "other");
        return new CellStatistics(
                promised.merge(other.promised), targetSum + other.targetSum, unpromised.merge(other.unpromised));
    }

    /** The sums over every measurement, promised or not: what lived views report. */
    public ScoreSums all() {
        return promised.merge(unpromised);
    }

    /** Measurements in the cell, promised or not. */
    public long count() {
        return promised.count() + unpromised.count();
    }

    /** Respondents in the cell, promised or not. */
    public long weight() {
        return promised.weight() + unpromised.weight();
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    /** Every method present, promised or not. */
    public Set<MeasurementMethod> methods() {
        return all().methods();
    }

    /** The target {@code T/W_promised}: the weighted mean of the promised measurements' targets; empty when none is. */
    public OptionalDouble target() {
        return promised.weight() == 0 ? OptionalDouble.empty() : OptionalDouble.of(targetSum / promised.weight());
    }

    /**
     * The value of {@link #gap the gap}, {@code lived_promised − target}, without its interval: what a sort by gap
     * needs, at a fraction of the cost. Empty exactly when {@link #gap} is.
     */
    public OptionalDouble gapValue() {
        return promised.isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of(promised.sum() / promised.weight() - targetSum / promised.weight());
    }

    /** The gap of the promised measurements; empty when no measurement of the cell is promised. */
    public Optional<Gap> gap(SeverityThresholds thresholds) {
        Require.present(thresholds, "thresholds");
        return promised.figures().map(lived -> Gap.of(lived, targetSum / promised.weight(), thresholds));
    }

    /** Everything a view reports for this cell; empty for an empty cell. */
    public Optional<CellReport> report(SeverityThresholds thresholds) {
        Require.present(thresholds, "thresholds");
        return all().figures().map(lived -> new CellReport(lived, gap(thresholds), unpromised.figures()));
    }
}
