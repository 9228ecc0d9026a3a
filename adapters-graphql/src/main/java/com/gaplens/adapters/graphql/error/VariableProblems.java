package com.gaplens.adapters.graphql.error;

import graphql.GraphQLContext;
import graphql.execution.TypeFromAST;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where, in a request's variables, the value is that graphql-java's coercion refused. graphql-java refuses the whole
 * request, naming only the variable ({@code Variable 'm' has an invalid value: …}); this walks the variables against
 * the schema's input types, in the same order, and returns the first value it would refuse, with its path from the
 * argument the variable is passed to ({@code input[1].method} for {@code recordMeasurements(input: $m)}), or from the
 * variable ({@code $m[1].method}) when it is passed inside a literal.
 */
final class VariableProblems {

    private VariableProblems() {}

    /**
     * The first value among the variables (all of them, or only {@code variable} when graphql-java named the one it
     * refused) that their types refuse.
     */
    static Optional<InputProblem> find(
            GraphQLSchema schema,
            String document,
            String operationName,
            Map<String, Object> variables,
            Optional<String> variable) {
        Document parsed;
        try {
            parsed = Parser.parse(document);
        } catch (RuntimeException unparsable) {
            return Optional.empty();
        }
        Optional<OperationDefinition> operation = parsed.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(o -> operationName == null || operationName.equals(o.getName()))
                .findFirst();
        if (operation.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> arguments = argumentsOf(operation.get());
        for (VariableDefinition definition : operation.get().getVariableDefinitions()) {
            String name = definition.getName();
            if (variable.isPresent() && !variable.get().equals(name)) {
                continue;
            }
            boolean given = variables.containsKey(name);
            if (!given && definition.getDefaultValue() != null) {
                continue;
            }
            if (TypeFromAST.getTypeFromAST(schema, definition.getType()) instanceof GraphQLInputType type) {
                Optional<InputProblem> problem =
                        check(arguments.getOrDefault(name, "$" + name), type, variables.get(name));
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    /** The argument each variable is passed to directly, by variable name. */
    private static Map<String, String> argumentsOf(OperationDefinition operation) {
        Map<String, String> arguments = new HashMap<>();
        new NodeTraverser()
                .depthFirst(
                        new NodeVisitorStub() {
                            @Override
                            public TraversalControl visitArgument(
                                    Argument argument, TraverserContext<graphql.language.Node> c) {
                                if (argument.getValue() instanceof VariableReference reference) {
                                    arguments.putIfAbsent(reference.getName(), argument.getName());
                                }
                                return TraversalControl.CONTINUE;
                            }
                        },
                        operation);
        return arguments;
    }

    private static Optional<InputProblem> check(String path, GraphQLInputType type, Object value) {
        if (value == null) {
            return GraphQLTypeUtil.isNonNull(type)
                    ? Optional.of(new InputProblem(
                            path,
                            InputProblem.REQUIRED,
                            path + " is required (" + GraphQLTypeUtil.simplePrint(type) + ")."))
                    : Optional.empty();
        }
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list) {
            GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
            if (!(value instanceof List<?> items)) {
                return check(path, element, value); // one value stands for a list of one
            }
            for (int i = 0; i < items.size(); i++) {
                Optional<InputProblem> problem = check(path + "[" + i + "]", element, items.get(i));
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }
        if (bare instanceof GraphQLInputObjectType object) {
            return checkObject(path, object, value);
        }
        if (bare instanceof GraphQLEnumType enumeration) {
            return value instanceof String name && enumeration.getValue(name) != null
                    ? Optional.empty()
                    : Optional.of(unknownValue(path, value, enumeration));
        }
        if (bare instanceof GraphQLScalarType scalar) {
            return checkScalar(path, scalar, value);
        }
        return Optional.empty();
    }

    private static Optional<InputProblem> checkObject(String path, GraphQLInputObjectType object, Object value) {
        if (!(value instanceof Map<?, ?> fields)) {
            return Optional.of(new InputProblem(
                    path, InputProblem.MALFORMED_VALUE, path + " must be an object (" + object.getName() + ")."));
        }
        for (Object key : fields.keySet()) {
            if (object.getField(String.valueOf(key)) == null) {
                return Optional.of(new InputProblem(
                        path + "." + key,
                        InputProblem.UNKNOWN_FIELD,
                        path + "." + key + ": " + object.getName() + " has no field " + key + "; its fields: "
                                + object.getFields().stream()
                                        .map(GraphQLInputObjectField::getName)
                                        .collect(Collectors.joining(", "))
                                + "."));
            }
        }
        for (GraphQLInputObjectField field : object.getFields()) {
            if (!fields.containsKey(field.getName()) && field.hasSetDefaultValue()) {
                continue;
            }
            Optional<InputProblem> problem =
                    check(path + "." + field.getName(), field.getType(), fields.get(field.getName()));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    static Optional<InputProblem> checkScalar(String path, GraphQLScalarType scalar, Object value) {
        try {
            scalar.getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.ROOT);
            return Optional.empty();
        } catch (CoercingParseValueException refused) {
            Object reason = refused.getExtensions() == null
                    ? null
                    : refused.getExtensions().get("reason");
            return Optional.of(new InputProblem(
                    path,
                    reason instanceof String own ? own : InputProblem.MALFORMED_VALUE,
                    path + ": " + shown(value) + " is not a valid " + scalar.getName()
                            + (refused.getMessage() == null ? "." : " (" + refused.getMessage() + ").")));
        } catch (RuntimeException refused) {
            return Optional.of(new InputProblem(
                    path,
                    InputProblem.MALFORMED_VALUE,
                    path + ": " + shown(value) + " is not a valid " + scalar.getName() + "."));
        }
    }

    static InputProblem unknownValue(String path, Object value, GraphQLEnumType enumeration) {
        return new InputProblem(
                path,
                InputProblem.UNKNOWN_VALUE,
                path + ": " + shown(value) + " is not a " + enumeration.getName() + "; one of "
                        + enumeration.getValues().stream()
                                .map(GraphQLEnumValueDefinition::getName)
                                .collect(Collectors.joining(", "))
                        + ".");
    }

    /** A value as the client wrote it, cut short. */
    static String shown(Object value) {
        String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
