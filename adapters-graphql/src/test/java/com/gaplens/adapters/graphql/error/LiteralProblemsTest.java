package com.gaplens.adapters.graphql.error;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.GraphQLError;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reads graphql-java's own validation messages, produced by the version in use, not copies of them. */
class LiteralProblemsTest {

    private static InputProblem problemOf(String document) {
        List<GraphQLError> errors = GraphQL.newGraphQL(VariableProblemsTest.SCHEMA)
                .build()
                .execute(ExecutionInput.newExecutionInput(document))
                .getErrors();
        assertThat(errors).hasSize(1);
        return LiteralProblems.read(
                        VariableProblemsTest.SCHEMA, errors.getFirst().getMessage())
                .orElseThrow(() ->
                        new AssertionError("not read: " + errors.getFirst().getMessage()));
    }

    @Test
    void anEnumLiteralThatDoesNotExistIsNamedWithTheValuesAccepted() {
        assertThat(problemOf("mutation { record(input: [{id: \"a\", method: SURVEY,"
                        + " observedAt: \"2026-12-01T10:00:00Z\"}]) { accepted } }"))
                .isEqualTo(new InputProblem(
                        "input[0].method",
                        "UNKNOWN_VALUE",
                        "input[0].method: \"SURVEY\" is not a Method; one of OBSERVATION, BAROMETER."));
    }

    @Test
    void anEnumValueInQuotesIsToldToLoseThem() {
        assertThat(problemOf("mutation { record(input: [{id: \"a\", method: \"OBSERVATION\","
                        + " observedAt: \"2026-12-01T10:00:00Z\"}]) { accepted } }"))
                .isEqualTo(new InputProblem(
                        "input[0].method",
                        "MALFORMED_VALUE",
                        "input[0].method: an enum value is written without quotes in a document: OBSERVATION."));
    }

    @Test
    void aMalformedScalarLiteralIsAMalformedValue() {
        InputProblem problem = problemOf("mutation { record(input: [{id: \"a\", method: OBSERVATION,"
                + " observedAt: \"yesterday\"}]) { accepted } }");

        assertThat(problem.field()).isEqualTo("input[0].observedAt");
        assertThat(problem.reason()).isEqualTo("MALFORMED_VALUE");
        assertThat(problem.message())
                .startsWith("input[0].observedAt: \"yesterday\" is not a valid DateTime (Invalid RFC3339 value");
    }

    @Test
    void requiredFieldsLeftOutAreNamedTheFirstAsTheField() {
        assertThat(problemOf("mutation { record(input: [{id: \"a\"}]) { accepted } }"))
                .isEqualTo(new InputProblem(
                        "input[0].method", "REQUIRED", "input[0] lacks its required fields method, observedAt."));
    }

    @Test
    void aFieldTheInputTypeDoesNotHaveIsUnknown() {
        assertThat(problemOf("mutation { record(input: [{id: \"a\", method: OBSERVATION,"
                        + " observedAt: \"2026-12-01T10:00:00Z\", scaleCode: \"X\"}]) { accepted } }"))
                .isEqualTo(new InputProblem(
                        "input[0].scaleCode", "UNKNOWN_FIELD", "input[0].scaleCode: Item has no field scaleCode."));
    }

    @Test
    void anArgumentTheFieldDoesNotTakeIsUnknown() {
        assertThat(problemOf("mutation { record(input: [], extra: 1) { accepted } }"))
                .isEqualTo(new InputProblem("record.extra", "UNKNOWN_ARGUMENT", "record takes no argument extra."));
    }

    @Test
    void aRequiredArgumentLeftOutIsRequired() {
        assertThat(problemOf("mutation { record { accepted } }"))
                .isEqualTo(new InputProblem("input", "REQUIRED", "record needs its argument input."));
    }

    @Test
    void aSelectedFieldTheTypeDoesNotHaveIsUnknownAtItsPath() {
        assertThat(problemOf("mutation { record(input: []) { accepted nope } }"))
                .isEqualTo(new InputProblem("record.nope", "UNKNOWN_FIELD", "record.nope: Report has no field nope."));
    }

    @Test
    void aRequiredArgumentGivenNullIsRequiredInBothOfGraphQlsWordings() {
        List<GraphQLError> errors = GraphQL.newGraphQL(VariableProblemsTest.SCHEMA)
                .build()
                .execute(ExecutionInput.newExecutionInput("mutation { record(input: null) { accepted } }"))
                .getErrors();

        assertThat(errors)
                .map(error -> LiteralProblems.read(VariableProblemsTest.SCHEMA, error.getMessage()))
                .containsExactly(
                        Optional.of(
                                new InputProblem("input", "REQUIRED", "record needs its argument input, not null.")),
                        Optional.of(new InputProblem("input", "REQUIRED", "input must not be null.")));
    }

    @Test
    void aMessageOfAnotherKindIsNotRead() {
        assertThat(LiteralProblems.read(
                        VariableProblemsTest.SCHEMA, "Invalid syntax with offending token '<EOF>' at line 1 column 12"))
                .isEmpty();
    }
}
