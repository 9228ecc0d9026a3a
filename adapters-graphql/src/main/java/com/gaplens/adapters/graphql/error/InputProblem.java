package com.gaplens.adapters.graphql.error;

/**
 * A value graphql-java refused before any field ran, said the way GapLens says every refusal: the {@code field} a
 * client reads ({@code input[1].method}), the {@code reason} ({@link #REQUIRED}, {@link #UNKNOWN_FIELD}, {@link #UNKNOWN_ARGUMENT},
 * {@link #UNKNOWN_VALUE}, {@link #MALFORMED_VALUE}, or a scalar's own) and a message naming what is accepted, never
 * graphql-java's printing of its syntax tree ({@code EnumValue{name='…'}}).
 */
record InputProblem(String field, String reason, String message) {

    static final String REQUIRED = "REQUIRED";
    static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    static final String UNKNOWN_ARGUMENT = "UNKNOWN_ARGUMENT";
    static final String UNKNOWN_VALUE = "UNKNOWN_VALUE";
    static final String MALFORMED_VALUE = "MALFORMED_VALUE";
}
