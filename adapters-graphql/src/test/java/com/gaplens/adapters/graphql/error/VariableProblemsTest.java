package com.gaplens.adapters.graphql.error;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VariableProblemsTest {

    static final GraphQLSchema SCHEMA = new SchemaGenerator()
            .makeExecutableSchema(
                    new SchemaParser().parse("""
                            scalar DateTime
                            enum Method { OBSERVATION BAROMETER }
                            input Item { id: String!, method: Method!, observedAt: DateTime!, note: String, count: Int = 1 }
                            type Report { accepted: Int }
                            type Query { ok: Int }
                            type Mutation { record(input: [Item!]!): Report, nested(input: Wrapper!): Report }
                            input Wrapper { items: [Item!]! }
                            """),
                    RuntimeWiring.newRuntimeWiring()
                            .scalar(ExtendedScalars.DateTime)
                            .build());

    static final String RECORD = "mutation($m: [Item!]!) { record(input: $m) { accepted } }";

    private static Map<String, Object> item(String id, Object method, Object observedAt) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("method", method);
        item.put("observedAt", observedAt);
        return item;
    }

    private static Optional<InputProblem> find(String document, Map<String, Object> variables) {
        return VariableProblems.find(SCHEMA, document, null, variables, Optional.empty());
    }

    @Test
    void anEnumValueThatDoesNotExistIsNamedByItsItemAndFieldWithTheValuesAccepted() {
        var items =
                List.of(item("a", "OBSERVATION", "2026-12-01T10:00:00Z"), item("b", "SURVEY", "2026-12-01T10:00:00Z"));

        assertThat(find(RECORD, Map.of("m", items)))
                .contains(new InputProblem(
                        "input[1].method",
                        "UNKNOWN_VALUE",
                        "input[1].method: \"SURVEY\" is not a Method; one of OBSERVATION, BAROMETER."));
    }

    @Test
    void aDateTimeWithoutItsOffsetIsAMalformedValueOfItsField() {
        var problem = find(RECORD, Map.of("m", List.of(item("a", "OBSERVATION", "2026-12-01T10:00:00"))));

        assertThat(problem).hasValueSatisfying(p -> {
            assertThat(p.field()).isEqualTo("input[0].observedAt");
            assertThat(p.reason()).isEqualTo("MALFORMED_VALUE");
            assertThat(p.message()).startsWith("input[0].observedAt: \"2026-12-01T10:00:00\" is not a valid DateTime");
        });
    }

    @Test
    void aRequiredFieldLeftOutIsRequiredAndNamed() {
        Map<String, Object> noMethod = new LinkedHashMap<>(item("a", null, "2026-12-01T10:00:00Z"));
        noMethod.remove("method");

        assertThat(find(RECORD, Map.of("m", List.of(noMethod))))
                .contains(new InputProblem("input[0].method", "REQUIRED", "input[0].method is required (Method!)."));
    }

    @Test
    void aFieldTheInputTypeDoesNotHaveIsUnknownAndTheFieldsAreListed() {
        Map<String, Object> extra = new LinkedHashMap<>(item("a", "OBSERVATION", "2026-12-01T10:00:00Z"));
        extra.put("scaleCode", "PERCENT");

        assertThat(find(RECORD, Map.of("m", List.of(extra))))
                .contains(new InputProblem(
                        "input[0].scaleCode",
                        "UNKNOWN_FIELD",
                        "input[0].scaleCode: Item has no field scaleCode; its fields: id, method, observedAt, note,"
                                + " count."));
    }

    @Test
    void aVariableNotGivenIsRequiredUnderItsArgumentsName() {
        assertThat(find(RECORD, Map.of()))
                .contains(new InputProblem("input", "REQUIRED", "input is required ([Item!]!)."));
    }

    @Test
    void aVariablePassedInsideALiteralIsNamedFromTheVariable() {
        String nested = "mutation($m: [Item!]!) { nested(input: {items: $m}) { accepted } }";

        assertThat(find(nested, Map.of("m", List.of(item("a", "NOPE", "2026-12-01T10:00:00Z")))))
                .map(InputProblem::field)
                .contains("$m[0].method");
    }

    @Test
    void onlyTheVariableGraphQlNamedIsSearchedWhenItNamedOne() {
        String both = "mutation($m: [Item!]!, $w: Wrapper!) { record(input: $m) { accepted }"
                + " nested(input: $w) { accepted } }";
        Map<String, Object> variables = Map.of(
                "m", List.of(item("a", "SURVEY", "2026-12-01T10:00:00Z")),
                "w", Map.of("items", List.of(item("b", "NOPE", "2026-12-01T10:00:00Z"))));

        assertThat(VariableProblems.find(SCHEMA, both, null, variables, Optional.of("w")))
                .contains(new InputProblem(
                        "input.items[0].method",
                        "UNKNOWN_VALUE",
                        "input.items[0].method: \"NOPE\" is not a Method; one of OBSERVATION, BAROMETER."));
    }

    @Test
    void variablesTheSchemaAcceptsHaveNoProblem() {
        var items = List.of(item("a", "OBSERVATION", "2026-12-01T10:00:00Z"));

        assertThat(find(RECORD, Map.of("m", items))).isEmpty();
    }

    @Test
    void aDocumentThatDoesNotParseHasNoProblemToName() {
        assertThat(find("mutation($m: [Item!]!) { record(", Map.of())).isEmpty();
    }
}
