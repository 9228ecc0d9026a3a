package com.gaplens.adapters.graphql.support;

import com.gaplens.domain.shared.ValidInstants;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The custom scalars of the schema, from graphql-java-extended-scalars rather than hand-written, with one rule added
 * to {@code DateTime} and {@code Date}: a value outside {@link ValidInstants} (1970 to 9999) is refused while the
 * request is read, as {@code VALIDATION} / {@code INSTANT_OUT_OF_RANGE}, wherever an instant or a day is accepted.
 */
@Configuration(proxyBeanMethods = false)
class ScalarsConfiguration {

    @Bean
    RuntimeWiringConfigurer gapLensScalars() {
        return wiring -> wiring.scalar(bounded(
                        ExtendedScalars.DateTime,
                        OffsetDateTime.class,
                        value -> ValidInstants.contains(value.toInstant())))
                .scalar(bounded(ExtendedScalars.Date, LocalDate.class, ValidInstants::contains))
                .scalar(ExtendedScalars.GraphQLLong);
    }

    @SuppressWarnings("unchecked")
    private static <T> GraphQLScalarType bounded(GraphQLScalarType scalar, Class<T> type, Predicate<T> valid) {
        Coercing<Object, Object> coercing = (Coercing<Object, Object>) scalar.getCoercing();
        return scalar.transform(builder -> builder.coercing(new Coercing<Object, Object>() {
            @Override
            public Object serialize(Object value, GraphQLContext context, Locale locale)
                    throws CoercingSerializeException {
                return coercing.serialize(value, context, locale);
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale)
                    throws CoercingParseValueException {
                Object parsed = coercing.parseValue(input, context, locale);
                if (type.isInstance(parsed) && !valid.test(type.cast(parsed))) {
                    throw CoercingParseValueException.newCoercingParseValueException()
                            .message(ValidInstants.outOfRangeMessage(scalar.getName(), String.valueOf(input)))
                            .extensions(Map.of("code", "VALIDATION", "reason", "INSTANT_OUT_OF_RANGE"))
                            .build();
                }
                return parsed;
            }

            @Override
            public Object parseLiteral(
                    Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
                    throws CoercingParseLiteralException {
                Object parsed = coercing.parseLiteral(input, variables, context, locale);
                if (type.isInstance(parsed) && !valid.test(type.cast(parsed))) {
                    throw new CoercingParseLiteralException(
                            ValidInstants.outOfRangeMessage(scalar.getName(), String.valueOf(parsed)));
                }
                return parsed;
            }

            @Override
            public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                return coercing.valueToLiteral(input, context, locale);
            }
        }));
    }
}
