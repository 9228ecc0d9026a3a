package com.gaplens.adapters.mongo.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when no MongoDB URI is configured at all: the first-run mode. */
final class NoMongoUriConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !MongoUriProperties.anyUriSet(context.getEnvironment());
    }
}
