package com.gaplens.adapters.graphql.gap;

import static com.gaplens.adapters.graphql.gap.GapRowsCsvParameter.AUDIENCE;
import static com.gaplens.adapters.graphql.gap.GapRowsCsvParameter.BRAND_IDS;
import static com.gaplens.adapters.graphql.gap.GapRowsCsvParameter.BUCKET;
import static com.gaplens.adapters.graphql.gap.GapRowsCsvParameter.CHANNELS;
import static com.gaplens.adapters.graphql.gap.GapRowsCsvParameter.COMMITMENT_IDS;
import static com.gaplens.adapters.graphql.gap.GapRowsCsvParameter.DIMENSIONS;
import static com.gaplens.adapters.graphql.gap.GapRowsCsvParameter.FAMILIES;
import static com.gaplens.adapters.graphql.gap.GapRowsCsvParameter.FROM;
import static com.gaplens.adapters.graphql.gap.GapRowsCsvParameter.GROUP_BY;
import static com.gaplens.adapters.graphql.gap.GapRowsCsvParameter.METHODS;
import static com.gaplens.adapters.graphql.gap.GapRowsCsvParameter.PHASES;
import static com.gaplens.adapters.graphql.gap.GapRowsCsvParameter.SEGMENT_IDS;
import static com.gaplens.adapters.graphql.gap.GapRowsCsvParameter.TO;
import static com.gaplens.adapters.graphql.gap.GapRowsCsvParameter.TOUCHPOINT_IDS;
import static com.gaplens.adapters.graphql.gap.GapRowsCsvParameter.VALUE_IDS;
import static com.gaplens.adapters.graphql.gap.GapRowsCsvParameter.VARIABLES;

import com.gaplens.adapters.graphql.gap.GapInputs.GapFilterInput;
import com.gaplens.adapters.graphql.gap.GapInputs.PeriodInput;
import com.gaplens.application.gaps.GapDimension;
import com.gaplens.domain.experience.Channel;
import com.gaplens.domain.experience.ExperienceVariable;
import com.gaplens.domain.experience.InteractionFamily;
import com.gaplens.domain.experience.JourneyPhase;
import com.gaplens.domain.experience.PerceptionDimension;
import com.gaplens.domain.gap.TimeBucket;
import com.gaplens.domain.measurement.Audience;
import com.gaplens.domain.measurement.MeasurementMethod;
import com.gaplens.domain.shared.DomainException;
import com.gaplens.domain.shared.InvalidInputException;
import com.gaplens.domain.shared.ValidInstants;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;

/**
 * What the CSV export's URL asks for: the filter, grouping and bucket of {@code biGapRows}, read from its query
 * parameters ({@link GapRowsCsvParameter}; lists comma-separated, enum values in any case). A name the export does
 * not know, or one given twice, is refused as such ({@link RefusedName}); a value is refused by the same rules as
 * over GraphQL, its field the parameter's name.
 */
record GapRowsCsvRequest(GapFilterInput filter, List<GapDimension> groupBy, TimeBucket bucket) {

