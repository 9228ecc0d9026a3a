package com.gaplens.bootstrap.demo;

import com.gaplens.application.port.in.DefineBrandUseCase;
import com.gaplens.application.port.in.DefineSegmentUseCase;
import com.gaplens.application.port.in.DefineTouchpointUseCase;
import com.gaplens.application.port.in.DraftSegmentVariantUseCase;
import com.gaplens.application.port.in.DraftTargetExperienceUseCase;
import com.gaplens.application.port.in.PublishSegmentVariantUseCase;
import com.gaplens.application.port.in.PublishTargetExperienceUseCase;
import com.gaplens.application.port.in.RecordMeasurementsUseCase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The demo loader, over the same use cases the API calls. */
@Configuration(proxyBeanMethods = false)
class DemoWiring {

    @Bean
    DemoDataLoader demoDataLoader(
            DefineBrandUseCase brands,
            DefineSegmentUseCase segments,
            DefineTouchpointUseCase touchpoints,
            DraftTargetExperienceUseCase draftTarget,
            PublishTargetExperienceUseCase publishTarget,
            DraftSegmentVariantUseCase draftVariant,
            PublishSegmentVariantUseCase publishVariant,
            RecordMeasurementsUseCase measurements,
            @Value("${gaplens.measurements.max-batch-size:5000}") int maxBatchSize) {
        return new DemoDataLoader(
                brands,
                segments,
                touchpoints,
                draftTarget,
                publishTarget,
                draftVariant,
                publishVariant,
                measurements,
                Math.min(DemoDataLoader.BATCH_SIZE, maxBatchSize));
    }
}
