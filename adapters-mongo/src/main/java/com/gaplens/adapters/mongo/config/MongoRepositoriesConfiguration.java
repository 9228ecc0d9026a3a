package com.gaplens.adapters.mongo.config;

import com.gaplens.adapters.mongo.access.MongoApiKeyRepository;
import com.gaplens.adapters.mongo.brand.BrandDocumentMapper;
import com.gaplens.adapters.mongo.brand.MongoBrandRepository;
import com.gaplens.adapters.mongo.budget.MongoQueryBudgetStore;
import com.gaplens.adapters.mongo.embedded.EmbeddedMongoServer;
import com.gaplens.adapters.mongo.impact.ImpactDocumentMapper;
import com.gaplens.adapters.mongo.impact.MongoImpactStudyRepository;
import com.gaplens.adapters.mongo.maturity.MaturityDocumentMapper;
import com.gaplens.adapters.mongo.maturity.MongoMaturityAssessmentRepository;
import com.gaplens.adapters.mongo.measurement.MongoMeasurementRepository;
import com.gaplens.adapters.mongo.rollup.MongoGapStatisticsStore;
import com.gaplens.adapters.mongo.rollup.MongoMonthCellFeed;
import com.gaplens.adapters.mongo.rollup.MongoRollupCells;
import com.gaplens.adapters.mongo.rollup.MongoRollupJournal;
import com.gaplens.adapters.mongo.scale.MongoScaleRepository;
import com.gaplens.adapters.mongo.scale.ScaleDocumentMapper;
import com.gaplens.adapters.mongo.segment.MongoSegmentRepository;
import com.gaplens.adapters.mongo.sharding.ShardKeyIndexes;
import com.gaplens.adapters.mongo.target.MongoSegmentVariantRepository;
import com.gaplens.adapters.mongo.target.MongoTargetExperienceRepository;
import com.gaplens.adapters.mongo.target.TargetDocumentMapper;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.adapters.mongo.tenant.MongoTenantRepository;
import com.gaplens.adapters.mongo.touchpoint.MongoTouchpointRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The Mongo implementations of the application's outbound ports. Each creates the indexes its
 * queries need when it starts (idempotent), before the application serves a call. The document
 * mappers MapStruct generates (Spring components) are picked up here, and nothing else of the
 * adapter is scanned.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(
        basePackages = "com.gaplens.adapters.mongo",
        useDefaultFilters = false,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = "com\\.gaplens\\.adapters\\.mongo\\.[a-z]+\\.[A-Za-z]+DocumentMapperImpl"))
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
    MongoTenantRepository tenantRepository(TenantScopedMongo mongo) {
        return new MongoTenantRepository(mongo);
    }

    @Bean(initMethod = "ensureIndexes")
    MongoBrandRepository brandRepository(TenantScopedMongo mongo, BrandDocumentMapper mapper) {
        return new MongoBrandRepository(mongo, mapper);
    }

    @Bean(initMethod = "ensureIndexes")
    MongoSegmentRepository segmentRepository(TenantScopedMongo mongo) {
        return new MongoSegmentRepository(mongo);
    }

    @Bean(initMethod = "ensureIndexes")
    MongoTouchpointRepository touchpointRepository(TenantScopedMongo mongo) {
        return new MongoTouchpointRepository(mongo);
    }

    @Bean(initMethod = "ensureIndexes")
    MongoTargetExperienceRepository targetExperienceRepository(TenantScopedMongo mongo, TargetDocumentMapper mapper) {
        return new MongoTargetExperienceRepository(mongo, mapper);
    }

    @Bean(initMethod = "ensureIndexes")
    MongoSegmentVariantRepository segmentVariantRepository(TenantScopedMongo mongo, TargetDocumentMapper mapper) {
        return new MongoSegmentVariantRepository(mongo, mapper);
    }

    @Bean(initMethod = "ensureIndexes")
    MongoScaleRepository scaleRepository(TenantScopedMongo mongo, ScaleDocumentMapper mapper) {
        return new MongoScaleRepository(mongo, mapper);
    }

    @Bean(initMethod = "ensureIndexes")
    MongoMeasurementRepository measurementRepository(TenantScopedMongo mongo) {
        return new MongoMeasurementRepository(mongo);
    }

    @Bean
    MongoGapStatisticsStore gapStatisticsStore(TenantScopedMongo mongo) {
        return new MongoGapStatisticsStore(mongo);
    }

    @Bean(initMethod = "ensureIndexes")
    MongoRollupCells rollupCells(TenantScopedMongo mongo) {
        return new MongoRollupCells(mongo, java.time.Clock.systemUTC());
    }

    @Bean(initMethod = "ensureIndexes")
    MongoRollupJournal rollupJournal(TenantScopedMongo mongo) {
        return new MongoRollupJournal(mongo);
    }

    @Bean
    MongoMonthCellFeed monthCellFeed(TenantScopedMongo mongo) {
        return new MongoMonthCellFeed(mongo);
    }

    @Bean(initMethod = "ensureIndexes")
    MongoImpactStudyRepository impactStudyRepository(TenantScopedMongo mongo, ImpactDocumentMapper mapper) {
        return new MongoImpactStudyRepository(mongo, mapper);
    }

    @Bean(initMethod = "ensureIndexes")
    MongoMaturityAssessmentRepository maturityAssessmentRepository(
            TenantScopedMongo mongo, MaturityDocumentMapper mapper) {
        return new MongoMaturityAssessmentRepository(mongo, mapper);
    }

    /**
     * Once every repository has created its indexes: an index supporting each shard key ({@link ShardKeyIndexes}), so
     * that an operator can shard a collection that already holds documents. Not on the embedded first-run database.
     */
    @Bean
    SmartInitializingSingleton shardKeyIndexes(TenantScopedMongo mongo, ObjectProvider<EmbeddedMongoServer> embedded) {
        return () -> {
            // the embedded first-run database is one process on one file, never sharded: no index to maintain for it
            if (embedded.getIfAvailable() == null) {
                new ShardKeyIndexes(mongo).ensureIndexes();
            }
        };
    }

    @Bean(initMethod = "ensureIndexes")
    MongoQueryBudgetStore queryBudgetStore(TenantScopedMongo mongo) {
        return new MongoQueryBudgetStore(mongo);
    }
}
