package com.gaplens.adapters.graphql.error;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What graphql-java's validation says of an argument written in the document itself ({@code phase: PURCHASING}), read
 * back from its message: graphql-java states the argument's path and the type but prints the value as its syntax tree
 * ({@code EnumValue{name='PURCHASING'}}) and gives no field. The message formats are graphql-java's
 * ({@code ArgumentValidationUtil} in its {@code Validation.properties}), in English: {@link RequestErrorCodes} runs every
 * request in English, whatever its {@code Accept-Language}. {@code LiteralProblemsTest} pins them to the version in
 * use.
 */
final class LiteralProblems {

    private static final String ARGUMENT = "argument '(?<path>[^']+)' with value '(?<value>.*)'";
    private static final Pattern NOT_VALID =
            Pattern.compile(ARGUMENT + " is not a valid '(?<type>[^']+)'(?: - (?<detail>.*))?$");
    private static final Pattern MISSING =
            Pattern.compile(ARGUMENT + " is missing required fields '\\[(?<fields>.*)]'");
    private static final Pattern EXTRA =
            Pattern.compile(ARGUMENT + " contains a field not in '(?<type>[^']+)': '(?<field>[^']+)'");
    private static final Pattern NULL = Pattern.compile(ARGUMENT + " must not be null");
    private static final Pattern NOT_OBJECT = Pattern.compile(ARGUMENT + " must be an object type");
    private static final String AT = "\\(\\w+@\\[(?<at>[^\\]]*)]\\) : ";
    private static final Pattern UNKNOWN_FIELD =
            Pattern.compile(AT + "Field '(?<field>[^']+)' in type '(?<type>[^']+)' is undefined");
    private static final Pattern UNKNOWN_ARGUMENT = Pattern.compile(AT + "Unknown field argument '(?<argument>[^']+)'");
    private static final Pattern MISSING_ARGUMENT = Pattern.compile(AT + "Missing field argument '(?<argument>[^']+)'");
    private static final Pattern NULL_ARGUMENT =
            Pattern.compile(AT + "Null value for non-null field argument '(?<argument>[^']+)'");
    /** The value inside graphql-java's printing of a literal: {@code EnumValue{name='X'}}, {@code StringValue{value='X'}}. */
    private static final Pattern LITERAL = Pattern.compile("^\\w+Value\\{(?:name|value)=(?<inner>.*)}$");

    private LiteralProblems() {}

    static Optional<InputProblem> read(GraphQLSchema schema, String message) {
        Matcher m;
        if ((m = NOT_VALID.matcher(message)).find()) {
            String path = m.group("path");
            String value = literal(m.group("value"));
            if (schema.getType(m.group("type")) instanceof GraphQLEnumType enumeration) {
                if (m.group("value").startsWith("StringValue") && enumeration.getValue(value) != null) {
                    return Optional.of(new InputProblem(
                            path,
                            InputProblem.MALFORMED_VALUE,
                            path + ": an enum value is written without quotes in a document: " + value + "."));
                }
                return Optional.of(VariableProblems.unknownValue(path, value, enumeration));
            }
            if (schema.getType(m.group("type")) instanceof GraphQLScalarType scalar) {
                // the scalar's own refusal of the same value (INSTANT_OUT_OF_RANGE…), as for a variable
                Optional<InputProblem> own = VariableProblems.checkScalar(path, scalar, value);
                if (own.isPresent()) {
                    return own;
                }
            }
            String detail = m.group("detail");
            return Optional.of(new InputProblem(
                    path,
                    InputProblem.MALFORMED_VALUE,
                    path + ": " + VariableProblems.shown(value) + " is not a valid " + m.group("type")
                            + (detail == null ? "." : " (" + detail + ").")));
        }
        if ((m = MISSING.matcher(message)).find()) {
            String path = m.group("path");
            String[] fields = m.group("fields").split(",\\s*");
            return Optional.of(new InputProblem(
                    path + "." + fields[0],
                    InputProblem.REQUIRED,
                    path + " lacks its required fields " + String.join(", ", Arrays.asList(fields)) + "."));
        }
        if ((m = EXTRA.matcher(message)).find()) {
            String field = m.group("path") + "." + m.group("field");
            return Optional.of(new InputProblem(
                    field,
                    InputProblem.UNKNOWN_FIELD,
                    field + ": " + m.group("type") + " has no field " + m.group("field") + "."));
        }
        if ((m = NULL.matcher(message)).find()) {
            String path = m.group("path");
            return Optional.of(new InputProblem(path, InputProblem.REQUIRED, path + " must not be null."));
        }
        if ((m = NOT_OBJECT.matcher(message)).find()) {
            String path = m.group("path");
            return Optional.of(new InputProblem(path, InputProblem.MALFORMED_VALUE, path + " must be an object."));
        }
        if ((m = UNKNOWN_FIELD.matcher(message)).find()) {
            String path = m.group("at").replace('/', '.');
            return Optional.of(new InputProblem(
                    path,
                    InputProblem.UNKNOWN_FIELD,
                    path + ": " + m.group("type") + " has no field " + m.group("field") + "."));
        }
        if ((m = UNKNOWN_ARGUMENT.matcher(message)).find()) {
            String field = m.group("at").replace('/', '.');
            return Optional.of(new InputProblem(
                    field + "." + m.group("argument"),
                    InputProblem.UNKNOWN_ARGUMENT,
                    field + " takes no argument " + m.group("argument") + "."));
        }
        if ((m = NULL_ARGUMENT.matcher(message)).find()) {
            String field = m.group("at").replace('/', '.');
            return Optional.of(new InputProblem(
                    m.group("argument"),
                    InputProblem.REQUIRED,
                    field + " needs its argument " + m.group("argument") + ", not null."));
        }
        if ((m = MISSING_ARGUMENT.matcher(message)).find()) {
            String field = m.group("at").replace('/', '.');
            return Optional.of(new InputProblem(
                    m.group("argument"),
                    InputProblem.REQUIRED,
                    field + " needs its argument " + m.group("argument") + "."));
        }
        return Optional.empty();
    }

    /** The value a printed literal holds ({@code PURCHASING} of {@code EnumValue{name='PURCHASING'}}). */
    private static String literal(String printed) {
        Matcher m = LITERAL.matcher(printed);
        if (!m.matches()) {
            return printed;
        }
        String inner = m.group("inner");
        return inner.length() >= 2 && inner.startsWith("'") && inner.endsWith("'")
                ? inner.substring(1, inner.length() - 1)
                : inner;
    }
}
