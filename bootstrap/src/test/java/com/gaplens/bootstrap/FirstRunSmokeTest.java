package com.gaplens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole application, started as a newcomer starts it: no MongoDB configured, so on the embedded
 * first-run database, answering GraphQL over real HTTP.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "gaplens.embedded-database.file=target/first-run-smoke/${random.uuid}/gaplens.mv",
            "gaplens.demo.enabled=false",
            "gaplens.first-run.admin-key=" + FirstRunSmokeTest.ADMIN_KEY,
            "gaplens.operator.token=" + FirstRunSmokeTest.OPERATOR
        })
class FirstRunSmokeTest {

    static final String OPERATOR = "smoke-test-operator-token-0123456789abcdef";
    static final String ADMIN_KEY = "gl_smoketest000000000000000.Zm9yLXRlc3RzLW9ubHktbmV2ZXItaW4tcHJvZHVjdGlvbg";

    @LocalServerPort
    int port;

    @Test
    void answersAGraphQlQueryOnTheEmbeddedFirstRunDatabase() {
        HttpGraphQlTester graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader("Authorization", "Bearer " + ADMIN_KEY)
                .build());

        var response = graphQl.documentName("experienceModel").execute();

        response.path("experienceModel.variables").entityList(Map.class).hasSize(12);
        response.path("experienceModel.variables[7]")
                .entity(Map.class)
                .isEqualTo(Map.of(
                        "code", "CUSTOMER_RELATIONSHIP_EASY",
                        "family", "CUSTOMER_RELATIONSHIP",
                        "dimension", "EASY",
                        "measuresFluidity", true));
        response.path("experienceModel.journeyPhases")
                .entityList(String.class)
                .containsExactly("BEFORE_PURCHASE", "PURCHASE", "AFTER_PURCHASE", "USAGE", "END_OF_LIFE");
        response.path("experienceModel.families").entityList(String.class).hasSize(4);
        response.path("experienceModel.dimensions").entityList(String.class).hasSize(3);
    }

    @Test
    void refusesAGraphQlCallWithoutCredentialsAsUnauthenticated() {
        WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .build()
                .post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ experienceModel { families } }"))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals("WWW-Authenticate", "Bearer")
                .expectBody()
                .jsonPath("$.errors[0].extensions.code")
                .isEqualTo("UNAUTHENTICATED")
                .jsonPath("$.data")
                .doesNotExist();
    }

    @Test
    void refusesAWrongKeyAsUnauthenticated() {
        String wrongSecret = ADMIN_KEY.substring(0, ADMIN_KEY.length() - 1) + "x";
        WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .build()
                .post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + wrongSecret)
                .bodyValue(Map.of("query", "{ experienceModel { families } }"))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.errors[0].extensions.code")
                .isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void servesTheGapHeatmapPageWithoutCredentials() {
        WebTestClient client =
                WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();

        client.get()
                .uri("/lens/index.html")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class)
                .value(html -> assertThat(html).contains("<title>GapLens · gap heatmap</title>"));
        client.get().uri("/lens/heatmap.js").exchange().expectStatus().isOk();
        client.get().uri("/lens/heatmap.css").exchange().expectStatus().isOk();
    }

    @Test
    void opensTheHeatmapPathToReadingOnly() {
        WebTestClient client =
                WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();

        client.post()
                .uri("/lens/index.html")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ experienceModel { families } }"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        client.get().uri("/lens-data").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void reportsTheEmbeddedDatabaseAsHealthy() {
        var health = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .build()
                .get()
                .uri("/actuator/health")
                .header("Authorization", "Bearer " + OPERATOR)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();

        assertThat(health).containsEntry("status", "UP");
        @SuppressWarnings("unchecked")
        var mongodb = (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("mongodb");
        assertThat(mongodb).containsEntry("status", "UP");
        @SuppressWarnings("unchecked")
        var details = (Map<String, Object>) mongodb.get("details");
        assertThat(details).containsEntry("database", "gaplens");
    }
}
