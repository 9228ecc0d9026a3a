package com.gaplens.application.gaps;

import com.gaplens.domain.shared.Require;
import java.util.Comparator;
import java.util.OptionalDouble;

/**
 * How gap cells are sorted: by one figure (cells without it — no gap, no interval — last, whatever the direction)
 * or by their keys; ties always by keys ascending, so that pages are stable.
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
        TARGET,
        COUNT,
        WEIGHT,
        STD_ERROR,
        UNPROMISED_COUNT
    }

    public Comparator<GapCell> comparator() {
        Comparator<GapCell> byKeys = Comparator.comparing(GapCell::identity);
        if (field == Field.KEYS) {
            return descending ? byKeys.reversed() : byKeys;
        }
        Comparator<Double> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Comparator<GapCell> byFigure = Comparator.comparing(
                (GapCell cell) -> {
                    OptionalDouble v = figure(cell);
                    return v.isPresent() ? v.getAsDouble() : null;
                },
                Comparator.nullsLast(values));
        return byFigure.thenComparing(byKeys);
    }

    /** The figure sorted by, for a cursor. */
    public OptionalDouble figure(GapCell cell) {
        return switch (field) {
            case KEYS -> OptionalDouble.empty();
            case GAP ->
                cell.report().gap().map(g -> OptionalDouble.of(g.value())).orElse(OptionalDouble.empty());
            case LIVED -> OptionalDouble.of(cell.report().lived().lived());
            case TARGET -> cell.statistics().target();
            case COUNT -> OptionalDouble.of(cell.statistics().count());
            case WEIGHT -> OptionalDouble.of(cell.statistics().weight());
            case STD_ERROR -> cell.report().lived().standardError();
            case UNPROMISED_COUNT -> OptionalDouble.of(cell.report().unpromisedCount());
        };
    }
}
