package com.gaplens.application.rollup;

import static com.gaplens.application.gaps.GapDimension.BRAND;
import static com.gaplens.application.gaps.GapDimension.BRAND_VALUE;
import static com.gaplens.application.gaps.GapDimension.CHANNEL;
import static com.gaplens.application.gaps.GapDimension.COMMITMENT;
import static com.gaplens.application.gaps.GapDimension.DIMENSION;
import static com.gaplens.application.gaps.GapDimension.FAMILY;
import static com.gaplens.application.gaps.GapDimension.PHASE;
import static com.gaplens.application.gaps.GapDimension.SEGMENT;
import static com.gaplens.application.gaps.GapDimension.TOUCHPOINT;
import static com.gaplens.application.gaps.GapDimension.VARIABLE;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.domain.gap.TimeBucket;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The levels the roll-ups are kept at. Each measurement adds to one cell of every level: the cell of its values of
 * the dimensions the level keeps, its audience, and its day or month. {@link #DAY} and {@link #MONTH} keep every
 * dimension; the five cubes keep a few, per month, so that a view needing no finer key reads a dozen cells a month
 * where the month cells may hold one per measurement.
 *
 * <p>A query reads exactly one level: {@link #serving} picks the smallest that keeps every dimension the query filters
 * or groups on, at the finest time it needs. Every level is kept up to date by the same additions, so no level is
 * ever behind another.
 */
public enum RollupLevel {
    DAY(Grain.DAY, EnumSet.allOf(GapDimension.class)),
    MONTH(Grain.MONTH, EnumSet.allOf(GapDimension.class)),
    BRAND_VARIABLE(Grain.MONTH, EnumSet.of(BRAND, VARIABLE, FAMILY, DIMENSION, COMMITMENT, BRAND_VALUE)),
    BRAND_TOUCHPOINT(Grain.MONTH, EnumSet.of(BRAND, TOUCHPOINT, PHASE, CHANNEL)),
    SEGMENT_VARIABLE(Grain.MONTH, EnumSet.of(BRAND, SEGMENT, VARIABLE, FAMILY, DIMENSION, COMMITMENT, BRAND_VALUE)),
    SEGMENT_TOUCHPOINT(Grain.MONTH, EnumSet.of(BRAND, SEGMENT, TOUCHPOINT, PHASE, CHANNEL)),
    TOUCHPOINT_VARIABLE(
            Grain.MONTH,
            EnumSet.of(BRAND, TOUCHPOINT, PHASE, CHANNEL, VARIABLE, FAMILY, DIMENSION, COMMITMENT, BRAND_VALUE));

    /** The time a level's cells are keyed by. */
    public enum Grain {
        DAY,
        MONTH
    }

    /** The cubes, smallest first: the order in which {@link #serving} tries them. */
    private static final RollupLevel[] CUBES = {
        BRAND_VARIABLE, BRAND_TOUCHPOINT, SEGMENT_VARIABLE, SEGMENT_TOUCHPOINT, TOUCHPOINT_VARIABLE
    };

    private final Grain grain;
    private final Set<GapDimension> kept;

    RollupLevel(Grain grain, Set<GapDimension> kept) {
        this.grain = grain;
        this.kept = Collections.unmodifiableSet(kept);
    }

    public Grain grain() {
        return grain;
    }

    /** The dimensions its cells are keyed by (with the brand, the audience and the time, which all levels keep). */
    public Set<GapDimension> kept() {
        return kept;
    }

    /** Whether it keeps only some dimensions (one of the cubes). */
    public boolean isCube() {
        return kept.size() < GapDimension.values().length;
    }

    /**
     * The level a query reads: day cells when it needs days (a bucket of a day or a week, or a period that is not
     * made of whole months), otherwise the smallest cube that keeps every dimension it filters or groups on, or else
     * the month cells.
     */
    public static RollupLevel serving(GapFilter filter, CellGrouping grouping) {
        boolean fineBucket = grouping.bucket()
                .map(b -> b == TimeBucket.DAY || b == TimeBucket.WEEK)
                .orElse(false);
        boolean wholeMonths = filter.period()
                .map(p ->
                        p.from().getDayOfMonth() == 1 && p.to().equals(p.to().with(TemporalAdjusters.lastDayOfMonth())))
                .orElse(true);
        if (fineBucket || !wholeMonths) {
            return DAY;
        }
        return cubeKeeping(filter, grouping).orElse(MONTH);
    }

    private static Optional<RollupLevel> cubeKeeping(GapFilter filter, CellGrouping grouping) {
        Set<GapDimension> needed = EnumSet.noneOf(GapDimension.class);
        needed.addAll(filter.values().keySet());
        needed.addAll(grouping.dimensions());
        for (RollupLevel cube : CUBES) {
            if (cube.kept.containsAll(needed)) {
                return Optional.of(cube);
            }
        }
        return Optional.empty();
    }
}
