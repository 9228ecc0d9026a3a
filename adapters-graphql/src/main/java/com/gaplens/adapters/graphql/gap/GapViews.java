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
import java.util.stream.Collectors;

/** What gap views answer, shaped as the schema says (also what other views embed, like an impact study's gaps). */
public final class GapViews {

    private GapViews() {}

    public record IntervalView(double lower, double upper) {
        static IntervalView of(ConfidenceInterval interval) {
            return new IntervalView(interval.lower(), interval.upper());
        }
    }

    public record GapKeyView(GapDimension dimension, String value, String label) {}

    public record GapCellView(
            List<GapKeyView> keys,
            String bucket,
            long count,
            long weight,
            double lived,
            Double livedStandardError,
            IntervalView livedInterval,
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
            List<GapKeyView> keys = new ArrayList<>();
            cell.keys()
                    .forEach((dimension, key) ->
                            keys.add(new GapKeyView(dimension, globalId(dimension, key.value()), key.label())));
            List<MeasurementMethod> methods = List.copyOf(cell.statistics().methods());
            return new GapCellView(
                    keys,
                    cell.bucket().orElse(null),
                    cell.statistics().count(),
                    cell.statistics().weight(),
                    lived.lived(),
                    lived.standardError().isPresent() ? lived.standardError().getAsDouble() : null,
                    lived.interval().map(IntervalView::of).orElse(null),
                    gap.map(Gap::target).orElse(null),
                    gap.map(Gap::value).orElse(null),
                    gap.flatMap(g -> g.lived().standardError().isPresent()
                                    ? Optional.of(g.lived().standardError().getAsDouble())
                                    : Optional.empty())
                            .orElse(null),
                    gap.flatMap(g -> g.lived().interval()).map(IntervalView::of).orElse(null),
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

    record GapFiguresView(
            double lived,
            double target,
            double gap,
            IntervalView interval,
            Significance significance,
            Severity severity,
            List<MeasurementMethod> methods) {
        static GapFiguresView of(Gap gap) {
            return new GapFiguresView(
                    gap.lived().lived(),
                    gap.target(),
                    gap.value(),
                    gap.lived().interval().map(IntervalView::of).orElse(null),
                    gap.significance(),
                    gap.severity(),
                    List.copyOf(gap.lived().triangulation().methods()));
        }
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

    /** One flat BI row; component names are the column names. */
    @SuppressWarnings("checkstyle:RecordComponentName")
    record BiGapRow(
            String brand_id,
            String brand,
            String brand_value_id,
            String brand_value,
            String commitment_id,
            String commitment,
            String phase,
            String touchpoint_id,
            String touchpoint,
            String channel,
            String family,
            String dimension,
            String variable,
            String segment_id,
            String segment,
            String method,
            String bucket,
            long n,
            long weight,
            double lived,
            Double target,
            Double gap,
            Double std_error,
            Double ci_low,
            Double ci_high,
            Boolean significant,
            String severity,
            String methods,
            int triangulation,
            long unpromised_n) {

        /** The columns, in order: the CSV header. */
        static final List<String> COLUMNS = List.of(
                "brand_id",
                "brand",
                "brand_value_id",
                "brand_value",
                "commitment_id",
                "commitment",
                "phase",
                "touchpoint_id",
                "touchpoint",
                "channel",
                "family",
                "dimension",
                "variable",
                "segment_id",
                "segment",
                "method",
                "bucket",
                "n",
                "weight",
                "lived",
                "target",
                "gap",
                "std_error",
                "ci_low",
                "ci_high",
                "significant",
                "severity",
                "methods",
                "triangulation",
                "unpromised_n");

        static BiGapRow of(GapCell cell) {
            GapCellView view = GapCellView.of(cell);
            return new BiGapRow(
                    id(cell, GapDimension.BRAND),
                    label(cell, GapDimension.BRAND),
                    id(cell, GapDimension.BRAND_VALUE),
                    label(cell, GapDimension.BRAND_VALUE),
                    id(cell, GapDimension.COMMITMENT),
                    label(cell, GapDimension.COMMITMENT),
                    label(cell, GapDimension.PHASE),
                    id(cell, GapDimension.TOUCHPOINT),
                    label(cell, GapDimension.TOUCHPOINT),
                    label(cell, GapDimension.CHANNEL),
                    label(cell, GapDimension.FAMILY),
                    label(cell, GapDimension.DIMENSION),
                    label(cell, GapDimension.VARIABLE),
                    id(cell, GapDimension.SEGMENT),
                    label(cell, GapDimension.SEGMENT),
                    label(cell, GapDimension.METHOD),
                    view.bucket(),
                    view.count(),
                    view.weight(),
                    view.lived(),
                    view.target(),
                    view.gap(),
                    view.standardError(),
                    view.interval() == null ? null : view.interval().lower(),
                    view.interval() == null ? null : view.interval().upper(),
                    view.significant(),
                    view.severity() == null ? null : view.severity().name(),
                    view.methods().stream().map(Enum::name).collect(Collectors.joining("|")),
                    view.methodCount(),
                    view.unpromisedCount());
        }

        /** The row's values in {@link #COLUMNS} order, as text (empty for null). */
        List<String> values() {
            List<Object> values = List.of(
                    orEmpty(brand_id),
                    orEmpty(brand),
                    orEmpty(brand_value_id),
                    orEmpty(brand_value),
                    orEmpty(commitment_id),
                    orEmpty(commitment),
                    orEmpty(phase),
                    orEmpty(touchpoint_id),
                    orEmpty(touchpoint),
                    orEmpty(channel),
                    orEmpty(family),
                    orEmpty(dimension),
                    orEmpty(variable),
                    orEmpty(segment_id),
                    orEmpty(segment),
                    orEmpty(method),
                    orEmpty(bucket),
                    n,
                    weight,
                    lived,
                    orEmpty(target),
                    orEmpty(gap),
                    orEmpty(std_error),
                    orEmpty(ci_low),
                    orEmpty(ci_high),
                    orEmpty(significant),
                    orEmpty(severity),
                    methods,
                    triangulation,
                    unpromised_n);
            return values.stream().map(String::valueOf).toList();
        }

        private static Object orEmpty(Object value) {
            return value == null ? "" : value;
        }

        private static String id(GapCell cell, GapDimension dimension) {
            GapCell.Key key = cell.keys().get(dimension);
            return key == null ? null : globalId(dimension, key.value());
        }

        private static String label(GapCell cell, GapDimension dimension) {
            GapCell.Key key = cell.keys().get(dimension);
            return key == null ? null : key.label();
        }
    }

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
