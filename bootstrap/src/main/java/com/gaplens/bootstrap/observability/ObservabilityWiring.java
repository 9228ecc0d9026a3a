package com.gaplens.bootstrap.observability;

import com.gaplens.adapters.graphql.protection.QueryCostObserver;
import com.gaplens.application.port.in.RecordMeasurementsUseCase;
import com.gaplens.application.service.MeasurementIngestionService;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Metrics GapLens adds to what Spring Boot Actuator measures by itself (JVM, HTTP server, MongoDB
 * driver pools, GraphQL requests and data fetchers).
 *
 * <p>Meter names reserved for work in progress elsewhere (add them under these names):
 * {@code gaplens.rollups.repairs} (counter, roll-up cells recomputed from raw measurements, tag
 * {@code cause}) and {@code gaplens.query.cost} (distribution summary, the computed cost of a GraphQL
 * query, tag {@code graphql.root.field}), {@code gaplens.query.refused} (counter, queries refused
 * before they run, tag {@code reason}).
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityWiring {

    /** Distinct root fields kept per GraphQL meter: more than the schema has, a guard should it ever grow wild. */
    static final int MAX_ROOT_FIELDS = 200;

    /** Whoever asks for the use case (the GraphQL adapter, the demo loader) gets it counted. */
    @Bean
    @Primary
    RecordMeasurementsUseCase meteredRecordMeasurements(MeasurementIngestionService ingestion, MeterRegistry registry) {
        return new MeteredRecordMeasurements(ingestion, registry);
    }

    /**
     * {@code gaplens.query.cost} (the calculated cost of each answered query, tag {@code graphql.root.field}: a name
     * of the schema, never a tenant's operation name) and {@code gaplens.query.refused} (tag {@code reason}).
     */
    @Bean
    QueryCostObserver queryCostMetrics(MeterRegistry registry) {
        return (rootField, cost, refusals) -> {
            DistributionSummary.builder("gaplens.query.cost")
                    .description("Calculated cost of answered GraphQL requests (0 when refused before costing)")
                    .tag("graphql.root.field", rootField)
                    .register(registry)
                    .record(cost);
            refusals.forEach(reason ->
                    registry.counter("gaplens.query.refused", "reason", reason).increment());
        };
    }

    @Bean
    MeterFilter boundedQueryCostRootFields() {
        return MeterFilter.maximumAllowableTags(
                "gaplens.query.cost", "graphql.root.field", MAX_ROOT_FIELDS, MeterFilter.deny());
    }

    @Bean
    MeterFilter boundedGraphQlRequestRootFields() {
        return MeterFilter.maximumAllowableTags(
                "graphql.request", "graphql.root.field", MAX_ROOT_FIELDS, MeterFilter.deny());
    }
}
