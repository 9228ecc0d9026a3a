package com.gaplens.domain.impact;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.util.ArrayList;
import java.util.List;

/**
 * One finite value per customer for a continuous metric (a cost, a revenue). Reduces to a
 * {@link ContinuousSummary} with the sample mean and the sample standard deviation (divisor {@code n − 1}, computed
 * in two passes around the mean); one value gives a standard deviation of 0, none gives {@code (0, 0, 0)}.
 *
 * <p>Failures: {@code REQUIRED} when the list or an entry is missing, {@code NOT_FINITE} on {@code values[i]}.
 */
public record ContinuousObservations(List<Double> values) implements Observations {

    public ContinuousObservations {
        Require.noNulls(values, "values");
        values = List.copyOf(values);
        for (int i = 0; i < values.size(); i++) {
            Require.finite(values.get(i), "values[" + i + "]");
        }
    }

    public static ContinuousObservations of(double... values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return new ContinuousObservations(list);
    }

    @Override
    public MetricKind kind() {
        return MetricKind.CONTINUOUS;
    }

    @Override
    public long n() {
        return values.size();
    }

    @Override
    public ContinuousSummary summary() {
        int n = values.size();
        if (n == 0) {
            return new ContinuousSummary(0, 0, 0);
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        if (n == 1) {
            return new ContinuousSummary(1, mean, 0);
        }
        double squares = 0;
        for (double v : values) {
            double d = v - mean;
            squares += d * d;
        }
        return new ContinuousSummary(n, mean, Math.sqrt(squares / (n - 1)));
    }

    @Override
    public ContinuousObservations append(Observations more) {
        if (!(more instanceof ContinuousObservations continuous)) {
            throw new InvalidInputException(
                    "DATA_KIND_MISMATCH",
                    "observations",
                    "continuous observations cannot be followed by rate outcomes");
        }
        List<Double> all = new ArrayList<>(values);
        all.addAll(continuous.values);
        return new ContinuousObservations(all);
    }
}
