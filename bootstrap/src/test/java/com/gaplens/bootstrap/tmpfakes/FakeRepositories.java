package com.gaplens.bootstrap.tmpfakes;

import com.gaplens.application.port.out.fake.*;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration
public class FakeRepositories {
    @Bean
    InMemoryTenantRepository t() {
        return new InMemoryTenantRepository();
    }

    @Bean
    InMemoryBrandRepository b() {
        return new InMemoryBrandRepository();
    }

    @Bean
    InMemorySegmentRepository s() {
        return new InMemorySegmentRepository();
    }

    @Bean
    InMemoryTouchpointRepository tp() {
        return new InMemoryTouchpointRepository();
    }

    @Bean
    InMemoryTargetExperienceRepository te() {
        return new InMemoryTargetExperienceRepository();
    }

    @Bean
    InMemorySegmentVariantRepository sv() {
        return new InMemorySegmentVariantRepository();
    }
}
