package com.gaplens.bootstrap.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.port.in.RecordMeasurementsUseCase;
import com.gaplens.bootstrap.GapLensApplication;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * While the first-run demo loads, readiness says what it waits for: the health component {@code firstRun},
 * OUT_OF_SERVICE with how many demo measurements are recorded of how many; once loaded, UP. Seen over HTTP, as a
 * load balancer or an operator sees it: readiness is asked just before the demo's second batch is recorded (the
 * web server is up while the first-run runners work), and again once the application has started.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstRunReadinessTest {

    /** A readiness answer: HTTP status and body. */
    private record Answer(int status, String body) {
        Object at(String path) {
            return JsonPath.read(body, path);
        }
    }

    private static Answer readiness(String port) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString());
        }
    }

    @Test
    void whileTheDemoLoadsReadinessSaysHowManyMeasurementsAreRecordedOfHowMany(CapturedOutput output) {
        List<Answer> duringTheLoad = new CopyOnWriteArrayList<>();
        SpringApplicationBuilder app = new SpringApplicationBuilder(GapLensApplication.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessAfterInitialization(Object bean, String name) {
                        if (!"meteredRecordMeasurements".equals(name)) {
                            return bean;
                        }
                        RecordMeasurementsUseCase recording = (RecordMeasurementsUseCase) bean;
                        AtomicInteger batches = new AtomicInteger();
                        return (RecordMeasurementsUseCase) command -> {
                            if (batches.incrementAndGet() == 2) {
                                duringTheLoad.add(
                                        readiness(context.getEnvironment().getProperty("local.server.port")));
                            }
                            return recording.recordMeasurements(command);
                        };
                    }
                }));

        try (ConfigurableApplicationContext started = app.run(
                "--server.port=0",
                "--gaplens.embedded-database.file=target/first-run-readiness/" + UUID.randomUUID() + "/gaplens.mv",
                "--gaplens.demo.measurements=1200",
                "--gaplens.measurements.max-batch-size=500")) {

            // batches of 500: before the second, the first is recorded
            assertThat(duringTheLoad).hasSize(1);
            Answer loading = duringTheLoad.getFirst();
            assertThat(loading.status()).as(loading.body()).isEqualTo(503);
            assertThat(loading.at("$.status")).isEqualTo("OUT_OF_SERVICE");
            assertThat(loading.at("$.components.firstRun.status")).isEqualTo("OUT_OF_SERVICE");
            assertThat(loading.at("$.components.firstRun.details"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsEntry("loading", "demo")
                    .containsEntry("measurements", 500)
                    .containsEntry("of", 1200)
                    .containsKey("since");
            assertThat(loading.at("$.components.mongodb.status")).isEqualTo("UP");

            Answer ready = readiness(started.getEnvironment().getProperty("local.server.port"));
            assertThat(ready.status()).as(ready.body()).isEqualTo(200);
            assertThat(ready.at("$.components.firstRun.status")).isEqualTo("UP");
            assertThat(ready.at("$.components.firstRun.details"))
                    .isEqualTo(Map.of("demo", "loaded", "measurements", 1200));
        }
        assertThat(output.getOut())
                .contains("First-run demo: 500 / 1200 measurements recorded (41 %")
                .contains("First-run demo: 1000 / 1200 measurements recorded (83 %")
                .contains("First-run demo: 1200 / 1200 measurements recorded (100 %");
    }
}
