package com.gaplens.bootstrap;

import com.gaplens.adapters.mongo.config.MongoAdapterConfiguration;
import com.gaplens.adapters.mongo.config.MongoRepositoriesConfiguration;
import com.gaplens.bootstrap.demo.DemoCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The GapLens application: wires the use cases of {@code application} to the GraphQL adapter (in)
 * and the MongoDB adapter (out). Nothing else in the code base knows Spring Boot.
 */
@SpringBootApplication(scanBasePackages = {"com.gaplens.bootstrap", "com.gaplens.adapters.graphql"})
@Import({MongoAdapterConfiguration.class, MongoRepositoriesConfiguration.class})
public class GapLensApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(GapLensApplication.class, args);
        if (context.getEnvironment().matchesProfiles(DemoCommand.PROFILE)) {
            // ./gaplens demo: a one-shot command, done once its runner has returned.
            System.exit(SpringApplication.exit(context));
        }
    }
}
