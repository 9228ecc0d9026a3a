package com.gaplens.domain.impact;

import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.Require;
import java.util.ArrayList;
import java.util.List;

/**
 * One yes/no outcome per customer for a rate metric ({@code true} = retained, bought more…). Reduces to a
 * {@link RateSummary}: n outcomes, successes = number of {@code true}.
 *
 * <p>{@link #ofZeroOne(int...)} takes the 0/1 coding used by files and APIs; any other number is refused with
 * {@code NOT_ZERO_OR_ONE} on {@code outcomes[i]}.
 */
public record RateObservations(List<Boolean> outcomes) implements Observations {

    public RateObservations {
        Require.noNulls(outcomes, "outcomes");
        outcomes = List.copyOf(outcomes);
    }

    /** Outcomes coded 0 (no) or 1 (yes). */
    public static RateObservations ofZeroOne(int... outcomes) {
        List<Boolean> list = new ArrayList<>(outcomes.length);
        for (int i = 0; i < outcomes.length; i++) {
            int o = outcomes[i];
            if (o != 0 && o != 1) {
                throw new InvalidInputException(
                        "NOT_ZERO_OR_ONE", "outcomes[" + i + "]", "a rate outcome is 0 or 1, got " + o);
            }
            list.add(o == 1);
        }
        return new RateObservations(list);
    }

    @Override
    public MetricKind kind() {
        return MetricKind.RATE;
    }

    @Override
    public long n() {
        return outcomes.size();
    }

    @Override
    public RateSummary summary() {
        long successes = outcomes.stream().filter(Boolean::booleanValue).count();
        return new RateSummary(outcomes.size(), successes);
    }

    @Override
    public RateObservations append(Observations more) {
        if (!(more instanceof RateObservations rate)) {
            throw new InvalidInputException(
                    "DATA_KIND_MISMATCH", "observations", "rate outcomes cannot be followed by continuous values");
        }
        List<Boolean> all = new ArrayList<>(outcomes);
        all.addAll(rate.outcomes);
        return new RateObservations(all);
    }
}
