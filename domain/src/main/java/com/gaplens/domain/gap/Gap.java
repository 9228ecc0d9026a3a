package com.gaplens.domain.gap;

import com.gaplens.domain.shared.Require;

/**
 * The gap between promise and lived experience over a set of promised measurements:
 * {@code value = lived − target} on the 0–100 scale; negative means the promise is not kept. Built by
 * {@link #of}, which derives significance and severity; the constructor checks that {@code value} is
 * {@code lived − target}.
 *
 * @param lived        the lived score of the promised measurements, with its interval and methods
 * @param target       the (weighted mean) effective target of those measurements
 * @param value        {@code lived − target}
 * @param significance whether the 95 % interval of the lived score excludes the target
 * @param severity     the size of the gap by the tenant's thresholds (regardless of significance)
 */
public record Gap(LivedScore lived, double target, double value, Significance significance, Severity severity) {

    public Gap {
        Require.present(lived, "lived");
        Require.present(significance, "significance");
        Require.present(severity, "severity");
        Require.within(target, 0, 100, "TARGET_OUT_OF_RANGE", "target");
        if (Double.compare(value, lived.lived() - target) != 0) {
            throw new IllegalArgumentException(
                    "a gap is lived − target: " + lived.lived() + " − " + target + " ≠ " + value);
        }
    }

    /** The gap of a lived score against a target. */
    public static Gap of(LivedScore lived, double target, SeverityThresholds thresholds) {
        Require.present(lived, "lived");
        Require.present(thresholds, "thresholds");
        double value = lived.lived() - target;
        Significance significance = lived.interval()
                .map(interval -> interval.excludes(target) ? Significance.SIGNIFICANT : Significance.NOT_SIGNIFICANT)
                .orElse(Significance.UNDETERMINED);
        return new Gap(lived, target, value, significance, thresholds.classify(value));
    }

    public boolean isSignificant() {
        return significance == Significance.SIGNIFICANT;
    }

    /** The methods behind the gap. */
    public Triangulation triangulation() {
        return lived.triangulation();
    }
}
