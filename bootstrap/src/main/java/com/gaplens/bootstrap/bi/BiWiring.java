package com.gaplens.bootstrap.bi;

import com.gaplens.adapters.mongo.bi.MongoLabelChangeFeed;
import com.gaplens.adapters.mongo.tenancy.TenantScopedMongo;
import com.gaplens.adapters.postgres.BiDatabase;
import com.gaplens.adapters.postgres.PostgresBiPublication;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.LabelChangeFeed;
import com.gaplens.application.port.out.MonthCellFeed;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.application.service.BiAccessService;
import com.gaplens.application.service.BiLabelReader;
import com.gaplens.application.service.BiPublicationDisabled;
import com.gaplens.application.service.BiPublicationService;
import com.gaplens.application.service.LabelChangeMarking;
import com.gaplens.domain.gap.SeverityThresholds;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The BI publication into PostgreSQL (docs/bi-postgres.md), when {@code GAPLENS_BI_POSTGRES_URL} is set: the
 * adapter's warehouse and logins, the label marks in MongoDB (every catalogue repository marks what it is about to
 * save), the publication and access services, and the schedule that runs the publication.
 */
@Configuration(proxyBeanMethods = false)
class BiWiring {

    @Configuration(proxyBeanMethods = false)
    @Conditional(BiPostgresConfigured.class)
    static class Enabled {

        @Bean
        BiDatabase biDatabase(
                @Value("${gaplens.bi.postgres.url}") String url,
                @Value("${gaplens.bi.postgres.user:}") String user,
                @Value("${gaplens.bi.postgres.password:}") String password,
                @Value("${gaplens.bi.postgres.public-host:}") String publicHost,
                @Value("${gaplens.bi.postgres.public-port:}") String publicPort) {
            return new BiDatabase(
                    url,
                    user.isBlank() ? null : user,
                    password.isEmpty() ? null : password,
                    publicHost.isBlank() ? Optional.empty() : Optional.of(publicHost),
                    publicPort.isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(publicPort)));
        }

        @Bean(initMethod = "start", destroyMethod = "close")
        PostgresBiPublication postgresBiPublication(BiDatabase database) {
            return new PostgresBiPublication(database);
        }

        @Bean(initMethod = "ensureIndexes")
        MongoLabelChangeFeed labelChangeFeed(TenantScopedMongo mongo) {
            return new MongoLabelChangeFeed(mongo, java.time.Clock.systemUTC());
        }

        /** Every catalogue repository marks in the label feed what it is about to save. */
        @Bean
        static BeanPostProcessor labelChangeMarking(ObjectProvider<LabelChangeFeed> marks) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
                    return switch (bean) {
                        case BrandRepository brands -> LabelChangeMarking.brands(brands, marks.getObject());
                        case TouchpointRepository touchpoints ->
                            LabelChangeMarking.touchpoints(touchpoints, marks.getObject());
                        case SegmentRepository segments -> LabelChangeMarking.segments(segments, marks.getObject());
                        case TargetExperienceRepository targets ->
                            LabelChangeMarking.targets(targets, marks.getObject());
                        case SegmentVariantRepository variants ->
                            LabelChangeMarking.variants(variants, marks.getObject());
                        default -> bean;
                    };
                }
            };
        }

        @Bean
        BiPublicationService biPublication(
                ObjectProvider<MonthCellFeed> cells,
                LabelChangeFeed labelChanges,
                PostgresBiPublication postgres,
                BrandRepository brands,
                TouchpointRepository touchpoints,
                SegmentRepository segments,
                TargetExperienceRepository targets,
                SegmentVariantRepository variants,
                Clock clock,
                @Value("${gaplens.bi.freshness:30s}") Duration freshness) {
            MonthCellFeed feed = cells.getIfAvailable(() -> {
                throw new IllegalStateException("GAPLENS_BI_POSTGRES_URL is set but the roll-up store offers no "
                        + "MonthCellFeed (the month cells changed since last published): nothing to publish");
            });
            BiPublicationService.Settings defaults = BiPublicationService.Settings.defaults();
            return new BiPublicationService(
                    feed,
                    labelChanges,
                    postgres.warehouse(),
                    new BiLabelReader(brands, touchpoints, segments, targets, variants),
                    clock,
                    SeverityThresholds.DEFAULT,
                    new BiPublicationService.Settings(
                            freshness,
                            defaults.rowBatch(),
                            defaults.batchesPerTenant(),
                            defaults.labelBatch(),
                            defaults.saveGrace()));
        }

        @Bean
        BiAccessService biAccesses(PostgresBiPublication postgres, Clock clock) {
            return new BiAccessService(postgres.warehouse(), postgres.logins(), clock);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(BiPostgresConfigured.NotConfigured.class)
    static class Disabled {

        @Bean
        BiPublicationDisabled biPublicationDisabled(@Value("${gaplens.bi.freshness:30s}") Duration freshness) {
            return new BiPublicationDisabled(freshness);
        }
    }
}
