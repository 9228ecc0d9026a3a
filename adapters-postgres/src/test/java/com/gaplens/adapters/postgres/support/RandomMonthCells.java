package com.gaplens.adapters.postgres.support;

import com.gaplens.application.bi.GapRow;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GroupedCell;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.experience.Score;
import com.gaplens.domain.gap.CellStatistics;
import com.gaplens.domain.gap.Contribution;
import com.gaplens.domain.gap.EmotionTally;
import com.gaplens.domain.gap.SeverityThresholds;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.measurement.NormalisedReading;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Month rows of random measurements over a small catalogue (two brands, four touchpoints, three commitments, two
 * segments, every variable and method, the twelve months of 2026), each cell the merge of its measurements'
 * contributions as the roll-ups merge them.
 */
public final class RandomMonthCells {

    private static final String[] TOUCHPOINTS = {"tp-1", "tp-2", "tp-3", "tp-4"};
    private static final JourneyPhase[] PHASES = {
        JourneyPhase.BEFORE_PURCHASE, JourneyPhase.PURCHASE, JourneyPhase.AFTER_PURCHASE, JourneyPhase.USAGE
    };
    private static final Channel[] CHANNELS = {Channel.WEB, Channel.STORE, Channel.PHONE, Channel.MOBILE_APP};

    private RandomMonthCells() {}

    /** {@code measurements} random measurements, merged into their month cells, as rows of version 1. */
    public static List<GapRow> rows(Random random, int measurements) {
        record Cell(Map<GapDimension, String> keys, String month) {}
        Map<Cell, CellStatistics> cells = new LinkedHashMap<>();
        for (int i = 0; i < measurements; i++) {
            Map<GapDimension, String> keys = new EnumMap<>(GapDimension.class);
            int tp = random.nextInt(TOUCHPOINTS.length);
            ExperienceVariable variable = ExperienceVariable.values()[random.nextInt(12)];
            MeasurementMethod method = MeasurementMethod.values()[random.nextInt(6)];
            keys.put(GapDimension.BRAND, tp < 3 ? "b-1" : "b-2");
            keys.put(GapDimension.PHASE, PHASES[tp].name());
            keys.put(GapDimension.TOUCHPOINT, TOUCHPOINTS[tp]);
            keys.put(GapDimension.CHANNEL, CHANNELS[tp].name());
            keys.put(GapDimension.FAMILY, variable.family().name());
            keys.put(GapDimension.DIMENSION, variable.dimension().name());
            keys.put(GapDimension.VARIABLE, variable.name());
            keys.put(GapDimension.METHOD, method.name());
            int segment = random.nextInt(3);
            if (segment > 0) {
                keys.put(GapDimension.SEGMENT, "s-" + segment);
            }
            int commitment = random.nextInt(4);
            Optional<Score> target = Optional.empty();
            if (commitment > 0) {
                keys.put(GapDimension.COMMITMENT, "c-" + commitment);
                keys.put(GapDimension.BRAND_VALUE, commitment == 3 ? "v-2" : "v-1");
                target = Optional.of(new Score(50 + 10 * commitment));
            }
            String month = "2026-%02d".formatted(1 + random.nextInt(12));
            long weight = random.nextInt(4) == 0 ? 1 + random.nextInt(200) : 1;
            double score = Math.round(random.nextDouble() * 1000) / 10.0;
            double dispersion = weight == 1 ? 0 : random.nextDouble() * 30;
            Contribution contribution =
                    new Contribution(new NormalisedReading(weight, score, dispersion), method, target);
            cells.merge(new Cell(keys, month), CellStatistics.of(contribution), CellStatistics::merge);
        }
        List<GapRow> rows = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Cell, CellStatistics> cell : cells.entrySet()) {
            GroupedCell grouped = new GroupedCell(
                    cell.getKey().keys(), Optional.of(cell.getKey().month()), cell.getValue(), EmotionTally.empty());
            rows.add(GapRow.of("cell-" + (i++), 1, grouped, SeverityThresholds.DEFAULT));
        }
        return rows;
    }
}
