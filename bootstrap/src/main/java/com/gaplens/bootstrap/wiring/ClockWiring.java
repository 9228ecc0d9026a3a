package com.gaplens.bootstrap.wiring;

import java.time.InstantSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The time every use case reads. */
@Configuration(proxyBeanMethods = false)
class ClockWiring {

    @Bean
    InstantSource clock() {
        return InstantSource.system();
    }
}
