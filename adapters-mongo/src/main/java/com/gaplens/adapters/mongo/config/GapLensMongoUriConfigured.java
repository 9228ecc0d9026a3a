package com.gaplens.adapters.mongo.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code GAPLENS_MONGODB_URI} ({@code gaplens.mongodb.uri}) is set. */
final class GapLensMongoUriConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return MongoUriProperties.gapLensUriSet(context.getEnvironment());
    }
}
