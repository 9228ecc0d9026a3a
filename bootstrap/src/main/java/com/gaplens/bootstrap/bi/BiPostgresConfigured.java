package com.gaplens.bootstrap.bi;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The BI publication is on when {@code gaplens.bi.postgres.url} ({@code GAPLENS_BI_POSTGRES_URL}) is set. */
final class BiPostgresConfigured implements Condition {

    static final String URL = "gaplens.bi.postgres.url";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty(URL, "");
        return !url.isBlank();
    }

    /** Its negation. */
    static final class NotConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new BiPostgresConfigured().matches(context, metadata);
        }
    }
}
