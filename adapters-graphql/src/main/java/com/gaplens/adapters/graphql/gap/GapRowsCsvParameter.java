package com.gaplens.adapters.graphql.gap;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The query parameters of the CSV export ({@code GET /bi/gap-rows.csv}), listed here and nowhere else: the controller
 * reads each through its constant, refuses any other name with this list ({@code UNKNOWN_PARAMETER}), and names the
 * parameter the caller typed in every error it answers.
 *
 * <p>The export reads its filter through the same code as {@code biGapRows}, whose failures name the GraphQL input
 * ({@code filter.period.to}, {@code filter.brandIds[0]}). A BI user never wrote that input: each parameter knows the
 * input path it feeds, so that {@link #urlField(String)} turns such a path back into the parameter
 * ({@code to}, {@code brandIds[0]}).
 */
enum GapRowsCsvParameter {
    BRAND_IDS("brandIds", "filter.brandIds"),
    VALUE_IDS("valueIds", "filter.valueIds"),
    COMMITMENT_IDS("commitmentIds", "filter.commitmentIds"),
    PHASES("phases", "filter.phases"),
    TOUCHPOINT_IDS("touchpointIds", "filter.touchpointIds"),
    CHANNELS("channels", "filter.channels"),
    FAMILIES("families", "filter.families"),
    DIMENSIONS("dimensions", "filter.dimensions"),
    VARIABLES("variables", "filter.variables"),
    SEGMENT_IDS("segmentIds", "filter.segmentIds"),
    METHODS("methods", "filter.methods"),
    FROM("from", "filter.period.from"),
    TO("to", "filter.period.to"),
    AUDIENCE("audience", "filter.audience"),
    GROUP_BY("groupBy", "groupBy"),
    BUCKET("bucket", "bucket");

    private final String urlName;
    private final String inputPath;

    GapRowsCsvParameter(String urlName, String inputPath) {
        this.urlName = urlName;
        this.inputPath = inputPath;
    }

    /** The name in the URL, as the caller types it. */
    String urlName() {
        return urlName;
    }

    /** The parameter called {@code name} in the URL (names are case-sensitive, as in {@code biGapRows}). */
    static Optional<GapRowsCsvParameter> named(String name) {
        return Arrays.stream(values()).filter(p -> p.urlName.equals(name)).findFirst();
    }

    /** Every name the export accepts, in the order above: {@code brandIds, valueIds, …, bucket}. */
    static String acceptedNames() {
        return Arrays.stream(values()).map(GapRowsCsvParameter::urlName).collect(Collectors.joining(", "));
    }

    /**
     * The URL parameter a failure's {@code field} is about: the parameter whose name or input path {@code field} is,
     * with the index of a list item kept ({@code filter.brandIds[2]} → {@code brandIds[2]}); empty when the field is
     * none of them, so that no input path of the GraphQL API ever reaches a CSV caller.
     */
    static Optional<String> urlField(String field) {
        for (GapRowsCsvParameter parameter : values()) {
            for (String known : new String[] {parameter.urlName, parameter.inputPath}) {
                if (field.equals(known)) {
                    return Optional.of(parameter.urlName);
                }
                if (field.startsWith(known + "[")) {
                    return Optional.of(parameter.urlName + field.substring(known.length()));
                }
            }
        }
        return Optional.empty();
    }
}