    static GapRowsCsvRequest read(MultiValueMap<String, String> given) {
        Map<String, String> parameters = knownAndOnce(given);
        GapFilterInput filter = new GapFilterInput(
                list(parameters, BRAND_IDS, Function.identity()),
                list(parameters, VALUE_IDS, Function.identity()),
                list(parameters, COMMITMENT_IDS, Function.identity()),
                list(parameters, PHASES, v -> enumValue(JourneyPhase.class, v, PHASES)),
                list(parameters, TOUCHPOINT_IDS, Function.identity()),
                list(parameters, CHANNELS, v -> enumValue(Channel.class, v, CHANNELS)),
                list(parameters, FAMILIES, v -> enumValue(InteractionFamily.class, v, FAMILIES)),
                list(parameters, DIMENSIONS, v -> enumValue(PerceptionDimension.class, v, DIMENSIONS)),
                list(parameters, VARIABLES, v -> enumValue(ExperienceVariable.class, v, VARIABLES)),
                list(parameters, SEGMENT_IDS, Function.identity()),
                list(parameters, METHODS, v -> enumValue(MeasurementMethod.class, v, METHODS)),
                period(parameters),
                value(parameters, AUDIENCE)
                        .map(v -> enumValue(Audience.class, v, AUDIENCE))
                        .orElse(Audience.CUSTOMER));
        List<GapDimension> groupBy = list(parameters, GROUP_BY, v -> enumValue(GapDimension.class, v, GROUP_BY));
        TimeBucket bucket = value(parameters, BUCKET)
                .map(v -> enumValue(TimeBucket.class, v, BUCKET))
                .orElse(null);
        return new GapRowsCsvRequest(filter, groupBy, bucket);
    }

    /**
     * The parameters, each once. The first the export does not know ({@code UNKNOWN_PARAMETER}) or that is given more
     * than once ({@code REPEATED_PARAMETER}: only one of its values would be read) is refused: {@link GapRowsCsvController#refusedName}.
     */
    private static Map<String, String> knownAndOnce(MultiValueMap<String, String> given) {
        given.forEach((name, values) -> {
            if (GapRowsCsvParameter.named(name).isEmpty()) {
                throw new RefusedName(
                        name,
                        "UNKNOWN_PARAMETER",
                        name + " is not a parameter of this export; it takes " + GapRowsCsvParameter.acceptedNames());
            }
            if (values.size() > 1) {
                throw new RefusedName(
                        name,
                        "REPEATED_PARAMETER",
                        name + " is given " + values.size() + " times; give it once, a list's values separated by"
                                + " commas (" + name + "=a,b).");
            }
        });
        return given.toSingleValueMap();
    }

    /**
     * A parameter name refused as such. Not a {@link DomainException}: its field is the name as the caller typed it,
     * which {@link GapRowsCsvController#refused} would not recognise as a parameter and would leave out.
     */
    static final class RefusedName extends RuntimeException {
        private final String name;
        private final String reason;

        RefusedName(String name, String reason, String message) {
            super(message, null, false, false);
            this.name = name;
            this.reason = reason;
        }

        String name() {
            return name;
        }

        String reason() {
            return reason;
        }
    }

    private static PeriodInput period(Map<String, String> parameters) {
        Optional<String> from = value(parameters, FROM);
        Optional<String> to = value(parameters, TO);
        if (from.isEmpty() && to.isEmpty()) {
            return null;
        }
        return new PeriodInput(date(from, FROM), date(to, TO));
    }

    private static LocalDate date(Optional<String> value, GapRowsCsvParameter parameter) {
        String field = parameter.urlName();
        if (value.isEmpty()) {
            throw new InvalidInputException("REQUIRED", field, field + " is required with a period");
        }
        try {
            return ValidInstants.check(LocalDate.parse(value.get()), field);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("MALFORMED_DATE", field, field + " must read YYYY-MM-DD");
        }
    }

    private static Optional<String> value(Map<String, String> parameters, GapRowsCsvParameter parameter) {
        return Optional.ofNullable(parameters.get(parameter.urlName()));
    }

    private static <T> List<T> list(
            Map<String, String> parameters, GapRowsCsvParameter parameter, Function<String, T> reader) {
        String value = parameters.get(parameter.urlName());
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> values = Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
        List<T> read = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            try {
                read.add(reader.apply(values.get(i)));
            } catch (InvalidInputException refused) {
                // the item refused, by its place among the values given: phases[1]
                throw new InvalidInputException(
                        refused.reason(), parameter.urlName() + "[" + i + "]", refused.getMessage());
            }
        }
        return List.copyOf(read);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, GapRowsCsvParameter parameter) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "UNKNOWN_VALUE",
                    parameter.urlName(),
                    value + " is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
