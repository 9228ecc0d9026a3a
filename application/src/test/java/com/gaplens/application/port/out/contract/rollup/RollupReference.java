package com.gaplens.application.port.out.contract.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.application.gaps.GroupKey;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.application.port.out.MeasurementRepository.RecordedMeasurement;
import com.gaplens.domain.gap.CellStatistics;
import com.gaplens.domain.gap.Contribution;
import com.gaplens.domain.gap.EmotionTally;
import com.gaplens.domain.gap.ScoreSums;
import com.gaplens.domain.measurement.Emotion;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What every group of a query holds, computed here from the measurements themselves — each one's contribution
 * ({@link CellStatistics#of}) and emotion ({@link EmotionTally#of}) merged per group — never from the store's cells;
 * and the comparison of a store's answer with it: counts exactly, sums within {@value #TOLERANCE} of their magnitude
 * (additions in another order, and removals by new judgements, round differently).
 */
final class RollupReference {

    static final double TOLERANCE = 1e-9;

    private RollupReference() {}

    record Expected(CellStatistics statistics, EmotionTally emotions) {}

    /** The groups a query of {@code filter} grouped by {@code grouping} holds, in key order. */
    static TreeMap<GroupKey, Expected> groups(
            List<RecordedMeasurement> measurements, GapFilter filter, CellGrouping grouping) {
        TreeMap<GroupKey, Expected> groups = new TreeMap<>();
        for (RecordedMeasurement m : measurements) {
            if (!kept(m, filter)) {
                continue;
            }
            Map<GapDimension, String> keys = new EnumMap<>(GapDimension.class);
            grouping.dimensions().forEach(d -> m.key(d).ifPresent(v -> keys.put(d, v)));
            GroupKey key = new GroupKey(
                    keys, grouping.bucket().map(b -> b.keyOf(m.measurement().observedAt())));
            Expected one = new Expected(
                    CellStatistics.of(new Contribution(
                            m.normalised(),
                            m.measurement().method(),
                            m.judgement().targetLevel())),
                    EmotionTally.of(m.measurement().emotion()));
            groups.merge(
                    key,
                    one,
                    (a, b) -> new Expected(
                            a.statistics().merge(b.statistics()), a.emotions().merge(b.emotions())));
        }
        return groups;
    }

    private static boolean kept(RecordedMeasurement m, GapFilter filter) {
        if (m.measurement().audience() != filter.audience()) {
            return false;
        }
        LocalDate day = LocalDate.ofInstant(m.measurement().observedAt(), ZoneOffset.UTC);
        if (filter.period().isPresent() && !filter.period().get().contains(day)) {
            return false;
        }
        for (Map.Entry<GapDimension, Set<String>> kept : filter.values().entrySet()) {
            Optional<String> value = m.key(kept.getKey());
            if (value.isEmpty() || !kept.getValue().contains(value.get())) {
                return false;
            }
        }
        return true;
    }

    /** Asserts that {@code actual} holds exactly the expected groups, in the order given by {@code expected}. */
    static void assertSame(List<GroupedCell> actual, List<Map.Entry<GroupKey, Expected>> expected, String what) {
        assertThat(actual.stream().map(GroupedCell::key).toList())
                .as("the groups of %s, in order", what)
                .containsExactlyElementsOf(
                        expected.stream().map(Map.Entry::getKey).toList());
        for (int i = 0; i < actual.size(); i++) {
            String group = what + ", group " + actual.get(i).key().encoded();
            assertSame(actual.get(i).statistics(), expected.get(i).getValue().statistics(), group);
            assertSame(actual.get(i).emotions(), expected.get(i).getValue().emotions(), group);
        }
    }

    static void assertSame(CellStatistics actual, CellStatistics expected, String what) {
        assertSame(actual.promised(), expected.promised(), what + " (promised)");
        assertSame(actual.unpromised(), expected.unpromised(), what + " (unpromised)");
        assertClose(actual.targetSum(), expected.targetSum(), what + " T");
    }

    private static void assertSame(ScoreSums actual, ScoreSums expected, String what) {
        assertThat(actual.count()).as(what + " count").isEqualTo(expected.count());
        assertThat(actual.weight()).as(what + " weight").isEqualTo(expected.weight());
        assertThat(actual.methods()).as(what + " methods").isEqualTo(expected.methods());
        assertClose(actual.sum(), expected.sum(), what + " S1");
        assertClose(actual.sumOfSquares(), expected.sumOfSquares(), what + " S2");
    }

    private static void assertSame(EmotionTally actual, EmotionTally expected, String what) {
        assertThat(actual.measurements()).as(what + " measurements tallied").isEqualTo(expected.measurements());
        assertThat(actual.byEmotion().keySet())
                .as(what + " emotions")
                .isEqualTo(expected.byEmotion().keySet());
        for (Emotion emotion : expected.byEmotion().keySet()) {
            assertThat(actual.byEmotion().get(emotion).count())
                    .as(what + " " + emotion)
                    .isEqualTo(expected.byEmotion().get(emotion).count());
            assertClose(
                    actual.byEmotion().get(emotion).intensitySum(),
                    expected.byEmotion().get(emotion).intensitySum(),
                    what + " " + emotion + " intensity");
        }
    }

    private static void assertClose(double actual, double expected, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(TOLERANCE * Math.max(1, Math.abs(expected))));
    }
}
