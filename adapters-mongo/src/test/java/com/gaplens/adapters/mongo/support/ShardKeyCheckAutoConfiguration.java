package com.gaplens.adapters.mongo.support;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * In every Spring Boot application context of the test suite (registered in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports} of the test classes): the
 * application's MongoDB client reports every write that breaks a rule of a sharded cluster to
 * {@link ShardKeyViolations}, which fails the test that made it.
 */
@AutoConfiguration
public class ShardKeyCheckAutoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer shardKeyViolationsOfTheSuite() {
        return builder -> builder.addCommandListener(ShardKeyViolations.listener());
    }
}
