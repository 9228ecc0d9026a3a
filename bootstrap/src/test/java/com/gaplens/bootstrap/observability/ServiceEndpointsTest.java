package com.gaplens.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.port.in.DefineTenantUseCase;
import com.gaplens.application.port.in.DefineTenantUseCase.DefineTenantCommand;
import com.gaplens.application.port.in.IssueApiKeyUseCase;
import com.gaplens.application.port.in.IssueApiKeyUseCase.IssueApiKeyCommand;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.tenant.TenantId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The application run as a service: Actuator's health status open without a credential (UP or DOWN, nothing else),
 * its details, info and the Prometheus scrape for the operator only, the rest closed; ingestion outcomes and GraphQL
 * latency per root field in the scrape, and no text a tenant chose.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "gaplens.embedded-database.file=target/service-endpoints/${random.uuid}/gaplens.mv",
            "gaplens.demo.enabled=false",
            "gaplens.operator.token=" + ServiceEndpointsTest.OPERATOR
        })
class ServiceEndpointsTest {

    static final String OPERATOR = "operator-token-of-at-least-32-characters-0123";

    @LocalServerPort
    int port;

    @Autowired
    DefineTenantUseCase tenants;

    @Autowired
    IssueApiKeyUseCase keys;

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private HttpGraphQlTester as(TenantId tenant, Role role) {
        String token = keys.issue(new IssueApiKeyCommand(tenant, "metrics", Set.of(role)))
                .token();
        return HttpGraphQlTester.create(http().mutate()
                .baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader("Authorization", "Bearer " + token)
                .build());
    }

