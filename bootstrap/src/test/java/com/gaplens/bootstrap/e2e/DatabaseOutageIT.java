package com.gaplens.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.gaplens.application.port.in.DefineTenantUseCase;
import com.gaplens.application.port.in.DefineTenantUseCase.DefineTenantCommand;
import com.gaplens.application.port.in.IssueApiKeyUseCase;
import com.gaplens.application.port.in.IssueApiKeyUseCase.IssueApiKeyCommand;
import com.gaplens.domain.access.Role;
import com.gaplens.domain.shared.Name;
import com.gaplens.domain.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A MongoDB of its own ({@link StoppableMongoDb}: a server a control script manages, or a Docker container) that
 * goes away while the application runs, then comes back. While it is away, calls fail fast (the server
 * selection timeout, 2 s here) with {@code UNAVAILABLE} and a retry hint, and health says DOWN; when it is back,
 * the application serves again without a restart. Skipped, saying so, where there is neither a control script
 * ({@code GAPLENS_TEST_MONGODB_CONTROL}) nor a Docker engine: the other end-to-end tests need a real MongoDB, not
 * this one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(StoppableMongoDb.Available.class)
@DirtiesContext
class DatabaseOutageIT {

    private static StoppableMongoDb server;

    @LocalServerPort
    private int port;

    @Autowired
    private IssueApiKeyUseCase apiKeys;

    @Autowired
    private DefineTenantUseCase tenants;

    @BeforeAll
    static void aMongoDbOfItsOwn() {
        server = StoppableMongoDb.create();
        server.start();
    }

    @DynamicPropertySource
    static void pointedAtIt(DynamicPropertyRegistry registry) {
        String uri = server.uri();
        registry.add("gaplens.mongodb.uri", () -> uri);
        registry.add(
                "spring.mongodb.database",
                () -> "gaplens_outage_" + UUID.randomUUID().toString().substring(0, 8));
        registry.add("gaplens.mongodb.server-selection-timeout", () -> "2s");
    }

    @AfterAll
    static void removeIt() {
        if (server != null) {
            server.close();
        }
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> brands(String token) {
        return http().post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + token)
                .bodyValue(Map.of("query", "{ brands(first: 5) { edges { node { name } } } }"))
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private String health() {
        Map<String, Object> health = http().get()
                .uri("/actuator/health")
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return (String) health.get("status");
    }

    @Test
    @SuppressWarnings("unchecked")
    void whileTheDatabaseIsAwayCallsFailFastAsUnavailableAndServiceResumesWhenItReturns() throws Exception {
        TenantId tenant = new TenantId("outage-" + System.nanoTime());
        tenants.defineTenant(new DefineTenantCommand(tenant, new Name("Outage")));
        // verified once while the database is up: the filter then trusts it for 30 s
        String token = apiKeys.issue(new IssueApiKeyCommand(tenant, "outage", Set.of(Role.READER)))
                .token();
        assertThat(brands(token)).doesNotContainKey("errors");
        assertThat(health()).isEqualTo("UP");

        server.stop();
        long started = System.nanoTime();
        Map<String, Object> answer = brands(token);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.get("errors");
        assertThat(errors).hasSize(1);
        assertThat((Map<String, Object>) errors.getFirst().get("extensions"))
                .containsEntry("code", "UNAVAILABLE")
                .containsEntry("reason", "DATABASE_UNAVAILABLE")
                .containsEntry("retryAfterSeconds", 5);
        assertThat(took).isLessThan(Duration.ofSeconds(8));
        // the CSV export too: refused before it runs (by the call's budget, which the database keeps), a typed 503
        // with when to retry
        http().get()
                .uri("/bi/gap-rows.csv?groupBy=VARIABLE")
                .header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .valueEquals("Retry-After", "5")
                .expectBody()
                .jsonPath("$.errors[0].extensions.code")
                .isEqualTo("UNAVAILABLE")
                .jsonPath("$.errors[0].extensions.retryAfterSeconds")
                .isEqualTo(5);
        // a key never seen before cannot be checked: 503, not 401
        http().post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer gl_abcdefghijklmnopqrstuvwx.0123456789abcdef0123456789abcdef")
                .bodyValue(Map.of("query", "{ tenant { name } }"))
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .valueEquals("Retry-After", "5")
                .expectBody()
                .jsonPath("$.errors[0].extensions.code")
                .isEqualTo("UNAVAILABLE");
        assertThat(health()).isEqualTo("DOWN");

        server.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!"UP".equals(health()) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(health()).isEqualTo("UP");
        Map<String, Object> again = brands(token);
        for (int attempt = 0; attempt < 20 && again.containsKey("errors"); attempt++) {
            Thread.sleep(500);
            again = brands(token);
        }
        assertThat(again).doesNotContainKey("errors");
    }
}
