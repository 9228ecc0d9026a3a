package com.gaplens.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.domain.experience.Score;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.measurement.NormalisedReading;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Merging is exact: the statistics of a cell built from parts, in any grouping and order, are those of
 * all its raw measurements at once. The reference below recomputes every figure from the raw list with
 * a plain two-pass computation (mean first, then squared deviations), independent of the sums the
 * production code keeps.
 */
class CellStatisticsMergeTest {

    private static final double RELATIVE = 1e-9;
    private static final MeasurementMethod[] METHODS = MeasurementMethod.values();

    /** One raw measurement on the 0–100 scale; {@code target} empty when no commitment covers it. */
    record Raw(long weight, double score, double dispersion, OptionalDouble target, MeasurementMethod method) {

        Contribution contribution() {
            NormalisedReading reading = new NormalisedReading(weight, score, dispersion);
            return target.isPresent()
                    ? Contribution.promised(reading, method, new Score(target.getAsDouble()))
                    : Contribution.unpromised(reading, method);
        }
    }

    /** The figures of a set of raw measurements, computed the textbook way. */
    record Reference(
            long count,
            long weight,
            OptionalDouble mean,
            OptionalDouble variance,
            OptionalDouble target,
            Set<MeasurementMethod> methods) {

        static Reference of(List<Raw> raws) {
            long count = raws.size();
            long weight = raws.stream().mapToLong(Raw::weight).sum();
            Set<MeasurementMethod> methods = EnumSet.noneOf(MeasurementMethod.class);
            raws.forEach(raw -> methods.add(raw.method()));
            if (weight == 0) {
                return new Reference(
                        0, 0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), methods);
            }
            // first pass: the weighted mean, and the weighted mean target
            double weightedScores = 0;
            double weightedTargets = 0;
            boolean promised = true;
            for (Raw raw : raws) {
                weightedScores += raw.weight() * raw.score();
                if (raw.target().isPresent()) {
                    weightedTargets += raw.weight() * raw.target().getAsDouble();
                } else {
                    promised = false;
                }
            }
            double mean = weightedScores / weight;
            // second pass: spread within each measurement plus spread of measurements around the mean
            double squaredDeviations = 0;
            for (Raw raw : raws) {
                double deviation = raw.score() - mean;
                squaredDeviations += raw.weight() * (raw.dispersion() * raw.dispersion() + deviation * deviation);
            }
            OptionalDouble variance =
                    weight > 1 ? OptionalDouble.of(squaredDeviations / (weight - 1)) : OptionalDouble.empty();
            OptionalDouble target = promised ? OptionalDouble.of(weightedTargets / weight) : OptionalDouble.empty();
            return new Reference(count, weight, OptionalDouble.of(mean), variance, target, methods);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765, 10946})
    void mergingInAnyGroupingAndOrderEqualsComputingFromAllRawMeasurementsAtOnce(long seed) {
        // given a random list of raw measurements, some promised, some not
        Random random = new Random(seed);
        List<Raw> raws = randomMeasurements(random);

        // when built from random parts merged in a random order, and from everything at once
        CellStatistics merged = mergeInRandomGrouping(raws, random);
        CellStatistics atOnce =
                CellStatistics.of(raws.stream().map(Raw::contribution).toList());

        // then both agree with the reference computed from the raw list
        List<Raw> promised =
                raws.stream().filter(raw -> raw.target().isPresent()).toList();
        List<Raw> unpromised =
                raws.stream().filter(raw -> raw.target().isEmpty()).toList();
        for (CellStatistics cell : List.of(merged, atOnce)) {
            assertMatches(cell.all(), Reference.of(raws));
            assertMatches(cell.promised(), Reference.of(promised));
            assertMatches(cell.unpromised(), Reference.of(unpromised));
            assertClose(cell.target(), Reference.of(promised).target());
        }
        // and the two cells give the same intervals and gaps
        Optional<Gap> mergedGap = merged.gap(SeverityThresholds.DEFAULT);
        Optional<Gap> atOnceGap = atOnce.gap(SeverityThresholds.DEFAULT);
        assertThat(mergedGap.isPresent()).isEqualTo(atOnceGap.isPresent());
        mergedGap.ifPresent(gap -> {
            assertClose(gap.value(), atOnceGap.orElseThrow().value());
            gap.lived().interval().ifPresent(interval -> {
                assertClose(
                        interval.lower(),
                        atOnceGap.orElseThrow().lived().interval().orElseThrow().lower());
                assertClose(
                        interval.upper(),
                        atOnceGap.orElseThrow().lived().interval().orElseThrow().upper());
            });
        });
    }

    private static List<Raw> randomMeasurements(Random random) {
        int size = 1 + random.nextInt(random.nextBoolean() ? 5 : 300);
        double promisedShare = random.nextInt(4) / 3.0; // none, a third, two thirds or all promised
        List<Raw> raws = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            boolean single = random.nextInt(3) == 0;
            long weight = single ? 1 : 1 + random.nextInt(500);
            // discrete scores now and then, so that ties and zero spread occur
            double score = random.nextInt(4) == 0 ? 25 * random.nextInt(5) : 100 * random.nextDouble();
            double dispersion = single ? 0 : 40 * random.nextDouble();
            OptionalDouble target = random.nextDouble() < promisedShare
                    ? OptionalDouble.of(100 * random.nextDouble())
                    : OptionalDouble.empty();
            MeasurementMethod method = METHODS[random.nextInt(1 + random.nextInt(METHODS.length))];
            raws.add(new Raw(weight, score, dispersion, target, method));
        }
        return raws;
    }

    /** Shuffled, cut into random parts (empty ones included), merged pairwise in random order and direction. */
    private static CellStatistics mergeInRandomGrouping(List<Raw> raws, Random random) {
        List<Raw> shuffled = new ArrayList<>(raws);
        Collections.shuffle(shuffled, random);
        List<CellStatistics> parts = new ArrayList<>();
        int from = 0;
        while (from < shuffled.size()) {
            int to = Math.min(
                    shuffled.size(), from + random.nextInt(1 + shuffled.size() / 3) + (random.nextInt(5) == 0 ? 0 : 1));
            parts.add(CellStatistics.of(
                    shuffled.subList(from, to).stream().map(Raw::contribution).toList()));
            from = to;
        }
        while (parts.size() > 1) {
            CellStatistics a = parts.remove(random.nextInt(parts.size()));
            CellStatistics b = parts.remove(random.nextInt(parts.size()));
            parts.add(random.nextBoolean() ? a.merge(b) : b.merge(a));
        }
        return parts.getFirst();
    }

    private static void assertMatches(ScoreSums sums, Reference reference) {
        assertThat(sums.count()).isEqualTo(reference.count());
        assertThat(sums.weight()).isEqualTo(reference.weight());
        assertThat(sums.methods()).isEqualTo(reference.methods());
        assertClose(sums.lived(), reference.mean());
        assertClose(sums.variance(), reference.variance());
        OptionalDouble referenceStandardError = reference.variance().isPresent()
                ? OptionalDouble.of(Math.sqrt(reference.variance().getAsDouble() / reference.weight()))
                : OptionalDouble.empty();
        assertClose(sums.standardError(), referenceStandardError);
    }

    private static void assertClose(OptionalDouble actual, OptionalDouble expected) {
        assertThat(actual.isPresent()).isEqualTo(expected.isPresent());
        if (expected.isPresent()) {
            assertClose(actual.getAsDouble(), expected.getAsDouble());
        }
    }

    private static void assertClose(double actual, double expected) {
        assertThat(Math.abs(actual - expected))
                .as("%s against %s", actual, expected)
                .isLessThanOrEqualTo(RELATIVE * Math.max(1, Math.abs(expected)));
    }
}
