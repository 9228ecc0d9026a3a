package com.gaplens.bootstrap.wiring;

import com.gaplens.adapters.mongo.rollup.MongoGapStatisticsStore;
import com.gaplens.application.port.in.ListScalesUseCase;
import com.gaplens.application.port.out.BrandRepository;
import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.GapStatisticsStore;
import com.gaplens.application.port.out.MeasurementRepository;
import com.gaplens.application.port.out.RollupCells;
import com.gaplens.application.port.out.RollupJournal;
import com.gaplens.application.port.out.SegmentRepository;
import com.gaplens.application.port.out.SegmentVariantRepository;
import com.gaplens.application.port.out.TargetExperienceRepository;
import com.gaplens.application.port.out.TouchpointRepository;
import com.gaplens.application.service.CatalogueRepositories;
import com.gaplens.application.service.FoldingGapStatistics;
import com.gaplens.application.service.GapQueryService;
import com.gaplens.application.service.GapViewsService;
import com.gaplens.application.service.IngestionLimits;
import com.gaplens.application.service.MeasurementIngestionService;
import com.gaplens.application.service.RollupMaintenanceService;
import com.gaplens.application.service.RollupRebuild;
import com.gaplens.application.service.RollupWriter;
import com.gaplens.domain.gap.SeverityThresholds;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Recording measurements, with its limits from the configuration, and the upkeep of the roll-ups. */
@Configuration(proxyBeanMethods = false)
class MeasurementWiring {

    @Bean
    IngestionLimits ingestionLimits(
            @Value("${gaplens.measurements.max-batch-size:5000}") int maxBatchSize,
            @Value("${gaplens.measurements.future-tolerance:5m}") Duration futureTolerance) {
        return new IngestionLimits(maxBatchSize, futureTolerance);
    }

    @Bean
    RollupWriter rollupWriter(
            RollupJournal journal, RollupCells cells, MeasurementRepository measurements, Clock clock) {
        return new RollupWriter(journal, cells, measurements, clock);
    }

    /** The roll-ups as every view reads them: each read folds the calls acknowledged before it first. */
    @Bean
    @Primary
    GapStatisticsStore foldingGapStatistics(MongoGapStatisticsStore cells, RollupWriter writer) {
        return new FoldingGapStatistics(cells, writer);
    }

    @Bean
    RollupRebuild rollupRebuild(
            MeasurementRepository measurements,
            RollupCells cells,
            RollupJournal journal,
            RollupWriter writer,
            Clock clock) {
        return new RollupRebuild(measurements, cells, journal, writer, clock);
    }

    @Bean
    MeasurementIngestionService measurementIngestion(
            MeasurementRepository measurements,
            BrandRepository brands,
            TouchpointRepository touchpoints,
            SegmentRepository segments,
            ListScalesUseCase scales,
            TargetExperienceRepository targets,
            SegmentVariantRepository variants,
            RollupWriter rollups,
            Clock clock,
            IngestionLimits limits) {
        return new MeasurementIngestionService(
                measurements, brands, touchpoints, segments, scales, targets, variants, rollups, clock, limits);
    }

    @Bean
    RollupMaintenanceService rollupMaintenance(
            MeasurementRepository measurements,
            RollupJournal journal,
            RollupWriter writer,
            RollupRebuild rebuild,
            TargetExperienceRepository targets,
            SegmentVariantRepository variants,
            BrandRepository brands,
            Clock clock,
            @Value("${gaplens.rollups.repair-grace:1m}") Duration grace) {
        return new RollupMaintenanceService(
                measurements, journal, writer, rebuild, targets, variants, brands, clock, grace);
    }

    @Bean
    CatalogueRepositories gapLabelCatalogue(
            BrandRepository brands,
            TouchpointRepository touchpoints,
            SegmentRepository segments,
            TargetExperienceRepository targets,
            SegmentVariantRepository variants) {
        return new CatalogueRepositories(brands, touchpoints, segments, targets, variants);
    }

    @Bean
    GapQueryService gapQueries(GapStatisticsStore rollups, CatalogueRepositories catalogue) {
        return new GapQueryService(rollups, catalogue, SeverityThresholds.DEFAULT);
    }

    @Bean
    GapViewsService gapViews(GapStatisticsStore rollups, CatalogueRepositories catalogue) {
        return new GapViewsService(rollups, catalogue, SeverityThresholds.DEFAULT);
    }
}
