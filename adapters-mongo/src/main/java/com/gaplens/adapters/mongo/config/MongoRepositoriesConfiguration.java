package com.gaplens.adapters.mongo.config;

import com.gaplens.adapters.mongo.access.MongoApiKeyRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The Mongo implementations of the application's outbound ports. Each creates the indexes its
 * queries need when it starts (idempotent), before the application serves a call.
 */
@Configuration(proxyBeanMethods = false)
public class MongoRepositoriesConfiguration {

    @Bean(initMethod = "ensureIndexes")
    MongoApiKeyRepository apiKeyRepository(MongoOperations mongo) {
        return new MongoApiKeyRepository(mongo);
    }
}
