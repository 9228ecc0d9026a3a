package com.gaplens.bootstrap.observability;

import com.gaplens.application.port.in.RecordMeasurementsUseCase;
import com.gaplens.application.service.MeasurementIngestionService;
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
 * query, tag {@code graphql.operation.name}), {@code gaplens.query.refused} (counter, queries refused
 * before they run, tag {@code reason}).
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityWiring {

    /** Distinct operation names kept per GraphQL meter; further names are not recorded (a client's whim). */
    static final int MAX_OPERATION_NAMES = 200;

    /** Whoever asks for the use case (the GraphQL adapter, the demo loader) gets it counted. */
    @Bean
    @Primary
    RecordMeasurementsUseCase meteredRecordMeasurements(MeasurementIngestionService ingestion, MeterRegistry registry) {
        return new MeteredRecordMeasurements(ingestion, registry);
    }

    @Bean
    MeterFilter boundedGraphQlRequestOperationNames() {
        return MeterFilter.maximumAllowableTags(
                "graphql.request", "graphql.operation.name", MAX_OPERATION_NAMES, MeterFilter.deny());
    }
}
