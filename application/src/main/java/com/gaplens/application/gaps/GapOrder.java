package com.gaplens.application.gaps;

import com.gaplens.domain.gap.CellStatistics;
import com.gaplens.domain.shared.Require;
import java.util.Comparator;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * How gap cells are sorted: by one figure (cells without it — no gap, no interval — last, whatever the direction),
 * ties by their identity ascending, so that pages are stable; or by their keys ({@link #BY_KEYS}), in the order of
 * {@link GroupKey}, which the store sorts by.
 */
public record GapOrder(Field field, boolean descending) {

    public static final GapOrder BY_KEYS = new GapOrder(Field.KEYS, false);

    public GapOrder {
        Require.present(field, "orderBy.field");
    }

    public enum Field {
        KEYS,
        GAP,
        LIVED,
        PROMISED_LIVED,
        TARGET,
        COUNT,
        WEIGHT,
        STD_ERROR,
        UNPROMISED_COUNT
    }

    /**
     * This order by a figure over anything with a figure (as {@link #figure} computes it, once beforehand) and an
     * {@link GapCell#identity() identity}: a raw group sorts exactly where the cell reported from it would, since
     * every figure sorted by comes from the statistics alone.
     */
    public <T> Comparator<T> comparing(
            Function<? super T, OptionalDouble> figure, Function<? super T, String> identity) {
        if (field == Field.KEYS) {
            throw new IllegalStateException("an order by keys is GroupKey's, which the store sorts by");
        }
        Comparator<T> byKeys = Comparator.comparing(identity);
        Comparator<Double> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Comparator<T> byFigure = Comparator.comparing(
                (T item) -> {
                    OptionalDouble v = figure.apply(item);
                    return v.isPresent() ? v.getAsDouble() : null;
                },
                Comparator.nullsLast(values));
        return byFigure.thenComparing(byKeys);
    }

    /**
     * The figure sorted by, from the statistics alone (no interval, no quantile), as the cell's report shows it: the
     * gap's value; the lived score of every measurement; the lived score of the promised ones, the target and the
     * standard error of the gap (that of the promised lived score); the counts and weight of every measurement.
     */
    public OptionalDouble figure(CellStatistics statistics) {
        return switch (field) {
            case KEYS -> OptionalDouble.empty();
            case GAP -> statistics.gapValue();
            case LIVED -> statistics.all().lived();
            case PROMISED_LIVED -> statistics.promised().lived();
            case TARGET -> statistics.target();
            case COUNT -> OptionalDouble.of(statistics.count());
            case WEIGHT -> OptionalDouble.of(statistics.weight());
            case STD_ERROR -> statistics.promised().standardError();
            case UNPROMISED_COUNT -> OptionalDouble.of(statistics.unpromised().count());
        };
    }
}
