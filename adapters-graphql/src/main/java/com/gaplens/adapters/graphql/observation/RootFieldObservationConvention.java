package com.gaplens.adapters.graphql.observation;

import graphql.execution.ExecutionContext;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;

/**
 * Spring for GraphQL's {@code graphql.request} observation, broken down by the schema field the request asks for at
 * its root ({@code graphql.root.field="recordMeasurements"}), beside its operation type and outcome.
 *
 * <p>Never by operation name: that is text a tenant chooses ({@code query AlphaAcquisitionOfAcmeCorp}) and the
 * metrics are read by operators of every tenant. A root field is a name of GapLens's own schema, so the tag has a
 * bounded set of values: the field's name, {@value #MULTIPLE} when a request asks for several, {@value #NONE} when
 * it was refused before its document was known. Spring's default {@code graphql.operation.name} key is dropped.
 */
public final class RootFieldObservationConvention extends DefaultExecutionRequestObservationConvention {

    public static final String ROOT_FIELD = "graphql.root.field";
    static final String MULTIPLE = "multiple";
    static final String NONE = "none";

    @Override
    public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
        KeyValues keys = super.getLowCardinalityKeyValues(context);
        KeyValues kept = KeyValues.empty();
        for (KeyValue key : keys) {
            if (!key.getKey().equals("graphql.operation.name")) {
                kept = kept.and(key);
            }
        }
        ExecutionContext execution = context.getExecutionContext();
        return kept.and(
                KeyValue.of(ROOT_FIELD, execution == null ? NONE : rootField(execution.getOperationDefinition())));
    }

    /** The schema field asked for at the root of {@code operation}, {@value #MULTIPLE} or {@value #NONE}. */
    public static String rootField(OperationDefinition operation) {
        if (operation == null || operation.getSelectionSet() == null) {
            return NONE;
        }
        TreeSet<String> names = new TreeSet<>();
        List<Selection> selections = operation.getSelectionSet().getSelections();
        for (Selection<?> selection : selections) {
            if (!(selection instanceof Field field)) {
                return MULTIPLE;
            }
            if (!field.getName().startsWith("__")) {
                names.add(field.getName());
            }
        }
        return switch (names.size()) {
            case 0 -> NONE;
            case 1 -> Objects.requireNonNull(names.first());
            default -> MULTIPLE;
        };
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(ExecutionRequestObservationContext context) {
        return KeyValues.of(executionId(context));
    }
}