    private String scrape() {
        return http().get()
                .uri("/actuator/prometheus")
                .header("Authorization", "Bearer " + OPERATOR)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    @Test
    void livenessAndReadinessAreOpenAndUp() {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            http().get()
                    .uri(probe)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("UP");
        }
        http().get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectBody()
                .json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT);
        http().get()
                .uri("/actuator/health/readiness")
                .header("Authorization", "Bearer " + OPERATOR)
                .exchange()
                .expectBody()
                .jsonPath("$.components.mongodb.status")
                .isEqualTo("UP");
    }

    @Test
    void healthWithoutACredentialSaysUpAndNothingElse() {
        http().get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                // the status, and the names of the probe groups Spring Boot always lists: no component, no detail
                .json(
                        "{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}",
                        org.springframework.test.json.JsonCompareMode.STRICT);
        http().get()
                .uri("/actuator/health")
                .header("Authorization", "Bearer " + OPERATOR)
                .exchange()
                .expectBody()
                .jsonPath("$.components.mongodb.status")
                .isEqualTo("UP");
    }

    @Test
    void theScrapeAndInfoNeedTheOperatorCredentialNotATenantKey() {
        String tenantAdmin = keys.issue(new IssueApiKeyCommand(new TenantId("scraper"), "admin", Set.of(Role.ADMIN)))
                .token();
        for (String operatorOnly : List.of("/actuator/prometheus", "/actuator/info")) {
            http().get()
                    .uri(operatorOnly)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectBody()
                    .jsonPath("$.errors[0].extensions.code")
                    .isEqualTo("UNAUTHENTICATED")
                    .jsonPath("$.errors[0].extensions.reason")
                    .isEqualTo("OPERATOR_TOKEN_REQUIRED");
            http().get()
                    .uri(operatorOnly)
                    .header("Authorization", "Bearer " + tenantAdmin)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectBody()
                    .jsonPath("$.errors[0].extensions.reason")
                    .isEqualTo("OPERATOR_TOKEN_REQUIRED");
        }
    }

    @Test
    void anOperatorCreatesATenantAndItsFirstAdminKeyWhileTheApplicationRuns() {
        String tenant = "created-" + System.nanoTime();
        var created = http().post()
                .uri("/actuator/tenants")
                .header("Authorization", "Bearer " + OPERATOR)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("tenant", tenant, "name", "Created Corp"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        String token = String.valueOf(created.get("token"));

        HttpGraphQlTester.create(http().mutate()
                        .baseUrl("http://localhost:" + port + "/graphql")
                        .defaultHeader("Authorization", "Bearer " + token)
                        .build())
                .document("{ tenant { name } apiKeys { roles } }")
                .execute()
                .path("tenant.name")
                .entity(String.class)
                .isEqualTo("Created Corp")
                .path("apiKeys[0].roles")
                .entityList(String.class)
                .containsExactly("ADMIN");
        http().post()
                .uri("/actuator/tenants")
                .header("Authorization", "Bearer " + OPERATOR)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("tenant", tenant, "name", "Again"))
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.reason")
                .isEqualTo("TENANT_ALREADY_EXISTS");
        http().post()
                .uri("/actuator/tenants")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("tenant", "sneaky", "name", "Sneaky"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void infoNamesTheBuildForTheOperator() {
        http().get()
                .uri("/actuator/info")
                .header("Authorization", "Bearer " + OPERATOR)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.build.artifact")
                .isEqualTo("gaplens-bootstrap")
                .jsonPath("$.build.version")
                .isEqualTo("0.1.0-SNAPSHOT")
                .jsonPath("$.java.version")
                .exists();
    }

    @Test
    void otherEndpointsAreNotOpen() {
        for (String closed : List.of("/actuator/metrics", "/actuator/env", "/actuator/beans", "/actuator/loggers")) {
            http().get()
                    .uri(closed)
                    .exchange()
                    .expectStatus()
                    .value(status -> assertThat(status).as(closed).isIn(401, 403, 404));
        }
    }

    @Test
    void theScrapeCountsIngestionOutcomesAndTimesGraphQlRequestsByRootFieldNeverByOperationName() {
        TenantId tenant = new TenantId("metrics-" + System.nanoTime());
        tenants.defineTenant(new DefineTenantCommand(tenant, new Name("Metrics")));
        HttpGraphQlTester admin = as(tenant, Role.ADMIN);
        String brandId = admin.documentName("defineBrand")
                .variable("input", Map.of("name", "Maison Lumen"))
                .execute()
                .path("defineBrand.id")
                .entity(String.class)
                .get();
        String touchpointId = admin.documentName("defineTouchpoint")
                .variable(
                        "input",
                        Map.of("brandId", brandId, "name", "Checkout", "phase", "PURCHASE", "channel", "STORE"))
                .execute()
                .path("defineTouchpoint.id")
                .entity(String.class)
                .get();
        String before = scrape();
        String observed = Instant.now()
                .minus(1, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        Map<String, Object> good = Map.of(
                "externalId",
                "m-1",
                "brandId",
                brandId,
                "touchpointId",
                touchpointId,
                "variable",
                "ACCESS_EASY",
                "method",
                "BAROMETER",
                "scale",
                "CSAT_5",
                "value",
                4,
                "observedAt",
                observed);
        Map<String, Object> outOfScale = new java.util.HashMap<>(good);
        outOfScale.put("externalId", "m-2");
        outOfScale.put("value", 9);
        HttpGraphQlTester writer = as(tenant, Role.WRITER);

        writer.documentName("recordMeasurements")
                .variable("input", List.of(good, outOfScale))
                .execute()
                .path("recordMeasurements.totals")
                .entity(Map.class)
                .isEqualTo(Map.of("accepted", 1, "duplicates", 0, "conflicts", 0, "rejected", 1));
        writer.documentName("recordMeasurements")
                .variable("input", List.of(good))
                .execute()
                .path("recordMeasurements.totals.duplicates")
                .entity(Integer.class)
                .isEqualTo(1);

        String after = scrape();
        for (String outcome : List.of("accepted", "duplicate", "rejected")) {
            assertThat(value(after, "gaplens_measurements_recorded_total", "outcome=\"" + outcome + "\"")
                            - value(before, "gaplens_measurements_recorded_total", "outcome=\"" + outcome + "\""))
                    .as(outcome)
                    .isEqualTo(1.0);
        }
        assertThat(value(after, "gaplens_measurements_recorded_total", "outcome=\"conflict\""))
                .isEqualTo(value(before, "gaplens_measurements_recorded_total", "outcome=\"conflict\""));
        assertThat(value(after, "gaplens_measurements_rejections_total", "reason=\"VALUE_OUT_OF_SCALE\""))
                .isEqualTo(
                        1.0 + value(before, "gaplens_measurements_rejections_total", "reason=\"VALUE_OUT_OF_SCALE\""));
        assertThat(value(after, "graphql_request_seconds_count", "graphql_root_field=\"recordMeasurements\""))
                .isEqualTo(2.0);
        assertThat(after)
                .containsPattern("graphql_request_seconds_count\\{[^}]*graphql_root_field=\"defineBrand\"")
                .containsPattern("gaplens_query_cost_count\\{[^}]*graphql_root_field=\"defineBrand\"")
                .contains("graphql_datafetcher_seconds_count")
                .doesNotContain("RecordMeasurements")
                .doesNotContain("DefineBrand")
                .doesNotContain("graphql_operation_name");
    }

    /** The value of the one sample of {@code metric} whose labels contain {@code label}; 0 when absent. */
    private static double value(String scrape, String metric, String label) {
        List<String> lines = scrape.lines()
                .filter(line -> line.startsWith(metric + "{") && line.contains(label))
                .toList();
        assertThat(lines).as(metric + " " + label).hasSizeLessThanOrEqualTo(1);
        return lines.isEmpty()
                ? 0
                : Double.parseDouble(lines.getFirst().substring(lines.getFirst().lastIndexOf(' ') + 1));
    }
}
