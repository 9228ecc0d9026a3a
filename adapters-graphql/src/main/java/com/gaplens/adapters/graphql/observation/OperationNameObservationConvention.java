package com.gaplens.adapters.graphql.observation;

import graphql.execution.ExecutionContext;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import java.util.regex.Pattern;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;

/**
 * Spring for GraphQL's {@code graphql.request} observation, with the operation name as a low-cardinality
 * key, so that the latency timer it feeds ({@code graphql_request_seconds} in Prometheus) is broken down
 * per operation ({@code graphql.operation.name="RecordMeasurements"}), beside its operation type and
 * outcome.
 *
 * <p>Operation names are chosen by clients, so the tag is kept tame: an anonymous operation is
 * {@value #ANONYMOUS}, a name that is not a GraphQL name of at most {@value #MAX_LENGTH} characters is
 * {@value #OTHER}. The number of distinct names per meter is capped by a meter filter in bootstrap.
 */
public final class OperationNameObservationConvention extends DefaultExecutionRequestObservationConvention {

    public static final String OPERATION_NAME = "graphql.operation.name";
    static final String ANONYMOUS = "anonymous";
    static final String OTHER = "other";
    static final int MAX_LENGTH = 64;

    private static final Pattern GRAPHQL_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

    @Override
    public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
        return super.getLowCardinalityKeyValues(context)
                .and(KeyValue.of(OPERATION_NAME, tagValue(operationNameOf(context))));
    }

    /**
     * The name of the operation executed: from the parsed document once known (a client sending a named
     * operation without {@code operationName}), else the name the client asked for.
     */
    private static String operationNameOf(ExecutionRequestObservationContext context) {
        ExecutionContext execution = context.getExecutionContext();
        if (execution != null && execution.getOperationDefinition() != null) {
            String name = execution.getOperationDefinition().getName();
            if (name != null) {
                return name;
            }
        }
        return context.getExecutionInput().getOperationName();
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(ExecutionRequestObservationContext context) {
        return KeyValues.of(executionId(context));
    }

    static String tagValue(String operationName) {
        if (operationName == null || operationName.isBlank()) {
            return ANONYMOUS;
        }
        if (operationName.length() > MAX_LENGTH
                || !GRAPHQL_NAME.matcher(operationName).matches()) {
            return OTHER;
        }
        return operationName;
    }
}
