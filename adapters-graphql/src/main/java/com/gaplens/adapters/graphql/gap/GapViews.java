package com.gaplens.adapters.graphql.gap;

import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.application.gaps.GapCell;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.domain.brand.BrandId;
import com.gaplens.domain.brand.BrandValueId;
import com.gaplens.domain.gap.ConfidenceInterval;
import com.gaplens.domain.gap.EmotionalProfile;
import com.gaplens.domain.gap.Gap;
import com.gaplens.domain.gap.LivedScore;
import com.gaplens.domain.gap.Severity;
import com.gaplens.domain.gap.Significance;
import com.gaplens.domain.measurement.Emotion;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.segment.SegmentId;
import com.gaplens.domain.target.CommitmentId;
import com.gaplens.domain.touchpoint.TouchpointId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** What gap views answer, shaped as the schema says (also what other views embed, like an impact study's gaps). */
public final class GapViews {

    private GapViews() {}

    public record IntervalView(double lower, double upper) {
        static IntervalView of(ConfidenceInterval interval) {
            return new IntervalView(interval.lower(), interval.upper());
        }
    }

    public record GapKeyView(GapDimension dimension, String value, String label) {
        /** A cell's key, its value a global id for catalogue objects, labelled by name (by that id if none). */
        static GapKeyView of(GapDimension dimension, GapCell.Key key) {
            String value = globalId(dimension, key.value());
            return new GapKeyView(dimension, value, key.label().orElse(value));
        }
    }

    /**
     * A cell as the schema's {@code GapCell}: figures without a prefix cover every measurement, {@code promised…} and
     * the gap's (target, gap, standard error, interval, significance, severity) the promised ones only.
     */
    public record GapCellView(
            List<GapKeyView> keys,
            String bucket,
            long count,
            long weight,
            double lived,
            Double livedStandardError,
            IntervalView livedInterval,
            long promisedCount,
            long promisedWeight,
            Double promisedLived,
            Double target,
            Double gap,
            Double standardError,
            IntervalView interval,
            Significance significance,
            Boolean significant,
            Severity severity,
            List<MeasurementMethod> methods,
            int methodCount,
            boolean weakSignal,
            long unpromisedCount,
            long unpromisedWeight,
            Double unpromisedLived) {

        public static GapCellView of(GapCell cell) {
            LivedScore lived = cell.report().lived();
            Optional<Gap> gap = cell.report().gap();
            Optional<LivedScore> promised = gap.map(Gap::lived);
            List<GapKeyView> keys = new ArrayList<>();
            cell.keys().forEach((dimension, key) -> keys.add(GapKeyView.of(dimension, key)));
            List<MeasurementMethod> methods = List.copyOf(lived.triangulation().methods());
            return new GapCellView(
                    keys,
                    cell.bucket().orElse(null),
                    lived.count(),
                    lived.weight(),
                    lived.lived(),
                    orNull(lived.standardError()),
                    lived.interval().map(IntervalView::of).orElse(null),
                    promised.map(LivedScore::count).orElse(0L),
                    promised.map(LivedScore::weight).orElse(0L),
                    promised.map(LivedScore::lived).orElse(null),
                    gap.map(Gap::target).orElse(null),
                    gap.map(Gap::value).orElse(null),
                    promised.map(p -> orNull(p.standardError())).orElse(null),
                    promised.flatMap(LivedScore::interval).map(IntervalView::of).orElse(null),
                    gap.map(Gap::significance).orElse(null),
                    gap.map(Gap::isSignificant).orElse(null),
                    gap.map(Gap::severity).orElse(null),
                    methods,
                    methods.size(),
                    lived.triangulation().weakSignal(),
                    cell.report().unpromisedCount(),
                    cell.report().unpromisedWeight(),
                    cell.report().unpromised().map(LivedScore::lived).orElse(null));
        }
    }

    /** The figures of a gap alone (fluidity, fullness): all of the promised measurements. */
    record GapFiguresView(
            long promisedCount,
            long promisedWeight,
            double promisedLived,
            double lived,
            double target,
            double gap,
            Double standardError,
            IntervalView interval,
            Significance significance,
            Severity severity,
            List<MeasurementMethod> methods) {
        static GapFiguresView of(Gap gap) {
            return new GapFiguresView(
                    gap.lived().count(),
                    gap.lived().weight(),
                    gap.lived().lived(),
                    gap.lived().lived(),
                    gap.target(),
                    gap.value(),
                    orNull(gap.lived().standardError()),
                    gap.lived().interval().map(IntervalView::of).orElse(null),
                    gap.significance(),
                    gap.severity(),
                    List.copyOf(gap.lived().triangulation().methods()));
        }
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    record FluidityAndFullnessView(GapFiguresView fluidity, GapFiguresView fullness) {}

    record EmotionShareView(Emotion emotion, long count, double share, double meanIntensity) {}

    record EmotionalProfileView(long measurements, long carrying, List<EmotionShareView> emotions, Double netValence) {
        static EmotionalProfileView of(EmotionalProfile profile) {
            List<EmotionShareView> shares = new ArrayList<>();
            profile.emotions()
                    .forEach((emotion, share) -> shares.add(
                            new EmotionShareView(emotion, share.count(), share.share(), share.meanIntensity())));
            return new EmotionalProfileView(
                    profile.measurements(),
                    profile.carrying(),
                    shares,
                    profile.netValence().isPresent() ? profile.netValence().getAsDouble() : null);
        }
    }

    record GapMatrixView(
            List<GapCellView> cells, List<GapCellView> families, List<GapCellView> dimensions, GapCellView total) {}

    static String globalId(GapDimension dimension, String value) {
        return switch (dimension) {
            case BRAND -> GlobalIds.of(new BrandId(value));
            case BRAND_VALUE -> GlobalIds.of(new BrandValueId(value));
            case COMMITMENT -> GlobalIds.of(new CommitmentId(value));
            case TOUCHPOINT -> GlobalIds.of(new TouchpointId(value));
            case SEGMENT -> GlobalIds.of(new SegmentId(value));
            default -> value;
        };
    }
}
