package com.gaplens.adapters.mongo.config;

import com.gaplens.adapters.mongo.access.MongoApiKeyRepository;
import com.gaplens.adapters.mongo.scale.MongoScaleRepository;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The Mongo implementations of the application's outbound ports. Each creates the indexes its
 * queries need when it starts (idempotent), before the application serves a call.
 */
@Configuration(proxyBeanMethods = false)
public class MongoRepositoriesConfiguration {

    @Bean
    TenantScopedMongo tenantScopedMongo(MongoOperations mongo) {
        return new TenantScopedMongo(mongo);
    }

    @Bean(initMethod = "ensureIndexes")
    MongoApiKeyRepository apiKeyRepository(MongoOperations mongo) {
        return new MongoApiKeyRepository(mongo);
    }

    @Bean(initMethod = "ensureIndexes")
    MongoScaleRepository scaleRepository(TenantScopedMongo mongo) {
        return new MongoScaleRepository(mongo);
    }
}
