package com.gaplens.adapters.mongo.support;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where {@link MongoTestServers} finds a real MongoDB ({@code GAPLENS_TEST_MONGODB_URI} or
 * a Docker engine). Elsewhere the class is disabled before anything of it runs — reported as skipped, with the
 * reason — or fails when {@code GAPLENS_REQUIRE_MONGODB=true}. For classes that look the server up where an
 * assumption cannot skip them, such as a Spring test's {@code @DynamicPropertySource} (there it fails the
 * application context).
 */
public final class RealMongoDbAvailable implements ExecutionCondition {

    private static final AtomicBoolean SAID = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return MongoTestServers.whyNoRealServer()
                .map(why -> {
                    if (MongoTestServers.skippingForbidden()) {
                        throw new IllegalStateException(
                                why + " — and " + MongoTestServers.REQUIRE_VARIABLE + "=true forbids skipping");
                    }
                    if (SAID.compareAndSet(false, true)) {
                        System.out.println("[GapLens IT] skipping the tests that need it: " + why);
                    }
                    return ConditionEvaluationResult.disabled(why);
                })
                .orElseGet(() -> ConditionEvaluationResult.enabled("a real MongoDB"));
    }
}
