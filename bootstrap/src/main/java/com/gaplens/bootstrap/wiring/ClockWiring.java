package com.gaplens.bootstrap.wiring;

import com.gaplens.application.port.out.Clock;
import com.gaplens.application.port.out.IdGenerator;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The time every use case reads, and the ids it gives new objects. */
@Configuration(proxyBeanMethods = false)
class ClockWiring {

    @Bean
    Clock clock() {
        return Instant::now;
    }

    /** Random UUIDs without dashes: unguessable, unique across instances without coordination. */
    @Bean
    IdGenerator idGenerator() {
        return () -> UUID.randomUUID().toString().replace("-", "");
    }
}
