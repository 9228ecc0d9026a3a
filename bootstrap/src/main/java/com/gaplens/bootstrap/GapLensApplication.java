package com.gaplens.bootstrap;

import com.gaplens.adapters.mongo.config.MongoAdapterConfiguration;
import com.gaplens.adapters.mongo.config.MongoRepositoriesConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The GapLens application: wires the use cases of {@code application} to the GraphQL adapter (in)
 * and the MongoDB adapter (out). Nothing else in the code base knows Spring Boot.
 */
@SpringBootApplication(scanBasePackages = {"com.gaplens.bootstrap", "com.gaplens.adapters.graphql"})
@Import({MongoAdapterConfiguration.class, MongoRepositoriesConfiguration.class})
public class GapLensApplication {

    public static void main(String[] args) {
        SpringApplication.run(GapLensApplication.class, args);
    }
}
