package com.gaplens.adapters.graphql.gap;

import com.gaplens.adapters.graphql.support.GlobalIds;
import com.gaplens.application.gaps.CellGrouping;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.application.gaps.GapFilter;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.InteractionFamily;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.experience.PerceptionDimension;
import com.gaplens.domain.gap.Period;
import com.gaplens.domain.gap.TimeBucket;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** Reads the inputs of gap views into the application's filter and grouping, naming the field of any error. */
final class GapInputs {

    record PeriodInput(LocalDate from, LocalDate to) {}

    record GapFilterInput(
            List<String> brandIds,
            List<String> valueIds,
            List<String> commitmentIds,
            List<JourneyPhase> phases,
            List<String> touchpointIds,
            List<Channel> channels,
            List<InteractionFamily> families,
            List<PerceptionDimension> dimensions,
            List<ExperienceVariable> variables,
            List<String> segmentIds,
            List<MeasurementMethod> methods,
            PeriodInput period,
            Audience audience) {}

    private GapInputs() {}

    static Optional<Period> period(PeriodInput input, String path) {
        if (input == null) {
            return Optional.empty();
        }
        if (input.from() == null || input.to() == null) {
            throw new InvalidInputException("REQUIRED", path + (input.from() == null ? ".from" : ".to"), "required");
        }
        try {
            return Optional.of(new Period(input.from(), input.to()));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.reason(), path + ".to", e.getMessage());
        }
    }

    static GapFilter filter(GapFilterInput input) {
        if (input == null) {
            return GapFilter.everything();
        }
        Map<GapDimension, Set<String>> values = new EnumMap<>(GapDimension.class);
        ids(
                values,
                GapDimension.BRAND,
                input.brandIds(),
                "filter.brandIds",
                (id, f) -> GlobalIds.brand(id, f).value());
        ids(
                values,
                GapDimension.BRAND_VALUE,
                input.valueIds(),
                "filter.valueIds",
                (id, f) -> GlobalIds.brandValue(id, f).value());
        ids(
                values,
                GapDimension.COMMITMENT,
                input.commitmentIds(),
                "filter.commitmentIds",
                (id, f) -> GlobalIds.commitment(id, f).value());
        ids(
                values,
                GapDimension.TOUCHPOINT,
                input.touchpointIds(),
                "filter.touchpointIds",
                (id, f) -> GlobalIds.touchpoint(id, f).value());
        ids(
                values,
                GapDimension.SEGMENT,
                input.segmentIds(),
                "filter.segmentIds",
                (id, f) -> GlobalIds.segment(id, f).value());
        names(values, GapDimension.PHASE, input.phases());
        names(values, GapDimension.CHANNEL, input.channels());
        names(values, GapDimension.FAMILY, input.families());
        names(values, GapDimension.DIMENSION, input.dimensions());
        names(values, GapDimension.VARIABLE, input.variables());
        names(values, GapDimension.METHOD, input.methods());
        return new GapFilter(
                values,
                period(input.period(), "filter.period"),
                input.audience() == null ? Audience.CUSTOMER : input.audience());
    }

    static CellGrouping grouping(List<GapDimension> groupBy, TimeBucket bucket) {
        return new CellGrouping(groupBy == null ? Set.of() : new LinkedHashSet<>(groupBy), Optional.ofNullable(bucket));
    }

    private static void ids(
            Map<GapDimension, Set<String>> values,
            GapDimension dimension,
            List<String> ids,
            String path,
            BiFunction<String, String, String> decode) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Set<String> decoded = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            decoded.add(decode.apply(ids.get(i), path + "[" + i + "]"));
        }
        values.put(dimension, decoded);
    }

    private static void names(
            Map<GapDimension, Set<String>> values, GapDimension dimension, List<? extends Enum<?>> kept) {
        if (kept == null || kept.isEmpty()) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        kept.forEach(k -> names.add(k.name()));
        values.put(dimension, names);
    }
}
